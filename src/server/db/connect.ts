import type { Config } from '../config.js';
import { openDb, type Database } from './open-db.js';
import { runMigrations } from './migrate.js';

/** Opens the configured engine (PostgreSQL when DATABASE_URL is set, else embedded PGlite) and migrates it. */
export async function connectAndMigrate(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Database> {
  const database = config.databaseUrl
    ? await openDb({ databaseUrl: config.databaseUrl })
    : await openDb({ embedded: { kind: 'directory', dataDir: config.dataDir } });
  try {
    await runMigrations(database.pool);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
