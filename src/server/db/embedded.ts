import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';

export type EmbeddedServer = {
  host: string;
  port: number;
  /** Physical snapshot of the whole data directory (used for test golden images). */
  dumpDataDir(): Promise<Uint8Array>;
  stop(): Promise<void>;
};

type WorkerMessage =
  | { type: 'ready'; host: string; port: number }
  | { type: 'failed'; message: string }
  | { type: 'dumped'; id: number; bytes: Uint8Array }
  | { type: 'error'; id?: number; message: string }
  | { type: 'stopped' };

export type EmbeddedOptions =
  | { kind: 'directory'; dataDir: string }
  | { kind: 'memory'; loadDataDirFile?: string };

/** Starts PGlite in a worker thread behind a loopback PostgreSQL socket. */
export async function startEmbeddedServer(options: EmbeddedOptions): Promise<EmbeddedServer> {
  let lock: DataDirLock | undefined;
  let dataDir: string | null = null;
  if (options.kind === 'directory') {
    lock = acquireDataDirLock(options.dataDir);
    dataDir = path.join(options.dataDir, 'db');
  }
  const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), {
    workerData: { dataDir, loadDataDirFile: options.kind === 'memory' ? (options.loadDataDirFile ?? null) : null },
    // the worker is plain JS: do not inherit a TypeScript loader's flags
    execArgv: [],
  });
  let nextId = 1;
  const pending = new Map<number, { resolve(bytes: Uint8Array): void; reject(error: Error): void }>();
  let onStopped: (() => void) | undefined;

  try {
    const ready = await new Promise<{ host: string; port: number }>((resolve, reject) => {
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'ready') resolve({ host: message.host, port: message.port });
        else if (message.type === 'failed') reject(new Error(`Embedded database failed to start: ${message.message}`));
        else if (message.type === 'dumped') pending.get(message.id)?.resolve(message.bytes);
        else if (message.type === 'error' && message.id !== undefined) pending.get(message.id)?.reject(new Error(message.message));
        else if (message.type === 'stopped') onStopped?.();
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`Embedded database worker exited with code ${code}`)));
    });
    let isStopped = false;
    return {
      host: ready.host,
      port: ready.port,
      dumpDataDir() {
        const id = nextId++;
        return new Promise<Uint8Array>((resolve, reject) => {
          pending.set(id, {
            resolve: (bytes) => {
              pending.delete(id);
              resolve(bytes);
            },
            reject: (error) => {
              pending.delete(id);
              reject(error);
            },
          });
          worker.postMessage({ type: 'dump', id });
        });
      },
      async stop() {
        if (isStopped) return;
        isStopped = true;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 10_000);
          onStopped = () => {
            clearTimeout(timer);
            resolve();
          };
          worker.postMessage({ type: 'stop' });
        });
        await worker.terminate();
        lock?.release();
      },
    };
  } catch (error) {
    await worker.terminate();
    lock?.release();
    throw error;
  }
}
