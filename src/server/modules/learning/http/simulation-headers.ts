import type { FastifyReply } from 'fastify';

/**
 * Headers of package files. The CSP's `sandbox allow-scripts` makes every package document an
 * opaque origin even when opened outside the launcher's sandboxed frame: it cannot reach the
 * app's DOM, cookies, storage or API as the user. Scripts may run (WebGL/WebAssembly builds need
 * eval, harmless in an opaque origin); network access is the package's own files and the LRS.
 * Files are fetched by an opaque origin, so they are cross-origin readable (the credential in the
 * path is what protects them) and never sniffed.
 */
export function packageCsp(options: { contentOrigin: string; token: string; frameAncestors: string }): string {
  const own = `${options.contentOrigin}/sim-content/${options.token}/`;
  return [
    'sandbox allow-scripts',
    `default-src ${own}`,
    `script-src ${own} ${options.contentOrigin}/sim-api/ 'unsafe-inline' 'unsafe-eval' 'wasm-unsafe-eval'`,
    `style-src ${own} 'unsafe-inline'`,
    `img-src ${own} data: blob:`,
    `media-src ${own} data: blob:`,
    `font-src ${own} data:`,
    `connect-src ${own} ${options.contentOrigin}/xapi/`,
    `worker-src ${own} blob:`,
    "frame-src 'none'",
    "object-src 'none'",
    `frame-ancestors ${options.frameAncestors}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function setPackageFileHeaders(reply: FastifyReply, file: { mimeType: string; size: number }, csp: string): void {
  reply.header('content-type', file.mimeType);
  reply.header('content-length', file.size);
  reply.header('content-security-policy', csp);
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'no-referrer');
  reply.header('cross-origin-resource-policy', 'cross-origin');
  reply.header('access-control-allow-origin', '*');
  reply.header('cache-control', 'private, max-age=600');
  reply.removeHeader('x-frame-options');
}
