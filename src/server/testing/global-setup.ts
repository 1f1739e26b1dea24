import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDb } from '../db/open-db.js';
import { runMigrations } from '../db/migrate.js';
import { upsertRegions } from '../modules/institutions/institutions.repository.js';
import { loadRegionsFromPackage } from '../modules/institutions/region-source.js';
import { requireInCi, testDatabaseUrl } from './test-env.js';

declare module 'vitest' {
  export interface ProvidedContext {
    goldenImageFile: string;
    postgresTemplate: string | null;
  }
}

/**
 * Builds the test databases once per run: a PGlite "golden image" (migrated, regions
 * loaded) that each test file loads into its own in-memory instance, and, when
 * TEST_DATABASE_URL is set, a PostgreSQL template database each file clones.
 */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luban-golden-'));
  const goldenImageFile = path.join(dir, 'golden.tar');
  const database = await openDb({ embedded: { kind: 'memory' } });
  await runMigrations(database.pool);
  await upsertRegions(database.db, loadRegionsFromPackage());
  fs.writeFileSync(goldenImageFile, await database.embedded!.dumpDataDir());
  await database.close();
  project.provide('goldenImageFile', goldenImageFile);

  let template: string | null = null;
  if (requireInCi(testDatabaseUrl !== undefined, 'TEST_DATABASE_URL (PostgreSQL)') && testDatabaseUrl) {
    template = `luban_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: testDatabaseUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${template}`);
    await admin.query(`create database ${template}`);
    await admin.end();
    const url = new URL(testDatabaseUrl);
    url.pathname = `/${template}`;
    const pgDatabase = await openDb({ databaseUrl: url.toString(), poolSize: 2 });
    await runMigrations(pgDatabase.pool);
    await upsertRegions(pgDatabase.db, loadRegionsFromPackage());
    await pgDatabase.close();
  }
  project.provide('postgresTemplate', template);

  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (template && testDatabaseUrl) {
      const admin = new pg.Client({ connectionString: testDatabaseUrl });
      await admin.connect();
      const leftovers = await admin.query<{ datname: string }>(`select datname from pg_database where datname like $1`, [`luban_t_${process.pid}_%`]);
      for (const row of leftovers.rows) await admin.query(`drop database if exists ${row.datname} with (force)`);
      await admin.query(`drop database if exists ${template} with (force)`);
      await admin.end();
    }
  };
}
