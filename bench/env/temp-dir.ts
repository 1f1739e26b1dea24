import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh directory under BENCH_TMPDIR (or the system temp dir); the caller removes it. */
export function makeTempDir(prefix: string): string {
  const base = process.env.BENCH_TMPDIR ?? os.tmpdir();
  fs.mkdirSync(base, { recursive: true });
  return fs.mkdtempSync(path.join(base, prefix));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
