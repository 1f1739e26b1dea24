import type { Readable } from 'node:stream';

/** A stored file: its SHA-256 (hex) is its key, so identical uploads are stored once. */
export type StoredFile = { hash: string; size: number };
export type ByteRange = { start: number; end: number };

/**
 * Where resource files live. The local-disk store implements it; an S3-compatible store can
 * implement the same four calls (put as a multipart upload keyed by hash, get with a Range header).
 */
export type FileStore = {
  put(content: Readable): Promise<StoredFile>;
  /** The bytes of a stored file, or the inclusive `range` of them. */
  get(hash: string, range?: ByteRange): Promise<Readable>;
  stat(hash: string): Promise<{ size: number } | undefined>;
  delete(hash: string): Promise<void>;
};

/** Bytes of unfinished uploads, appended chunk by chunk at known offsets. */
export type UploadStaging = {
  /** Writes `bytes` at `offset` (dropping anything after it first); returns the new size. */
  write(uploadId: string, offset: number, bytes: Buffer): Promise<number>;
  size(uploadId: string): Promise<number>;
  /** The first `length` bytes (for sniffing). */
  head(uploadId: string, length: number): Promise<Buffer>;
  read(uploadId: string): Readable;
  discard(uploadId: string): Promise<void>;
};

const HASH = /^[0-9a-f]{64}$/;
const UPLOAD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Keys become file names: anything but a hex hash or a UUID is a programming error. */
export function assertHash(hash: string): void {
  if (!HASH.test(hash)) throw new Error(`not a SHA-256 key: ${hash}`);
}
export function assertUploadId(id: string): void {
  if (!UPLOAD_ID.test(id)) throw new Error(`not an upload id: ${id}`);
}
