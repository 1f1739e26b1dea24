// Runs PGlite in its own thread behind a loopback PostgreSQL socket so that a long
// query never blocks the HTTP event loop (see docs/decisions/0001). Plain JavaScript
// on purpose: a worker must start without a TypeScript loader, under tsx, vitest or node.
import { parentPort, workerData } from 'node:worker_threads';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** @type {{ dataDir: string | null, loadDataDirFile: string | null }} */
const options = workerData;

async function main() {
  /** @type {Blob | undefined} */
  let loadDataDir;
  if (options.loadDataDirFile) {
    loadDataDir = new Blob([await readFile(options.loadDataDirFile)]);
  }
  const db = await PGlite.create(options.dataDir ?? undefined, {
    extensions: { pg_trgm },
    ...(loadDataDir ? { loadDataDir } : {}),
  });
  // The pool keeps one connection, but node-postgres discards a connection after any SQL error
  // and reconnects at once, while the old one may still be detaching: allow that overlap.
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 2 });
  await server.start();
  const [host, port] = server.getServerConn().split(':');
  parentPort?.postMessage({ type: 'ready', host, port: Number(port) });

  parentPort?.on('message', async (message) => {
    try {
      if (message?.type === 'dump') {
        const blob = await db.dumpDataDir('none');
        const bytes = new Uint8Array(await blob.arrayBuffer());
        parentPort?.postMessage({ type: 'dumped', id: message.id, bytes }, [bytes.buffer]);
      } else if (message?.type === 'stop') {
        await server.stop();
        await db.close();
        parentPort?.postMessage({ type: 'stopped' });
      }
    } catch (error) {
      parentPort?.postMessage({ type: 'error', id: message?.id, message: String(error?.stack ?? error) });
    }
  });
}

main().catch((error) => {
  parentPort?.postMessage({ type: 'failed', message: String(error?.stack ?? error) });
});
