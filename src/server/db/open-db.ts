import pg from 'pg';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { schema, type Schema } from './schema.js';
import { startEmbeddedServer, type EmbeddedOptions, type EmbeddedServer } from './embedded.js';

export type Db = NodePgDatabase<Schema>;
/** The transaction handle drizzle passes to `db.transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either the database or an open transaction: repositories accept both. */
export type DbOrTx = Db | Tx;

export type Engine = 'pglite' | 'postgres';

export type Database = {
  db: Db;
  pool: pg.Pool;
  engine: Engine;
  /** Present only for the embedded engine. */
  embedded: EmbeddedServer | undefined;
  close(): Promise<void>;
};

export type OpenDbOptions =
  | { databaseUrl: string; poolSize?: number }
  | { embedded: EmbeddedOptions };

// bigint (int8) and numeric come back as strings by default; counts fit in a JS number
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));

/**
 * One driver path for both engines: node-postgres talks either to PostgreSQL or to
 * PGlite behind its socket (with a one-connection pool, since PGlite has one session).
 */
export async function openDb(options: OpenDbOptions): Promise<Database> {
  if ('databaseUrl' in options) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    pool.on('error', () => {
      // an idle client lost its connection; the pool replaces it on next use
    });
    await pool.query('select 1');
    return {
      db: drizzle(pool, { schema }),
      pool,
      engine: 'postgres',
      embedded: undefined,
      close: () => pool.end(),
    };
  }
  const embedded = await startEmbeddedServer(options.embedded);
  const pool = new pg.Pool({
    host: embedded.host,
    port: embedded.port,
    user: 'postgres',
    database: 'postgres',
    max: 1,
    idleTimeoutMillis: 0,
    // one connection: a request that waits this long for it is stuck, so fail loudly
    connectionTimeoutMillis: 60_000,
  });
  pool.on('error', () => {
    // see above
  });
  try {
    await pool.query('select 1');
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return {
    db: drizzle(pool, { schema }),
    pool,
    engine: 'pglite',
    embedded,
    async close() {
      await pool.end();
      await embedded.stop();
    },
  };
}
