import type { FastifyReply } from 'fastify';

/**
 * Headers for serving uploaded bytes. Nothing uploaded may run as part of the app: the type is
 * the sniffed-and-checked one, `nosniff` stops the browser guessing another, and the CSP allows
 * no scripts. Previews (PDF, media, images) may be framed by the app only.
 */
const fileCsp = "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; object-src 'none'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

/**
 * H5 pages run their own scripts, but in a sandbox without `allow-same-origin`: the page gets an
 * opaque origin, so it cannot read the parent page, the app's cookies or storage, or call the API
 * as the user. Network access other than its own inline resources is refused as well.
 */
export const sandboxCsp = "sandbox allow-scripts; default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; media-src data: blob:; font-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

const inlineTypes = /^(application\/pdf|image\/(png|jpeg|gif|webp)|video\/(mp4|webm)|audio\/(mpeg|wav|x-wav|ogg|mp4))$/;

/** Sets the headers for a stored file; types that are not safe inline previews are served as downloads of opaque bytes. */
export function setFileHeaders(reply: FastifyReply, file: { mimeType: string; fileName: string }, isDownload: boolean): void {
  const isInline = !isDownload && inlineTypes.test(file.mimeType);
  reply.header('content-type', inlineTypes.test(file.mimeType) ? file.mimeType : 'application/octet-stream');
  reply.header('content-disposition', contentDisposition(isInline ? 'inline' : 'attachment', file.fileName));
  reply.header('x-content-type-options', 'nosniff');
  reply.header('content-security-policy', isInline ? fileCsp : `${fileCsp}; sandbox`);
  reply.header('x-frame-options', 'SAMEORIGIN');
  reply.header('cross-origin-resource-policy', 'same-origin');
  reply.header('cache-control', 'private, max-age=0, must-revalidate');
  reply.header('accept-ranges', 'bytes');
}
