import os from 'node:os';
import { generatedCollege, generateQueries, generateResource, type GeneratedQuery } from '../generator/resources.js';
import { startLuban, type RunningLuban } from '../lib/luban-app.js';
import { percentileOfSorted } from '../lib/stats.js';
import { defineBenchmark, type BenchContext, type Figure } from '../lib/types.js';
import { openDb, type Database } from '../../src/server/db/open-db.js';
import type { Actor } from '../../src/server/platform/authz/actor.js';
import { searchQuerySchema, type SearchSort } from '../../src/shared/contracts/learning/search.js';
import { resourceSearchDocument } from '../../src/server/modules/learning/use-cases/index-resource.js';
import { searchResources } from '../../src/server/modules/learning/use-cases/search-resources.js';
import { upsertSearchDocuments } from '../../src/server/modules/learning/search.repository.js';
import { hanCacheStats } from '../../src/server/modules/learning/domain/segment.js';
import type { LearningDeps } from '../../src/server/modules/learning/use-cases/learning-deps.js';

/**
 * `search`: 1,000,000 generated resources (Chinese and English, bench/generator/resources.ts)
 * indexed end to end through the product's own code — resourceSearchDocument (jieba
 * segmentation, weighted words, facet and visibility tokens) and upsertSearchDocuments into
 * learning.search_documents with its GIN, trigram and sort indexes — then one- to three-word
 * queries with two facet filters through the search use case (the same calls the route makes),
 * relevance-ranked and newest first, frequent words included; and the same queries with index
 * scans switched off (a sequential scan) as the reference, in the same run.
 */
const SEED = 'luban-search';
const BATCH = 1000;
const IN_FLIGHT = 2;
const SORTS: SearchSort[] = ['relevance', 'recent'];

type Latencies = Record<SearchSort, number[]>;
type State = {
  app: RunningLuban;
  deps: LearningDeps;
  seqScanDeps: LearningDeps;
  seqScanDb: Database;
  reader: Actor;
  queries: GeneratedQuery[];
  referenceQueries: GeneratedQuery[];
  indexedPerSecond: number;
};

/** Where indexing's time went: CPU µs per resource of this process (split by step) and of the database. */
type IndexingProfile = { perSecond: number; generateUs: number; documentUs: number; nodeTotalUs: number; databaseUs: number | undefined; waitingShare: number };

const TARGET_MS = 50;

/** A student of one generated college: sees public resources and that college's own. */
function readerOf(collegeIndex: number): Actor {
  const college = generatedCollege(collegeIndex);
  return { kind: 'user', userId: 'bench-reader', username: 'bench.reader', displayName: 'Bench reader (generated)', locale: 'zh-CN', assignments: [{ role: 'student', scope: `college:${college.id}` }] };
}

async function indexAll(ctx: BenchContext, deps: LearningDeps, count: number, databaseCpuMicros: () => number | undefined): Promise<IndexingProfile> {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const databaseBefore = databaseCpuMicros();
  const now = new Date();
  const pending = new Set<Promise<void>>();
  let generateMs = 0;
  let documentMs = 0;
  let waitingMs = 0;
  for (let start = 0; start < count; start += BATCH) {
    const generateStarted = performance.now();
    const resources = [];
    for (let i = start; i < Math.min(count, start + BATCH); i++) resources.push(generateResource(SEED, i));
    const documentStarted = performance.now();
    // the product's indexing from here: resource records → search documents → the index
    const documents = resources.map((resource) => resourceSearchDocument(resource, { providerProvinces: resource.providerProvinces, rating: resource.rating, now }));
    generateMs += documentStarted - generateStarted;
    documentMs += performance.now() - documentStarted;
    const insert = upsertSearchDocuments(deps.db, documents).finally(() => pending.delete(insert));
    pending.add(insert);
    const waitStarted = performance.now();
    if (pending.size >= IN_FLIGHT) await Promise.race(pending);
    waitingMs += performance.now() - waitStarted;
    if ((start / BATCH) % 100 === 99) ctx.log(`  indexed ${start + BATCH} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const waitStarted = performance.now();
  await Promise.all(pending);
  waitingMs += performance.now() - waitStarted;
  const elapsedMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const databaseAfter = databaseCpuMicros();
  return {
    perSecond: count / (elapsedMs / 1000),
    generateUs: (generateMs * 1000) / count,
    documentUs: (documentMs * 1000) / count,
    nodeTotalUs: (cpu.user + cpu.system) / count,
    databaseUs: databaseBefore === undefined || databaseAfter === undefined ? undefined : (databaseAfter - databaseBefore) / count,
    waitingShare: waitingMs / elapsedMs,
  };
}

type Timed = { q: string; facets: GeneratedQuery['facets']; sort: SearchSort; ms: number };
type Measurement = { latencies: Latencies; hits: number; frequentSlowest: number; timed: Timed[] };

async function measure(deps: LearningDeps, reader: Actor, queries: readonly GeneratedQuery[]): Promise<Measurement> {
  const latencies: Latencies = { relevance: [], recent: [], rating: [] };
  const timed: Timed[] = [];
  let hits = 0;
  let frequentSlowest = 0;
  for (const query of queries) {
    for (const sort of SORTS) {
      const parsed = searchQuerySchema.parse({ q: query.q, ...query.facets, sort });
      const started = performance.now();
      const result = await searchResources(deps, reader, parsed);
      const ms = performance.now() - started;
      latencies[sort].push(ms);
      timed.push({ q: query.q, facets: query.facets, sort, ms });
      if (query.hasFrequentWord) frequentSlowest = Math.max(frequentSlowest, ms);
      hits += result.hits.length;
    }
  }
  return { latencies, hits, frequentSlowest, timed };
}

function describeSlowest(timed: readonly Timed[], count: number): string {
  return [...timed]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count)
    .map((t) => `"${t.q}" ${Object.entries(t.facets).map(([name, value]) => `${name}=${value}`).join(',')} ${t.sort} ${t.ms.toFixed(0)} ms`)
    .join('; ');
}

const sorted = (values: readonly number[]) => Float64Array.from(values).sort();

function latencyFigures(prefix: string, latencies: Latencies, reference?: string): Figure[] {
  return SORTS.flatMap((sort) =>
    ([50, 95, 99] as const).map((p) => ({
      name: `${prefix}${sort}_p${p}_ms`,
      unit: 'ms',
      value: percentileOfSorted(sorted(latencies[sort]), p),
      better: 'lower' as const,
      ...(reference === undefined ? {} : { reference: `${reference}${sort}_p${p}_ms` }),
    })),
  );
}

export const benchmark = defineBenchmark<State>({
  name: 'search',
  description: 'Index 1,000,000 generated Chinese/English resources through the product code; one- to three-word queries with two facets (relevance, newest) p50/p95/p99 vs the same queries as a sequential scan',
  needs: ['postgres'],
  runs: 1,
  async setup(ctx) {
    const environment = ctx.environments.postgres!;
    const count = ctx.numberOption('resources', 1_000_000);
    const app = await startLuban(environment, { seedDemo: false });
    const deps = app.luban.learning.deps;
    ctx.log(`  indexing ${count} generated resources (batches of ${BATCH}, ${IN_FLIGHT} in flight)…`);
    const cacheBefore = hanCacheStats();
    const profile = await indexAll(ctx, deps, count, () => environment.serverCpuMicros());
    const cacheAfter = hanCacheStats();
    const indexedPerSecond = profile.perSecond;
    ctx.log(`  ${Math.round(indexedPerSecond)} resources/s`);
    const cacheHits = cacheAfter.hits - cacheBefore.hits;
    const cacheMisses = cacheAfter.misses - cacheBefore.misses;
    const us = (value: number | undefined) => (value === undefined ? '?' : value.toFixed(0));
    ctx.note(
      `indexing CPU per resource: this process ${us(profile.nodeTotalUs)} µs (generating the record ${us(profile.generateUs)} µs wall, building the document ${us(profile.documentUs)} µs wall, the rest JSON and the driver), PostgreSQL ${us(profile.databaseUs)} µs; the loop waited on the database ${(profile.waitingShare * 100).toFixed(0)} % of the time; Han runs cut by jieba ${cacheMisses}, served from the per-run cache ${cacheHits} (the generator's vocabulary is small, real catalogues repeat less)`,
    );
    await environment.database.pool.query('vacuum analyze learning.search_documents');
    const size = await environment.database.pool.query<{ table: string; indexes: string }>(
      "select pg_size_pretty(pg_table_size('learning.search_documents')) as table, pg_size_pretty(pg_indexes_size('learning.search_documents')) as indexes",
    );
    const queryCount = ctx.numberOption('queries', 240);
    const queries = generateQueries(SEED, queryCount);
    const referenceQueries = queries.slice(0, ctx.numberOption('reference-queries', queryCount));
    // the reference: the same use case on connections that may not use an index
    const url = new URL(environment.databaseUrl!);
    url.searchParams.set('options', '-c enable_bitmapscan=off -c enable_indexscan=off -c enable_indexonlyscan=off');
    const seqScanDb = await openDb({ databaseUrl: url.toString() });
    ctx.note(`${count} generated resources (bench/generator/resources.ts, seed ${SEED}): table ${size.rows[0]?.table}, indexes ${size.rows[0]?.indexes}; indexed at ${Math.round(indexedPerSecond)} resources/s in setup (once; the figure is repeated in each run)`);
    ctx.note(
      `${queries.length} queries × ${SORTS.join(' and ')} through searchResources (hits and facet counts, as the route runs them) as a student of one generated college; ${queries.filter((q) => q.hasFrequentWord).length} include a frequent word; the reference runs ${referenceQueries.length} of them with enable_bitmapscan, enable_indexscan and enable_indexonlyscan off`,
    );
    return { app, deps, seqScanDeps: { ...deps, db: seqScanDb.db }, seqScanDb, reader: readerOf(1), queries, referenceQueries, indexedPerSecond };
  },
  async warmup(_ctx, state) {
    await measure(state.deps, state.reader, state.queries.slice(0, 40));
    await measure(state.seqScanDeps, state.reader, state.referenceQueries.slice(0, 2));
  },
  async run(ctx, state) {
    const [one, five, fifteen] = os.loadavg();
    ctx.note(`load average at the start of run ${ctx.runIndex + 1}: ${one?.toFixed(2)} / ${five?.toFixed(2)} / ${fifteen?.toFixed(2)} (1 / 5 / 15 min)`);
    const indexed = await measure(state.deps, state.reader, state.queries);
    const isSubset = state.referenceQueries.length < state.queries.length;
    const subset = isSubset ? await measure(state.deps, state.reader, state.referenceQueries) : indexed;
    const reference = await measure(state.seqScanDeps, state.reader, state.referenceQueries);
    const over = (m: Measurement, sort: SearchSort) => m.timed.filter((t) => t.sort === sort && t.ms > TARGET_MS).length;
    ctx.note(
      `run ${ctx.runIndex + 1}: ${indexed.hits} hits returned; over ${TARGET_MS} ms: ${SORTS.map((sort) => `${sort} ${over(indexed, sort)} of ${indexed.latencies[sort].length}`).join(', ')}; slowest query with a frequent word ${indexed.frequentSlowest.toFixed(1)} ms; slowest: ${describeSlowest(indexed.timed, 5)}; the reference subset returned ${reference.hits} hits with its indexes off and ${subset.hits} with them`,
    );
    return [
      { name: 'index_resources_per_s', unit: 'resources/s', value: state.indexedPerSecond, better: 'higher' },
      ...latencyFigures('', indexed.latencies),
      ...(isSubset ? latencyFigures('subset_', subset.latencies) : []),
      ...latencyFigures('seqscan_', reference.latencies, isSubset ? 'subset_' : ''),
    ];
  },
  async teardown(state) {
    await state.seqScanDb.close();
    await state.app.close();
  },
});
