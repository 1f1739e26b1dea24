import fs from 'node:fs';
import { openDb } from '../../src/server/db/open-db.js';
import { runMigrations } from '../../src/server/db/migrate.js';
import type { BenchDatabase } from '../lib/types.js';
import { makeTempDir, removeDir } from './temp-dir.js';

function pgliteVersion(): string {
  try {
    // the package does not export its package.json
    const file = new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url);
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * The embedded engine exactly as `luban serve` runs it: PGlite in a worker thread behind
 * the loopback socket, one-connection pool, in a throw-away data directory, migrated.
 */
export async function startPglite(): Promise<BenchDatabase> {
  const dataDir = makeTempDir('luban-bench-pglite-');
  try {
    const database = await openDb({ embedded: { kind: 'directory', dataDir } });
    try {
      await runMigrations(database.pool);
    } catch (error) {
      await database.close();
      throw error;
    }
    const server = await database.pool.query<{ version: string }>('select version() as version');
    const version = server.rows[0]?.version.split(' ').slice(0, 2).join(' ') ?? 'unknown';
    return {
      kind: 'pglite',
      database,
      databaseUrl: undefined,
      serverCpuMicros: () => undefined,
      description: `PGlite ${pgliteVersion()} (${version}) in a worker thread behind @electric-sql/pglite-socket, pg.Pool max 1, data directory on disk`,
      async stop() {
        try {
          await database.close();
        } finally {
          removeDir(dataDir);
        }
      },
    };
  } catch (error) {
    removeDir(dataDir);
    throw error;
  }
}
