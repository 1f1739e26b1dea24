import { AppError } from '../../../platform/errors/app-error.js';

export type MultipartPart = { headers: Record<string, string>; body: Buffer };

/** The boundary parameter of a multipart Content-Type, or undefined. */
export function boundaryOf(contentType: string): string | undefined {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

function invalid(reason: string): never {
  throw new AppError('LRS_INVALID_MULTIPART', { reason });
}

function parseHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split('\r\n')) {
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) invalid(`malformed part header "${line}"`);
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** Splits a multipart/mixed body (RFC 2046) into its parts. */
export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  let position = body.indexOf(delimiter);
  if (position < 0) invalid('the boundary does not occur in the body');
  const parts: MultipartPart[] = [];
  for (;;) {
    const afterDelimiter = position + delimiter.length;
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString() === '--') return parts;
    const headerStart = body.indexOf('\r\n', afterDelimiter);
    if (headerStart < 0) invalid('a part is truncated');
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerStart);
    if (next < 0) invalid('the closing boundary is missing');
    const part = body.subarray(headerStart + 2, next);
    const separator = part.indexOf('\r\n\r\n');
    const hasNoHeaders = part.subarray(0, 2).toString() === '\r\n';
    const headerText = hasNoHeaders ? '' : separator < 0 ? part.toString('utf8') : part.subarray(0, separator).toString('utf8');
    const content = hasNoHeaders ? part.subarray(2) : separator < 0 ? Buffer.alloc(0) : part.subarray(separator + 4);
    parts.push({ headers: parseHeaders(headerText), body: content });
    position = next + 2;
  }
}

/** Builds a multipart/mixed body (for GET /statements?attachments=true). */
export function buildMultipart(boundary: string, parts: MultipartPart[]): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const headerLines = Object.entries(part.headers).map(([name, value]) => `${name}: ${value}`);
    chunks.push(Buffer.from(`--${boundary}\r\n${headerLines.join('\r\n')}\r\n\r\n`), part.body, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}
