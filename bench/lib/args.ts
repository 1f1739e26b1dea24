import type { EnvironmentKind } from './types.js';

export const ALL_ENGINES: EnvironmentKind[] = ['pglite', 'postgres'];

export type Arguments = {
  names: string[];
  runs: number | undefined;
  engines: EnvironmentKind[];
  list: boolean;
  help: boolean;
  /** wait up to this many seconds for other processes to leave the CPUs (nearly) idle before each benchmark */
  waitIdleSeconds: number;
  /** every other `--key value` (or `--key=value`), handed to the benchmarks */
  options: Record<string, string>;
};

export const USAGE = `Usage: npm run bench [-- <name>…] [--runs N] [--engines pglite,postgres] [--wait-idle S] [--list] [--<option> value]
  <name>      a benchmark in bench/benchmarks/<name>.bench.ts (all when none is given)
  --runs N    measured runs (each benchmark has its own default)
  --engines   optional databases to start (default: every available one)
  --list      list the benchmarks
  --wait-idle S  wait up to S seconds for the CPUs to be < 15 % busy (shared machines) before each benchmark
  other --key value pairs go to the benchmark (e.g. http: --duration 10 --warmup 2 --connections 10)
Environment: BENCH_DATABASE_URL (use this PostgreSQL server), BENCH_PG_BIN (PostgreSQL binaries), BENCH_TMPDIR`;

/** A mistake on the command line: printed without a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseArguments(argv: readonly string[]): Arguments {
  const parsed: Arguments = { names: [], runs: undefined, engines: ALL_ENGINES, list: false, help: false, waitIdleSeconds: 0, options: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--list') parsed.list = true;
    else if (arg === '--help' || arg === '-h') parsed.help = true;
    else if (arg.startsWith('--')) {
      const separator = arg.indexOf('=');
      const key = separator === -1 ? arg.slice(2) : arg.slice(2, separator);
      const value = separator === -1 ? argv[++i] : arg.slice(separator + 1);
      if (value === undefined) throw new UsageError(`--${key} needs a value`);
      if (key === 'runs') {
        parsed.runs = Number(value);
        if (!Number.isInteger(parsed.runs) || parsed.runs < 1) throw new UsageError('--runs must be a positive integer');
      } else if (key === 'wait-idle') {
        parsed.waitIdleSeconds = Number(value);
        if (!Number.isFinite(parsed.waitIdleSeconds) || parsed.waitIdleSeconds < 0) throw new UsageError('--wait-idle must be a number of seconds');
      } else if (key === 'engines') {
        const engines = value.split(',').map((e) => e.trim());
        const unknown = engines.filter((e) => !ALL_ENGINES.includes(e as EnvironmentKind));
        if (unknown.length > 0) throw new UsageError(`--engines: unknown ${unknown.join(', ')} (known: ${ALL_ENGINES.join(', ')})`);
        parsed.engines = engines as EnvironmentKind[];
      } else parsed.options[key] = value;
    } else parsed.names.push(arg);
  }
  return parsed;
}
