import os from 'node:os';
import { startBareServer, type BareServer } from '../lib/bare-server.js';
import { startLoadClient, type LoadClient } from '../lib/load-client.js';
import type { LoadOptions, LoadResult } from '../lib/load-protocol.js';
import { capture, logIn, startLuban, type RunningLuban } from '../lib/luban-app.js';
import { machineBusyMicros } from '../lib/machine.js';
import { formatNumber } from '../lib/stats.js';
import { defineBenchmark, OTHER_PROCESSES_FIGURE, type EnvironmentKind, type Figure, type RunContext } from '../lib/types.js';

const ROUTE = '/api/v1/auth/me';
const USER = 'demo.national';

type Target = {
  name: string;
  url: string;
  headers: Record<string, string>;
  /** CPU µs used so far by the database server's processes, when it runs outside this process */
  databaseCpuMicros(): number | undefined;
};

type Measurement = {
  result: LoadResult;
  serverCpuMicros: number;
  databaseCpuMicros: number | undefined;
  /** cores that processes other than the benchmark's own (server, database, client) kept busy, on average */
  otherCores: number | undefined;
};

type Settings = { durationSeconds: number; warmupSeconds: number; connections: number; pipelining: number };

type State = { client: LoadClient; bare: BareServer; apps: RunningLuban[]; targets: Target[]; settings: Settings };

function load(target: Target, settings: Settings, durationSeconds: number): LoadOptions {
  return { url: target.url, headers: target.headers, connections: settings.connections, pipelining: settings.pipelining, durationSeconds };
}

function check(target: Target, result: LoadResult): void {
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0 || result.responses2xx === 0) {
    throw new Error(
      `${target.name}: ${result.responses2xx} ok, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts — refusing to report figures`,
    );
  }
}

async function measure(client: LoadClient, target: Target, options: LoadOptions): Promise<Measurement> {
  const databaseBefore = target.databaseCpuMicros();
  const machineBefore = machineBusyMicros();
  const started = performance.now();
  const before = process.cpuUsage();
  const result = await client.run(options);
  const cpu = process.cpuUsage(before);
  const elapsedMicros = (performance.now() - started) * 1000;
  const machineAfter = machineBusyMicros();
  const databaseAfter = target.databaseCpuMicros();
  check(target, result);
  const serverCpuMicros = cpu.user + cpu.system;
  const databaseCpuMicros = databaseBefore !== undefined && databaseAfter !== undefined ? databaseAfter - databaseBefore : undefined;
  const ours = serverCpuMicros + (databaseCpuMicros ?? 0) + result.clientCpuMicros;
  const otherCores =
    machineBefore !== undefined && machineAfter !== undefined ? Math.max(0, machineAfter - machineBefore - ours) / elapsedMicros : undefined;
  return { result, serverCpuMicros, databaseCpuMicros, otherCores };
}

function figuresOf(target: Target, { result, serverCpuMicros, databaseCpuMicros }: Measurement): Figure[] {
  const reference = (suffix: string) => (target.name === 'bare' ? {} : { reference: `bare_${suffix}` });
  const perResponse = (micros: number) => micros / result.responses2xx;
  const database: Figure[] =
    databaseCpuMicros === undefined
      ? []
      : [{ name: `${target.name}_db_cpu_us_per_req`, unit: 'µs/req', value: perResponse(databaseCpuMicros), better: 'lower' }];
  return [
    { name: `${target.name}_rps`, unit: 'req/s', value: result.requestsPerSecond, better: 'higher', ...reference('rps') },
    { name: `${target.name}_p50_ms`, unit: 'ms', value: result.latencyMs.p50, better: 'lower', ...reference('p50_ms') },
    { name: `${target.name}_p95_ms`, unit: 'ms', value: result.latencyMs.p95, better: 'lower', ...reference('p95_ms') },
    { name: `${target.name}_p99_ms`, unit: 'ms', value: result.latencyMs.p99, better: 'lower', ...reference('p99_ms') },
    { name: `${target.name}_cpu_us_per_req`, unit: 'µs/req', value: perResponse(serverCpuMicros), better: 'lower', ...reference('cpu_us_per_req') },
    ...database,
  ];
}

/** The targets in a different order each run, so drift over the run does not favour one of them. */
function rotate<T>(items: readonly T[], by: number): T[] {
  const shift = ((by % items.length) + items.length) % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

export const benchmark = defineBenchmark<State>({
  name: 'http',
  description:
    'An authenticated JSON route (GET /api/v1/auth/me with a session cookie) through the whole stack — Fastify, helmet, cookie signature, session and user lookup in the database, zod serialisation — against a bare node:http server returning the same bytes.',
  needs: ['pglite'],
  wants: ['postgres'],
  // 3 runs × 3 targets × (2 s + 10 s) ≈ 2 minutes; `--runs 5` for a tighter median
  runs: 3,
  async setup(ctx) {
    const settings: Settings = {
      durationSeconds: ctx.numberOption('duration', 10),
      warmupSeconds: ctx.numberOption('warmup', 2),
      connections: ctx.numberOption('connections', 10),
      pipelining: ctx.numberOption('pipelining', 1),
    };
    const client = await startLoadClient();
    const apps: RunningLuban[] = [];
    const lubanTargets: Target[] = [];
    let reference: Awaited<ReturnType<typeof capture>> | undefined;
    let referenceCookie = '';
    try {
      for (const kind of ['pglite', 'postgres'] satisfies EnvironmentKind[]) {
        const environment = ctx.environments[kind];
        if (!environment) continue;
        const app = await startLuban(environment);
        apps.push(app);
        const cookie = await logIn(app.baseUrl, USER);
        const captured = await capture(`${app.baseUrl}${ROUTE}`, { cookie });
        if (captured.status !== 200) throw new Error(`${kind}: GET ${ROUTE} answered ${captured.status}: ${captured.body.toString()}`);
        if (!reference) {
          reference = captured;
          referenceCookie = cookie;
        }
        lubanTargets.push({ name: `luban_${kind}`, url: `${app.baseUrl}${ROUTE}`, headers: { cookie }, databaseCpuMicros: () => environment.serverCpuMicros() });
        ctx.log(`  luban_${kind}: ${app.baseUrl}${ROUTE} answers 200, ${captured.body.length} bytes`);
      }
      if (!reference) throw new Error('no database environment started');
      const bare = await startBareServer(reference);
      const replayed = await capture(`${bare.baseUrl}${ROUTE}`, { cookie: referenceCookie });
      if (!replayed.body.equals(reference.body)) throw new Error('the bare server does not return the captured bytes');
      const bareTarget: Target = { name: 'bare', url: `${bare.baseUrl}${ROUTE}`, headers: { cookie: referenceCookie }, databaseCpuMicros: () => undefined };
      const targets = [bareTarget, ...lubanTargets];

      ctx.note(
        `Load: autocannon, ${settings.connections} connections, pipelining ${settings.pipelining}; each measurement is ${settings.warmupSeconds} s of warm-up (discarded) then ${settings.durationSeconds} s; the order of the targets rotates from run to run.`,
      );
      ctx.note(
        `Client (autocannon, in a child process of its own) and server share the ${os.availableParallelism()} cores: the figures are for a machine that is also generating the load, not a dedicated server.`,
      );
      ctx.note(
        'Both servers run in the benchmark process, one at a time under load, listening on 127.0.0.1: Luban composed with composeLuban() as `luban serve` does (PGlite in its worker thread; PostgreSQL backends as separate processes on the same cores).',
      );
      ctx.note(
        `The reference is a bare node:http server replaying the status, ${Object.keys(reference.headers).length} headers (helmet's included) and the ${reference.body.length}-byte JSON body Luban returned for the PGlite app; every target gets the same request (one session cookie).`,
      );
      ctx.note("Latency percentiles come from every 2xx response's own time (autocannon's 'response' event), not autocannon's 1 ms-resolution histogram.");
      ctx.note(
        '`*_cpu_us_per_req` is the benchmark process\'s CPU time (main thread and, for PGlite, its worker thread) per response during the measured seconds; `*_db_cpu_us_per_req` adds up the PostgreSQL processes of the cluster. CPU per request moves much less than req/s when other processes compete for the cores. `other_processes_cores`: the cores that processes other than the benchmark\'s own (its servers, database and load client) kept busy during the measured seconds, on average — 0 on a quiet machine.',
      );
      if (!ctx.environments.postgres) ctx.note('PostgreSQL was not available: only PGlite was measured.');
      return { client, bare, apps, targets, settings };
    } catch (error) {
      await Promise.allSettled(apps.map((a) => a.close()));
      await client.close();
      throw error;
    }
  },
  async warmup(ctx, state) {
    for (const target of state.targets) {
      const { result } = await measure(state.client, target, load(target, state.settings, state.settings.warmupSeconds));
      ctx.log(`  warm-up ${target.name}: ${formatNumber(result.requestsPerSecond)} req/s`);
    }
  },
  async run(ctx: RunContext, state) {
    const figures: Figure[] = [];
    const otherCores: number[] = [];
    for (const target of rotate(state.targets, ctx.runIndex)) {
      if (state.settings.warmupSeconds > 0) await measure(state.client, target, load(target, state.settings, state.settings.warmupSeconds));
      const measurement = await measure(state.client, target, load(target, state.settings, state.settings.durationSeconds));
      const { result } = measurement;
      const cores = (micros: number) => formatNumber(micros / (result.durationSeconds * 1_000_000), 2);
      const database = measurement.databaseCpuMicros === undefined ? '' : `, database ${cores(measurement.databaseCpuMicros)}`;
      ctx.log(
        `  ${target.name}: ${formatNumber(result.requestsPerSecond)} req/s, p50 ${formatNumber(result.latencyMs.p50)} ms, p95 ${formatNumber(result.latencyMs.p95)} ms, p99 ${formatNumber(result.latencyMs.p99)} ms; cores used: server ${cores(measurement.serverCpuMicros)}${database}, client ${cores(result.clientCpuMicros)}, other processes ${measurement.otherCores === undefined ? '?' : formatNumber(measurement.otherCores, 2)}`,
      );
      figures.push(...figuresOf(target, measurement));
      if (measurement.otherCores !== undefined) otherCores.push(measurement.otherCores);
    }
    if (otherCores.length > 0) {
      const mean = otherCores.reduce((a, b) => a + b, 0) / otherCores.length;
      figures.push({ name: OTHER_PROCESSES_FIGURE, unit: 'cores', value: mean, better: 'lower' });
    }
    return figures;
  },
  async teardown(state) {
    await state.client.close();
    await state.bare.close();
    await Promise.allSettled(state.apps.map((a) => a.close()));
  },
});
