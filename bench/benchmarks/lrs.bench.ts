import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTempDir, removeDir } from '../env/temp-dir.js';
import { BENCH_PASSWORD, startLuban, type RunningLuban } from '../lib/luban-app.js';
import { machineBusyMicros } from '../lib/machine.js';
import { formatNumber } from '../lib/stats.js';
import type pg from 'pg';
import { defineBenchmark, OTHER_PROCESSES_FIGURE, type BenchContext, type BenchDatabase, type Figure } from '../lib/types.js';
import type { LrsLoadRequest, LrsLoadResult } from './lrs-load.child.js';
import { defaultPreloadCache, learnersFor, LRS_WAL_SETTINGS, openPreloaded, type PreloadedDatabase } from './lrs-preload.js';
import { copyIn, exportSince, removeSince, sharedDir } from './lrs-rows.js';
import { learnerAgent, statementGenerator, verbIds } from './lrs-statements.js';

type Settings = {
  seconds: number;
  connections: number;
  queryConnections: number;
  preload: number;
  copyStreams: number;
  preloadCache: string | undefined;
  /** `--only fresh_b100,loaded_b100`: measure just these (for trying things; a full run measures all four). */
  only: Set<string> | undefined;
};

/** One database in one state with Luban serving it: `fresh` (emptied before each measurement) or `loaded`. */
type Target = { label: 'fresh' | 'loaded'; app: RunningLuban; environment: BenchDatabase; pool: pg.Pool; authorization: string; clientId: string; close(): Promise<void> };

/** CPU time of one measurement, µs per stored statement, and the cores nobody of ours used. */
type CpuSplit = { node: number; postgres: number | undefined; client: number; idleCores: number | undefined; otherCores: number | undefined };

type State = {
  child: ChildProcess;
  /** Replaced after each TRUNCATE: a new process remembers no definitions of the emptied table. */
  fresh: Target;
  /** Absent when `--only` names no `loaded_*` measurement: the preload is then neither built nor opened. */
  loaded: Target | undefined;
  queryPaths: string[];
  dir: string;
  settings: Settings;
  nextId: number;
  /** Cores other processes kept busy, one value per measurement of the run under way. */
  otherCores: number[];
};

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

async function createClient(app: RunningLuban): Promise<{ authorization: string; clientId: string }> {
  const login = await fetch(`${app.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'demo.national', password: BENCH_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const response = await fetch(`${app.baseUrl}/api/v1/lrs/clients`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ name: 'learning platform (bench)', scope: 'national', permissions: ['write', 'read-all'] }),
  });
  if (response.status !== 201) throw new Error(`creating the LRS client failed: ${response.status} ${await response.text()}`);
  const client = (await response.json()) as { id: string; key: string; secret: string };
  return { authorization: `Basic ${Buffer.from(`${client.key}:${client.secret}`).toString('base64')}`, clientId: client.id };
}

async function startTarget(label: Target['label'], environment: BenchDatabase, options: { seedDemo?: boolean } = {}): Promise<Target> {
  const app = await startLuban(environment, options);
  const { authorization, clientId } = await createClient(app);
  return { label, app, environment, pool: environment.database.pool, authorization, clientId, close: () => app.close() };
}

function load(state: State, request: Omit<LrsLoadRequest, 'id'>): Promise<LrsLoadResult> {
  const id = (state.nextId += 1);
  return new Promise((resolve, reject) => {
    const onMessage = (message: LrsLoadResult) => {
      if (message.id !== id) return;
      state.child.off('message', onMessage);
      if (message.failures > 0 || message.queryFailures > 0) reject(new Error(`load: ${message.failures} failed POSTs, ${message.queryFailures} failed GETs`));
      else resolve(message);
    };
    state.child.on('message', onMessage);
    state.child.send({ ...request, id });
  });
}

function ingest(state: State, target: Target, batchSize: 100 | 1000, withQueries: boolean) {
  const { app, authorization } = target;
  return load(state, {
    seconds: state.settings.seconds,
    ingest: { url: `${app.baseUrl}/xapi/statements`, authorization, bodies: `b${batchSize}`, batchSize, connections: state.settings.connections },
    ...(withQueries ? { query: { url: app.baseUrl, authorization, paths: state.queryPaths, connections: state.settings.queryConnections } } : {}),
  });
}

function learnersOf(settings: Settings): number {
  return learnersFor(settings.preload);
}

async function truncate(pool: pg.Pool): Promise<void> {
  await pool.query('truncate lrs.statements, lrs.statement_ids, lrs.activities');
}

/**
 * Empties the fresh database and serves it from a new Luban: the old one would remember the
 * definitions it stored (store-statements.ts skips those) though TRUNCATE removed them.
 */
async function emptyFresh(state: State): Promise<Target> {
  await state.fresh.close();
  await truncate(state.fresh.pool);
  state.fresh = await startTarget('fresh', state.fresh.environment, { seedDemo: false });
  return state.fresh;
}

/** Runs the load and splits the CPU it took between Luban (this process), PostgreSQL and the load client. */
async function measuredIngest(state: State, target: Target, batchSize: 100 | 1000, withQueries: boolean): Promise<{ result: LrsLoadResult; cpu: CpuSplit }> {
  const postgresBefore = target.environment.serverCpuMicros();
  const machineBefore = machineBusyMicros();
  const nodeBefore = process.cpuUsage();
  const started = performance.now();
  const result = await ingest(state, target, batchSize, withQueries);
  const elapsedMicros = (performance.now() - started) * 1000;
  const nodeUsage = process.cpuUsage(nodeBefore);
  const machineAfter = machineBusyMicros();
  const postgresAfter = target.environment.serverCpuMicros();
  const statements = result.requests * batchSize;
  const node = nodeUsage.user + nodeUsage.system;
  const postgres = postgresBefore !== undefined && postgresAfter !== undefined ? postgresAfter - postgresBefore : undefined;
  const ours = node + (postgres ?? 0) + result.clientCpuMicros;
  const busy = machineBefore !== undefined && machineAfter !== undefined ? machineAfter - machineBefore : undefined;
  return {
    result,
    cpu: {
      node: node / statements,
      postgres: postgres === undefined ? undefined : postgres / statements,
      client: result.clientCpuMicros / statements,
      idleCores: busy === undefined ? undefined : Math.max(0, os.cpus().length - busy / elapsedMicros),
      otherCores: busy === undefined || postgres === undefined ? undefined : Math.max(0, busy - ours) / elapsedMicros,
    },
  };
}

/**
 * One HTTP ingest measurement, then the very rows it stored COPYed into the same tables in the
 * same state: in one COPY session, and in one session per core.
 */
async function measurePair(ctx: BenchContext, state: State, given: Target, batchSize: 100 | 1000, withQueries: boolean): Promise<Figure[]> {
  const { pool, label } = given;
  if (state.settings.only && !state.settings.only.has(`${label}_b${batchSize}`)) return [];
  const since = new Date();
  const reset = () => (label === 'fresh' ? truncate(pool) : removeSince(pool, since));
  const target = label === 'fresh' ? await emptyFresh(state) : given;
  const { result, cpu } = await measuredIngest(state, target, batchSize, withQueries);
  const files = await exportSince(pool, sharedDir(path.join(state.dir, 'export')), since, state.settings.copyStreams);
  const rows = files.reduce((sum, f) => sum + f.rows, 0);
  await reset();
  let seconds = 0;
  for (const file of files) seconds += await copyIn(pool, [file]);
  const oneSession = rows / seconds;
  await reset();
  const parallel = rows / (await copyIn(pool, files));
  await reset();
  const name = `${label}_b${batchSize}`;
  ctx.log(
    `  ${name}: HTTP ${formatNumber(result.statementsPerSecond)} statements/s (request p95 ${formatNumber(result.ingestMs.p95)} ms); COPY ${formatNumber(oneSession)} rows/s in one session, ${formatNumber(parallel)} in ${files.length}` +
      (result.queryMs ? `; GET agent+verb+since p95 ${formatNumber(result.queryMs.p95)} ms over ${result.queries} queries` : '') +
      `; CPU µs/statement: Luban ${formatNumber(cpu.node)}, PostgreSQL ${cpu.postgres === undefined ? '?' : formatNumber(cpu.postgres)}, load client ${formatNumber(cpu.client)}; idle cores ${cpu.idleCores === undefined ? '?' : formatNumber(cpu.idleCores, 2)}, other processes ${cpu.otherCores === undefined ? '?' : formatNumber(cpu.otherCores, 2)}`,
  );
  const figures: Figure[] = [
    { name: `${name}_http_sps`, unit: 'statements/s', value: result.statementsPerSecond, better: 'higher', reference: `${name}_copy_rps` },
    { name: `${name}_copy_rps`, unit: 'statements/s', value: oneSession, better: 'higher' },
    { name: `${name}_http_sps_vs_parallel_copy`, unit: 'statements/s', value: result.statementsPerSecond, better: 'higher', reference: `${name}_parallel_copy_rps` },
    { name: `${name}_parallel_copy_rps`, unit: 'statements/s', value: parallel, better: 'higher' },
    { name: `${name}_request_p95_ms`, unit: 'ms', value: result.ingestMs.p95, better: 'lower' },
    { name: `${name}_luban_cpu_us_per_statement`, unit: 'µs', value: cpu.node, better: 'lower' },
    { name: `${name}_client_cpu_us_per_statement`, unit: 'µs', value: cpu.client, better: 'lower' },
  ];
  if (cpu.postgres !== undefined) figures.push({ name: `${name}_postgres_cpu_us_per_statement`, unit: 'µs', value: cpu.postgres, better: 'lower' });
  if (cpu.idleCores !== undefined) figures.push({ name: `${name}_idle_cores`, unit: 'cores', value: cpu.idleCores, better: 'lower' });
  if (cpu.otherCores !== undefined) state.otherCores.push(cpu.otherCores);
  if (result.queryMs) {
    figures.push(
      { name: `${label}_get_agent_verb_since_p50_ms`, unit: 'ms', value: result.queryMs.p50, better: 'lower' },
      { name: `${label}_get_agent_verb_since_p95_ms`, unit: 'ms', value: result.queryMs.p95, better: 'lower' },
    );
  }
  return figures;
}

function bodiesOf(settings: Settings, batchSize: number, count: number): string[] {
  const next = statementGenerator({ learners: learnersOf(settings), courses: 2000, seed: batchSize });
  return Array.from({ length: count }, () => JSON.stringify(Array.from({ length: batchSize }, next)));
}

function queryPathsOf(settings: Settings, now: Date): string[] {
  const verbs = verbIds();
  const since = new Date(now.getTime() - 7 * 86_400_000).toISOString();
  return Array.from({ length: 500 }, (_, i) => {
    const agent = encodeURIComponent(JSON.stringify(learnerAgent((i * 7919) % learnersOf(settings))));
    const verb = encodeURIComponent(verbs[i % verbs.length] ?? '');
    return `/xapi/statements?agent=${agent}&verb=${verb}&since=${encodeURIComponent(since)}&limit=100`;
  });
}

function settingsOf(ctx: BenchContext): Settings {
  return {
    seconds: ctx.numberOption('duration', 10),
    connections: ctx.numberOption('connections', 4),
    queryConnections: ctx.numberOption('query-connections', 2),
    preload: ctx.numberOption('preload', 10_000_000),
    copyStreams: ctx.numberOption('copy-streams', 2),
    preloadCache: ctx.options['preload-cache'] === 'none' ? undefined : (ctx.options['preload-cache'] ?? defaultPreloadCache),
    only: ctx.options.only === undefined ? undefined : new Set(ctx.options.only.split(',')),
  };
}

function describe(ctx: BenchContext, settings: Settings, preloaded: PreloadedDatabase): void {
  const { builtAt } = preloaded;
  ctx.note(
    `Load: a node:http client in a child process of its own, ${settings.connections} keep-alive connections POSTing pre-built batches of realistic statements (no ids: the LRS assigns them), ${settings.seconds} s per measurement. Luban is composed with composeLuban() in the benchmark process (pg.Pool max 10).`,
  );
  ctx.note(
    `Fresh database: the runner's cluster with ${Object.entries(LRS_WAL_SETTINGS).map(([k, v]) => `${k}=${v}`).join(', ')} set for this benchmark, served by a new Luban after each TRUNCATE (a process that stored definitions before would skip them).`,
  );
  ctx.note(
    'Reference: the rows each HTTP measurement stored, exported and COPYed back (server-side COPY FROM file into lrs.statement_ids and lrs.statements) into the same tables in the same state: `*_copy_rps` in one session, `*_parallel_copy_rps` in one session per core. Between measurements the rows are removed (TRUNCATE in the fresh database; DELETE in the preloaded one).',
  );
  ctx.note(
    `Preloaded database: ${formatNumber(settings.preload)} statements (${formatNumber(learnersOf(settings))} learners, bound to their colleges' scopes and provinces) generated and COPYed into ${preloaded.description} in ${settings.copyStreams} parallel streams into tables without indexes, then the indexes built and VACUUM ANALYZE; stored over the 30 days before ${builtAt.toISOString()}${settings.preloadCache ? `, kept in ${settings.preloadCache} for later runs` : ''}. GET /xapi/statements?agent&verb&since (7 days before the preload was built)&limit=100 over ${settings.queryConnections} more connections during the batch-100 ingest into it.`,
  );
  ctx.note('Client, server and PostgreSQL share the cores, with whatever else runs on the machine: read the ratios, which are measured back to back.');
}

export const benchmark = defineBenchmark<State>({
  name: 'lrs',
  description:
    'xAPI statement ingest over HTTP (POST /xapi/statements in batches of 100 and 1,000 realistic learning-platform statements with result and context; PostgreSQL, synchronous commit) against COPY of the very same rows into the same tables in the same state, into an empty database and into one preloaded with --preload statements, where GET agent+verb+since queries run during the ingest.',
  needs: ['postgres'],
  runs: 3,
  warmupRuns: 0,
  async setup(ctx) {
    const environment = ctx.environments.postgres;
    if (!environment) throw new Error('the lrs benchmark needs PostgreSQL');
    const settings = settingsOf(ctx);
    const dir = sharedDir(makeTempDir('luban-bench-lrs-'));
    const child = fork(fileURLToPath(new URL('./lrs-load.child.ts', import.meta.url)), [], { cwd: repoRoot, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    // the bodies go to the load process once, not with every measurement
    child.send({ kind: 'bodies', bodies: { b100: bodiesOf(settings, 100, 200), b1000: bodiesOf(settings, 1000, 20) } });
    const started: Target[] = [];
    let preloaded: PreloadedDatabase | undefined;
    try {
      // the runner's cluster gets the preloaded one's WAL settings (shared_buffers needs a restart: kept)
      for (const [key, value] of Object.entries(LRS_WAL_SETTINGS)) await environment.database.pool.query(`alter system set ${key} = '${value}'`);
      await environment.database.pool.query('select pg_reload_conf()');
      const fresh = await startTarget('fresh', environment);
      started.push(fresh);
      const isLoadedMeasured = settings.only === undefined || [...settings.only].some((name) => name.startsWith('loaded_'));
      if (!isLoadedMeasured) {
        ctx.note(`Only ${[...(settings.only ?? [])].join(', ')} measured: no preloaded database.`);
        return { child, fresh, loaded: undefined, queryPaths: [], dir, settings, nextId: 0, otherCores: [] };
      }
      preloaded = await openPreloaded(ctx, { count: settings.preload, learners: learnersOf(settings), cacheDir: settings.preloadCache, streams: settings.copyStreams });
      const database = preloaded;
      const loaded = await startTarget('loaded', database, { seedDemo: !database.isSeeded });
      database.markSeeded();
      started.push({ ...loaded, close: async () => { await loaded.close(); await database.stop(); } });
      const state: State = { child, fresh, loaded: started[1] ?? loaded, queryPaths: queryPathsOf(settings, database.builtAt), dir, settings, nextId: 0, otherCores: [] };
      describe(ctx, settings, database);
      return state;
    } catch (error) {
      child.kill();
      await Promise.allSettled(started.map((t) => t.close()));
      if (preloaded && started.length < 2) await preloaded.stop();
      removeDir(dir);
      throw error;
    }
  },
  async run(ctx, state) {
    state.otherCores = [];
    const figures = [
      ...(await measurePair(ctx, state, state.fresh, 100, false)),
      ...(await measurePair(ctx, state, state.fresh, 1000, false)),
      ...(state.loaded ? await measurePair(ctx, state, state.loaded, 100, true) : []),
      ...(state.loaded ? await measurePair(ctx, state, state.loaded, 1000, false) : []),
    ];
    if (state.otherCores.length > 0) figures.push({ name: OTHER_PROCESSES_FIGURE, unit: 'cores', value: state.otherCores.reduce((a, b) => a + b, 0) / state.otherCores.length, better: 'lower' });
    return figures;
  },
  async teardown(state) {
    state.child.kill();
    await Promise.allSettled([state.fresh.close(), state.loaded?.close()]);
    removeDir(state.dir);
  },
});
