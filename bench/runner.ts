// `npm run bench [-- <name>…] [--runs N] [--engines pglite,postgres] [--wait-idle S] [--list] [--<option> value]`
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startPglite } from './env/pglite.js';
import { isPostgresAvailable, startPostgres } from './env/postgres.js';
import { ALL_ENGINES, parseArguments, USAGE, UsageError, type Arguments } from './lib/args.js';
import { describeMachine, formatMachine, sampleCpuBusy, type MachineInfo } from './lib/machine.js';
import { resultsDir, writeResult, writeSummary, type BenchResult } from './lib/results.js';
import { computeRatios, formatNumber, summarizeFigures, type FigureSummary, type RatioSummary } from './lib/stats.js';
import { OTHER_PROCESSES_FIGURE, type BenchContext, type BenchDatabase, type Benchmark, type EnvironmentKind, type Figure, type RunContext } from './lib/types.js';

const benchmarksDir = fileURLToPath(new URL('./benchmarks/', import.meta.url));
async function loadBenchmarks(): Promise<Benchmark[]> {
  const files = fs.readdirSync(benchmarksDir).filter((f) => f.endsWith('.bench.ts')).sort();
  const benchmarks: Benchmark[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(path.join(benchmarksDir, file)).href)) as { benchmark?: Benchmark };
    if (!module.benchmark) throw new Error(`${file} does not export \`benchmark\``);
    if (`${module.benchmark.name}.bench.ts` !== file) throw new Error(`${file} exports benchmark "${module.benchmark.name}"`);
    benchmarks.push(module.benchmark);
  }
  return benchmarks;
}

const starters: Record<EnvironmentKind, () => Promise<BenchDatabase>> = { pglite: startPglite, postgres: startPostgres };
const availability: Record<EnvironmentKind, () => boolean> = { pglite: () => true, postgres: isPostgresAvailable };

/** Stops what was started, newest first; also on Ctrl-C. */
const cleanups: (() => Promise<void>)[] = [];
async function cleanUp(): Promise<void> {
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop()!;
    await cleanup().catch((error: unknown) => console.error('cleanup failed:', error));
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping what the benchmark started…`);
    void cleanUp().finally(() => process.exit(130));
  });
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

function printTable(figures: Record<string, FigureSummary>, ratios: Record<string, RatioSummary>): void {
  const referenced = new Set(Object.values(ratios).map((r) => r.reference));
  const rows = Object.entries(figures).map(([name, f]) => {
    const ratio = Object.values(ratios).find((r) => r.figure === name);
    return [
      name,
      formatNumber(f.median),
      f.unit,
      `${formatNumber(f.min)} – ${formatNumber(f.max)}`,
      ratio ? `${formatNumber(ratio.ratio)}× ${ratio.reference} (${f.better} is better)` : referenced.has(name) ? '(reference)' : '—',
    ];
  });
  const header = ['figure', 'median', 'unit', 'min – max', 'median ÷ reference median'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 || i === 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

const IDLE_BUSY_PERCENT = 15;

/** Samples CPU use each second until it drops under IDLE_BUSY_PERCENT or the time is up; returns the last sample. */
async function waitForIdle(seconds: number): Promise<number | undefined> {
  const deadline = performance.now() + seconds * 1000;
  let busy = await sampleCpuBusy();
  if (busy === undefined || busy < IDLE_BUSY_PERCENT || seconds <= 0) return busy;
  console.log(`  waiting up to ${seconds} s for other processes to leave the CPUs (now ${busy} % busy)…`);
  while (busy !== undefined && busy >= IDLE_BUSY_PERCENT && performance.now() < deadline) busy = await sampleCpuBusy();
  return busy;
}

async function runBenchmark(benchmark: Benchmark, args: Arguments): Promise<BenchResult> {
  const started = performance.now();
  const machine: MachineInfo = { ...describeMachine(), busyBefore: await waitForIdle(args.waitIdleSeconds) };
  if ((machine.busyBefore ?? 0) >= IDLE_BUSY_PERCENT) console.log(`  ⚠ other processes keep the CPUs ${machine.busyBefore} % busy: expect lower, noisier figures`);
  const notes: string[] = [];
  const environments: Partial<Record<EnvironmentKind, BenchDatabase>> = {};
  const log = (text: string) => console.log(text);
  const note = (text: string) => {
    if (!notes.includes(text)) notes.push(text);
  };
  const starting: Promise<void>[] = [];
  for (const kind of [...benchmark.needs, ...benchmark.wants.filter((w) => !benchmark.needs.includes(w))]) {
    const isNeeded = benchmark.needs.includes(kind);
    if (!isNeeded && !args.engines.includes(kind)) {
      note(`${kind}: skipped (--engines ${args.engines.join(',')}).`);
      continue;
    }
    if (!isNeeded && !availability[kind]()) {
      note(`${kind}: not available here, skipped.`);
      continue;
    }
    const t = performance.now();
    starting.push(
      starters[kind]().then((environment) => {
        cleanups.push(() => environment.stop());
        environments[kind] = environment;
        log(`  ${kind} ready in ${seconds(t)}: ${environment.description}`);
      }),
    );
  }
  // started side by side; a failure surfaces after the others have settled (and are cleaned up)
  const failed = (await Promise.allSettled(starting)).find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  const context: BenchContext = {
    environments,
    options: args.options,
    numberOption(name, fallback) {
      const raw = args.options[name];
      if (raw === undefined) return fallback;
      const value = Number(raw);
      if (!Number.isFinite(value)) throw new Error(`--${name} must be a number, got ${raw}`);
      return value;
    },
    note,
    log,
  };
  const setupStarted = performance.now();
  const open = await benchmark.open(context);
  cleanups.push(() => open.close());
  log(`  set up in ${seconds(setupStarted)}`);

  const runs = args.runs ?? benchmark.runs;
  const warmupText = open.hasWarmup ? 'after its own warm-up pass' : `after ${benchmark.warmupRuns} discarded warm-up run(s)`;
  const warmups = open.hasWarmup ? 1 : benchmark.warmupRuns;
  for (let i = 0; i < warmups; i++) {
    log(`warm-up ${i + 1}/${warmups}`);
    await open.warmup({ ...context, runIndex: -1 } satisfies RunContext);
  }
  const measured: Figure[][] = [];
  for (let i = 0; i < runs; i++) {
    log(`run ${i + 1}/${runs}`);
    measured.push(await open.run({ ...context, runIndex: i }));
  }
  await cleanUp();
  machine.busyAfter = await sampleCpuBusy();
  const figures = summarizeFigures(measured);
  const ratios = computeRatios(measured, figures);
  const contention = figures[OTHER_PROCESSES_FIGURE];
  const crowded = `throughput and latency are worse than on an idle machine, and ratios suffer too — a request that waits on several processes (Node, database) loses more to a crowded scheduler than a bare reply does. CPU time per request is the steadier figure.`;
  if (contention && contention.median >= (machine.cpus * IDLE_BUSY_PERCENT) / 100) {
    note(`Other processes kept ${formatNumber(contention.median, 2)} of the ${machine.cpus} cores busy during the measurements (median over runs, ${formatNumber(contention.min, 2)} – ${formatNumber(contention.max, 2)}): ${crowded}`);
  } else if (!contention && Math.max(machine.busyBefore ?? 0, machine.busyAfter ?? 0) >= IDLE_BUSY_PERCENT) {
    const busiest = Math.max(machine.busyBefore ?? 0, machine.busyAfter ?? 0);
    note(`Other processes kept the CPUs ${busiest} % busy around this run (sampled for 1 s before and after): ${crowded}`);
  }

  log(`\n${benchmark.name}: median of ${runs} runs (${seconds(started)} in all)\n`);
  printTable(figures, ratios);
  if (notes.length > 0) log(`\n${notes.map((n) => `• ${n}`).join('\n')}`);
  return {
    name: benchmark.name,
    description: benchmark.description,
    date: new Date().toISOString(),
    command: ['npm run bench --', ...process.argv.slice(2)].join(' '),
    machine,
    runs,
    warmup: warmupText,
    environments: ALL_ENGINES.flatMap((kind) => {
      const environment = environments[kind];
      return environment ? [{ kind, description: environment.description }] : [];
    }),
    figures,
    ratios,
    notes,
  };
}

async function main(): Promise<void> {
  const args = parseArguments(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const benchmarks = await loadBenchmarks();
  if (args.list) {
    for (const b of benchmarks) console.log(`${b.name.padEnd(16)} ${b.description}`);
    return;
  }
  const unknown = args.names.filter((n) => !benchmarks.some((b) => b.name === n));
  if (unknown.length > 0) throw new UsageError(`unknown benchmark(s): ${unknown.join(', ')} (known: ${benchmarks.map((b) => b.name).join(', ')})`);
  const selected = args.names.length > 0 ? benchmarks.filter((b) => args.names.includes(b.name)) : benchmarks;
  const machine = describeMachine();
  console.log(`machine: ${formatMachine(machine)}`);
  for (const benchmark of selected) {
    console.log(`\n▶ ${benchmark.name}: ${benchmark.description}`);
    const result = await runBenchmark(benchmark, args);
    const file = writeResult(result);
    console.log(`\nwrote ${path.relative(process.cwd(), file)}`);
  }
  const summary = writeSummary(resultsDir);
  console.log(`wrote ${path.relative(process.cwd(), summary)}`);
}

try {
  await main();
} catch (error) {
  if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
  else console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  await cleanUp();
  process.exitCode = 1;
}
