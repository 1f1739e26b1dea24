import { createHash } from 'node:crypto';
import { AppError } from '../../../platform/errors/app-error.js';
import { isJsonObject, parseJson } from './json.js';

/** A stored document (State, Activity Profile or Agent Profile). */
export type DocumentRecord = { content: Buffer; contentType: string; etag: string; updated: Date };

/** xAPI 1.0.3 prescribes SHA-1 hex ETags; 2.0 allows any, so we keep SHA-1 for both. */
export function etagOf(content: Buffer): string {
  return createHash('sha1').update(content).digest('hex');
}

export function isJsonContentType(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';
}

export type Preconditions = { ifMatch: string | undefined; ifNoneMatch: string | undefined };

function listed(header: string, etag: string): boolean {
  return header
    .split(',')
    .map((entry) => entry.trim().replace(/^W\//, '').replace(/^"|"$/g, ''))
    .some((entry) => entry === '*' || entry === etag);
}

/**
 * RFC 7232 preconditions on a document write. `isBlindOverwriteRefused` applies xAPI's rule
 * that a PUT to an existing document without If-Match or If-None-Match is a 409 Conflict.
 */
export function checkPreconditions(existing: DocumentRecord | undefined, preconditions: Preconditions, isBlindOverwriteRefused: boolean): void {
  const { ifMatch, ifNoneMatch } = preconditions;
  if (ifMatch !== undefined && (existing === undefined || !listed(ifMatch, existing.etag))) {
    throw new AppError('LRS_PRECONDITION_FAILED', { header: 'If-Match' });
  }
  if (ifNoneMatch !== undefined && existing !== undefined && listed(ifNoneMatch, existing.etag)) {
    throw new AppError('LRS_PRECONDITION_FAILED', { header: 'If-None-Match' });
  }
  if (isBlindOverwriteRefused && existing !== undefined && ifMatch === undefined && ifNoneMatch === undefined) {
    throw new AppError('LRS_DOCUMENT_CONFLICT');
  }
}

/**
 * POST to a document merges JSON objects (top-level properties of the new document win);
 * both sides must be JSON objects.
 */
export function mergeDocument(existing: DocumentRecord, content: Buffer, contentType: string): Buffer {
  if (!isJsonContentType(existing.contentType) || !isJsonContentType(contentType)) {
    throw new AppError('LRS_DOCUMENT_NOT_MERGEABLE');
  }
  const current = parseJson(existing.content.toString('utf8'));
  const incoming = parseJson(content.toString('utf8'));
  if (!isJsonObject(current) || !isJsonObject(incoming)) throw new AppError('LRS_DOCUMENT_NOT_MERGEABLE');
  return Buffer.from(JSON.stringify({ ...current, ...incoming }), 'utf8');
}

/** A JSON document sent with POST must be an object, even when nothing is stored yet. */
export function checkPostedJson(content: Buffer, contentType: string): void {
  if (!isJsonContentType(contentType)) return;
  if (!isJsonObject(parseJson(content.toString('utf8')))) throw new AppError('LRS_DOCUMENT_NOT_MERGEABLE');
}
