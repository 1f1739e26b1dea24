import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertHash, assertUploadId, type ByteRange, type FileStore, type StoredFile, type UploadStaging } from './file-store.js';

const isMissing = (error: unknown) => error instanceof Error && 'code' in error && error.code === 'ENOENT';

/**
 * Files under one directory: `blobs/ab/<sha256>` for stored files (written to `tmp/` and
 * renamed into place, so a reader never sees half a file), `staging/<upload id>` for uploads.
 */
export function createLocalDiskStore(root: string): FileStore & { staging: UploadStaging } {
  const blobPath = (hash: string) => {
    assertHash(hash);
    return path.join(root, 'blobs', hash.slice(0, 2), hash);
  };
  const stagingPath = (id: string) => {
    assertUploadId(id);
    return path.join(root, 'staging', id);
  };

  const store: FileStore = {
    async put(content) {
      await fs.mkdir(path.join(root, 'tmp'), { recursive: true });
      const temporary = path.join(root, 'tmp', randomUUID());
      const hasher = createHash('sha256');
      let size = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          hasher.update(chunk);
          size += chunk.length;
          callback(null, chunk);
        },
      });
      try {
        await pipeline(content, counter, createWriteStream(temporary, { flags: 'wx' }));
        const hash = hasher.digest('hex');
        const target = blobPath(hash);
        await fs.mkdir(path.dirname(target), { recursive: true });
        await fs.rename(temporary, target);
        return { hash, size } satisfies StoredFile;
      } finally {
        await fs.rm(temporary, { force: true });
      }
    },
    async get(hash, range?: ByteRange) {
      const file = blobPath(hash);
      await fs.access(file);
      return createReadStream(file, range ? { start: range.start, end: range.end } : {});
    },
    async stat(hash) {
      try {
        const info = await fs.stat(blobPath(hash));
        return { size: info.size };
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },
    async delete(hash) {
      await fs.rm(blobPath(hash), { force: true });
    },
  };

  const staging: UploadStaging = {
    async write(id, offset, bytes) {
      const file = stagingPath(id);
      await fs.mkdir(path.dirname(file), { recursive: true });
      const handle = await fs.open(file, 'a+');
      try {
        // bytes past the recorded offset are from a chunk whose completion was never recorded
        await handle.truncate(offset);
        await handle.write(bytes, 0, bytes.length, offset);
        await handle.sync();
        return (await handle.stat()).size;
      } finally {
        await handle.close();
      }
    },
    async size(id) {
      try {
        return (await fs.stat(stagingPath(id))).size;
      } catch (error) {
        if (isMissing(error)) return 0;
        throw error;
      }
    },
    async head(id, length) {
      const handle = await fs.open(stagingPath(id), 'r');
      try {
        const buffer = Buffer.alloc(length);
        const { bytesRead } = await handle.read(buffer, 0, length, 0);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
    read(id): Readable {
      return createReadStream(stagingPath(id));
    },
    async discard(id) {
      await fs.rm(stagingPath(id), { force: true });
    },
  };
  return { ...store, staging };
}
