import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { createLocalDiskStore } from './local-disk-store.js';

const root = await fs.mkdtemp(path.join(os.tmpdir(), 'luban-store-'));
const store = createLocalDiskStore(root);
const id = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
afterAll(async () => fs.rm(root, { recursive: true, force: true }));

describe('local-disk file store', () => {
  it('stores by content hash, once, and reads whole files and ranges', async () => {
    const first = await store.put(Readable.from([Buffer.from('hello '), Buffer.from('world')]));
    expect(first).toEqual({ hash: createHash('sha256').update('hello world').digest('hex'), size: 11 });
    const again = await store.put(Readable.from([Buffer.from('hello world')]));
    expect(again.hash).toBe(first.hash);
    expect(await text(await store.get(first.hash))).toBe('hello world');
    expect(await text(await store.get(first.hash, { start: 6, end: 10 }))).toBe('world');
    expect(await store.stat(first.hash)).toEqual({ size: 11 });
    await store.delete(first.hash);
    expect(await store.stat(first.hash)).toBeUndefined();
    await expect(store.get(first.hash)).rejects.toThrow();
  });

  it('refuses keys that are not hashes, so no path can escape the root', async () => {
    await expect(store.stat('../../etc/passwd')).rejects.toThrow('not a SHA-256 key');
    await expect(store.staging.size('../x')).rejects.toThrow('not an upload id');
  });

  it('resumes staging at a recorded offset, dropping bytes written after it', async () => {
    expect(await store.staging.size(id)).toBe(0);
    expect(await store.staging.write(id, 0, Buffer.from('abcdef'))).toBe(6);
    // a crash after writing "ghi" but before recording offset 9: the retry starts at 6 again
    await store.staging.write(id, 6, Buffer.from('ghi'));
    expect(await store.staging.write(id, 6, Buffer.from('XYZ'))).toBe(9);
    expect((await store.staging.head(id, 4)).toString()).toBe('abcd');
    expect(await text(store.staging.read(id))).toBe('abcdefXYZ');
    await store.staging.discard(id);
    expect(await store.staging.size(id)).toBe(0);
  });
});
