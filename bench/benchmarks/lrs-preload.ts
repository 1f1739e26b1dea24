// The preloaded state of the lrs benchmark: a PostgreSQL cluster of its own holding `count`
// generated statements, bulk-loaded (parallel generators and COPY streams into tables without
// indexes, indexes built afterwards, VACUUM ANALYZE) and, with a cache directory, kept there
// for the next run.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { openDb } from '../../src/server/db/open-db.js';
import { runMigrations } from '../../src/server/db/migrate.js';
import { findPostgresBin, startPostgresCluster } from '../env/postgres.js';
import { makeTempDir, removeDir } from '../env/temp-dir.js';
import { formatNumber } from '../lib/stats.js';
import type { BenchContext, BenchDatabase } from '../lib/types.js';
import type { PreloadChunkRequest, PreloadChunkResult } from './lrs-preload.child.js';
import { copyIn, sharedDir, type CopyFiles } from './lrs-rows.js';

/** Bump when the generated data or its layout changes: a cache of another version is rebuilt. */
const DATA_VERSION = 1;
const CHUNK = 100_000;
const DAY_MS = 86_400_000;
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * WAL settings of both lrs databases, as a server sized for a large statement store would have
 * them: with the default 1 GB max_wal_size, random index inserts into 10 M rows checkpointed
 * every few seconds, and each first change of a page after a checkpoint logged the whole page.
 */
export const LRS_WAL_SETTINGS: Record<string, string> = { max_wal_size: '8GB', checkpoint_timeout: '30min', wal_compression: 'lz4' };

/**
 * The preloaded cluster's settings over the runner's: its WAL settings, and a quarter of the
 * machine's memory as shared_buffers (PostgreSQL's guidance; the runner's 512 MB hold a few
 * percent of 10 M statements' indexes).
 */
export function preloadedSettings(): Record<string, string> {
  return { ...LRS_WAL_SETTINGS, shared_buffers: `${Math.max(512, Math.floor(os.totalmem() / 4 / 2 ** 20 / 256) * 256)}MB` };
}

/** Where the preloaded cluster is kept between runs unless --preload-cache says otherwise. */
export const defaultPreloadCache = path.resolve(repoRoot, '..', '.bench-cache');

/** Learners the generated statements are spread over (also what the GET queries pick from). */
export function learnersFor(count: number): number {
  return Math.max(20_000, Math.floor(count / 50));
}

export type PreloadOptions = {
  count: number;
  learners: number;
  /** Where to keep the loaded cluster between runs; undefined: a temp dir, removed afterwards. */
  cacheDir: string | undefined;
  /** Generator processes and COPY sessions working at once. */
  streams: number;
};

/** What the cache directory records once a load has completed. */
type Marker = { version: number; count: number; learners: number; builtAt: string; loadSeconds: number; isSeeded: boolean };

export type PreloadedDatabase = BenchDatabase & {
  /** The demo accounts exist already (a reused cluster): do not seed them again. */
  isSeeded: boolean;
  /** When the statements were generated (their stored times span the 29 days before). */
  builtAt: Date;
  markSeeded(): void;
};

function readMarker(file: string): Marker | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Marker;
  } catch {
    return undefined;
  }
}

type IndexDefinition = { name: string; table: string; definition: string; isConstraint: boolean };

/** The primary keys and indexes of the statement tables, to drop before the load and build after. */
async function statementIndexes(pool: pg.Pool): Promise<IndexDefinition[]> {
  const result = await pool.query<{ name: string; table: string; definition: string; is_constraint: boolean }>(`
    select c.relname as name, t.relname as "table",
      coalesce(pg_get_constraintdef(k.oid), pg_get_indexdef(c.oid)) as definition, k.oid is not null as is_constraint
    from pg_index i
    join pg_class c on c.oid = i.indexrelid
    join pg_class t on t.oid = i.indrelid
    join pg_namespace n on n.oid = t.relnamespace
    left join pg_constraint k on k.conindid = c.oid and k.contype = 'p'
    where n.nspname = 'lrs' and t.relname in ('statements', 'statement_ids')
    order by pg_relation_size(c.oid) desc, c.relname`);
  return result.rows.map((row) => ({ name: row.name, table: row.table, definition: row.definition, isConstraint: row.is_constraint }));
}

async function dropIndexes(pool: pg.Pool, indexes: IndexDefinition[]): Promise<void> {
  for (const index of indexes) {
    if (index.isConstraint) await pool.query(`alter table lrs.${index.table} drop constraint ${index.name}`);
    else await pool.query(`drop index lrs.${index.name}`);
  }
}

/** Builds the indexes in `sessions` sessions at once, largest first. */
async function buildIndexes(ctx: BenchContext, pool: pg.Pool, indexes: IndexDefinition[], sessions: number): Promise<void> {
  const queue = [...indexes];
  await Promise.all(
    Array.from({ length: sessions }, async () => {
      const client = await pool.connect();
      try {
        await client.query(`set maintenance_work_mem = '1GB'`);
        await client.query('set max_parallel_maintenance_workers = 0');
        for (let index = queue.shift(); index; index = queue.shift()) {
          const started = performance.now();
          if (index.isConstraint) await client.query(`alter table lrs.${index.table} add constraint ${index.name} ${index.definition}`);
          else await client.query(index.definition);
          ctx.log(`  built ${index.name} in ${formatNumber((performance.now() - started) / 1000)} s`);
        }
      } finally {
        client.release();
      }
    }),
  );
}

/** Generates the chunks in `streams` child processes and COPYs each as soon as it is written. */
async function loadChunks(ctx: BenchContext, pool: pg.Pool, options: PreloadOptions, builtAt: number): Promise<void> {
  const dir = sharedDir(makeTempDir('luban-bench-lrs-preload-'));
  const children: ChildProcess[] = Array.from({ length: options.streams }, () =>
    fork(fileURLToPath(new URL('./lrs-preload.child.ts', import.meta.url)), [], { cwd: repoRoot, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
  );
  const chunks = Math.ceil(options.count / CHUNK);
  let nextChunk = 0;
  let loaded = 0;
  const generate = (child: ChildProcess, chunk: number): Promise<CopyFiles> =>
    new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`preload generator exited (${code ?? 'signal'})`));
      child.once('exit', onExit);
      child.once('message', (message: PreloadChunkResult) => {
        child.off('exit', onExit);
        resolve(message.files);
      });
      const request: PreloadChunkRequest = {
        chunk,
        offset: chunk * CHUNK,
        size: Math.min(CHUNK, options.count - chunk * CHUNK),
        total: options.count,
        learners: options.learners,
        startMs: builtAt - 30 * DAY_MS,
        spanMs: 29 * DAY_MS,
        dir,
      };
      child.send(request);
    });
  try {
    // each child generates its next chunk while its previous one is being COPYed
    await Promise.all(
      children.map(async (child) => {
        let copying: Promise<void> = Promise.resolve();
        for (let chunk = nextChunk++; chunk < chunks; chunk = nextChunk++) {
          const files = await generate(child, chunk);
          await copying;
          copying = copyIn(pool, [files]).then(() => {
            fs.rmSync(files.statements, { force: true });
            fs.rmSync(files.ids, { force: true });
            loaded += files.rows;
            if ((loaded / CHUNK) % 10 === 0 || loaded === options.count) ctx.log(`  preloaded ${formatNumber(loaded)} / ${formatNumber(options.count)}`);
          });
        }
        await copying;
      }),
    );
  } finally {
    for (const child of children) child.kill();
    removeDir(dir);
  }
}

async function bulkLoad(ctx: BenchContext, pool: pg.Pool, options: PreloadOptions): Promise<number> {
  const started = performance.now();
  const builtAt = Date.now();
  await pool.query('truncate lrs.statements, lrs.statement_ids, lrs.activities');
  const indexes = await statementIndexes(pool);
  await dropIndexes(pool, indexes);
  // fewer checkpoints while loading; reset afterwards so the runs see the usual settings
  await pool.query(`alter system set max_wal_size = '16GB'`);
  await pool.query('select pg_reload_conf()');
  try {
    await loadChunks(ctx, pool, options, builtAt);
    ctx.log(`  ${formatNumber(options.count)} statements COPYed in ${formatNumber((performance.now() - started) / 1000)} s; building ${indexes.length} indexes`);
    await buildIndexes(ctx, pool, indexes, options.streams);
    await pool.query('vacuum (analyze) lrs.statements, lrs.statement_ids');
  } finally {
    await pool.query('alter system reset max_wal_size');
    await pool.query('select pg_reload_conf()');
  }
  await pool.query('checkpoint');
  ctx.log(`  preload complete in ${formatNumber((performance.now() - started) / 1000)} s`);
  return builtAt;
}

/**
 * A migrated database holding the preload: reused from the cache directory when it holds a
 * completed load of the same version and size, built (and kept there) otherwise.
 */
export async function openPreloaded(ctx: BenchContext, options: PreloadOptions): Promise<PreloadedDatabase> {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL binaries not found (set BENCH_PG_BIN)');
  const root = options.cacheDir === undefined ? undefined : path.join(options.cacheDir, `lrs-preload-${options.count}`);
  const markerFile = root === undefined ? undefined : path.join(root, 'preload.json');
  let marker = markerFile === undefined ? undefined : readMarker(markerFile);
  if (marker && (marker.version !== DATA_VERSION || marker.count !== options.count || marker.learners !== options.learners)) marker = undefined;
  if (root !== undefined && !marker) removeDir(root);
  if (root !== undefined) {
    fs.mkdirSync(options.cacheDir ?? root, { recursive: true, mode: 0o755 });
    fs.chmodSync(options.cacheDir ?? root, 0o755);
  }
  const settings = preloadedSettings();
  const cluster = await startPostgresCluster(bin, root === undefined ? { settings } : { keepIn: root, settings });
  try {
    const database = await openDb({ databaseUrl: cluster.databaseUrl });
    try {
      await runMigrations(database.pool);
      if (marker) {
        ctx.log(`  reusing the preload in ${root ?? ''} (${formatNumber(marker.count)} statements built ${marker.builtAt})`);
      } else {
        const started = performance.now();
        const builtAt = await bulkLoad(ctx, database.pool, options);
        marker = { version: DATA_VERSION, count: options.count, learners: options.learners, builtAt: new Date(builtAt).toISOString(), loadSeconds: (performance.now() - started) / 1000, isSeeded: false };
        if (markerFile) fs.writeFileSync(markerFile, `${JSON.stringify(marker, null, 2)}\n`);
      }
    } catch (error) {
      await database.close();
      throw error;
    }
    const current = marker;
    return {
      kind: 'postgres',
      database,
      databaseUrl: cluster.databaseUrl,
      description: cluster.description,
      serverCpuMicros: () => cluster.cpuMicros(),
      isSeeded: current.isSeeded,
      builtAt: new Date(current.builtAt),
      markSeeded() {
        current.isSeeded = true;
        if (markerFile) fs.writeFileSync(markerFile, `${JSON.stringify(current, null, 2)}\n`);
      },
      async stop() {
        try {
          await database.close();
        } finally {
          await cluster.stop();
        }
      },
    };
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}
