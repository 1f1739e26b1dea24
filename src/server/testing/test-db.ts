import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, inject } from 'vitest';
import { openDb, type Database, type Engine } from '../db/open-db.js';
import { testDatabaseUrl } from './test-env.js';

/** The engines this run tests on: PGlite always, PostgreSQL when the run provides it. */
export function testEngines(): Engine[] {
  return inject('postgresTemplate') ? ['pglite', 'postgres'] : ['pglite'];
}

/** A fresh, migrated database with regions loaded: a golden-image copy (PGlite) or a template clone (PostgreSQL). */
export async function openTestDatabase(engine: Engine): Promise<Database> {
  if (engine === 'pglite') {
    return openDb({ embedded: { kind: 'memory', loadDataDirFile: inject('goldenImageFile') } });
  }
  const template = inject('postgresTemplate');
  if (!template || !testDatabaseUrl) throw new Error('PostgreSQL tests need TEST_DATABASE_URL');
  const name = `luban_t_${process.ppid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  // cloning needs the template to be idle; a concurrent clone holds it briefly
  for (let attempt = 0; ; attempt += 1) {
    try {
      await admin.query(`create database ${name} template ${template}`);
      break;
    } catch (error) {
      if (attempt > 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + attempt * 50));
    }
  }
  await admin.end();
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  const database = await openDb({ databaseUrl: url.toString(), poolSize: 4 });
  return {
    ...database,
    async close() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: testDatabaseUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/** Runs the same suite on every engine of this run. */
export function describeEachEngine(name: string, suite: (engine: Engine) => void): void {
  for (const engine of testEngines()) {
    describe(`${name} [${engine}]`, () => suite(engine));
  }
}
