import type { Database } from '../../src/server/db/open-db.js';

/** What a benchmark may ask the runner to start before it runs. */
export type EnvironmentKind = 'pglite' | 'postgres';

/** Which way a figure improves; ratios are read with it. */
export type Better = 'higher' | 'lower';

/** One measured number of one run. `reference` names the figure it is compared with (same run, same units). */
export type Figure = {
  name: string;
  unit: string;
  value: number;
  better: Better;
  reference?: string;
};

/**
 * A benchmark that can tell how many cores other processes kept busy while it measured
 * reports it as this figure (unit 'cores'); the runner then states the contention in the notes.
 */
export const OTHER_PROCESSES_FIGURE = 'other_processes_cores';

/** A started environment: a migrated, empty Luban database of one engine. */
export type BenchDatabase = {
  kind: EnvironmentKind;
  database: Database;
  /** For PostgreSQL: the URL of the database; undefined for PGlite. */
  databaseUrl: string | undefined;
  /** Human-readable: engine, version, settings. Written into the results. */
  description: string;
  /**
   * CPU time (µs) the database server's own processes have used so far (PostgreSQL), for
   * per-request CPU figures; undefined for PGlite, whose CPU is the benchmark process's own.
   */
  serverCpuMicros(): number | undefined;
  stop(): Promise<void>;
};

export type BenchContext = {
  /** Environments started for this benchmark, keyed by kind (optional ones only when available). */
  environments: Partial<Record<EnvironmentKind, BenchDatabase>>;
  /** Extra `--key value` flags from the command line that the runner does not know. */
  options: Record<string, string>;
  /** A numeric `--key value` flag or the default. */
  numberOption(name: string, fallback: number): number;
  /** Adds a line to the results' notes (printed and written). */
  note(text: string): void;
  log(text: string): void;
};

export type RunContext = BenchContext & {
  /** 0-based index of the measured run; -1 for a warm-up run. */
  runIndex: number;
};

export type BenchmarkDefinition<State> = {
  name: string;
  description: string;
  /** Started before `setup`; the benchmark fails when one cannot start. */
  needs: EnvironmentKind[];
  /** Started when available (binaries present or BENCH_DATABASE_URL set); skipped with a note otherwise. */
  wants?: EnvironmentKind[];
  /** Measured runs (default 5); `--runs N` overrides. */
  runs?: number;
  /** Runs discarded before measuring (default 1); `warmup` replaces them when given. */
  warmupRuns?: number;
  /** Compose apps, load data: done once, not timed. */
  setup(ctx: BenchContext): Promise<State>;
  /** A cheaper warm-up than a full discarded run (optional). */
  warmup?(ctx: RunContext, state: State): Promise<void>;
  /** One measured run: every figure, references included, measured in this call. */
  run(ctx: RunContext, state: State): Promise<Figure[]>;
  teardown?(state: State): Promise<void>;
};

/** A benchmark with its state type erased, as the runner sees it. */
export type Benchmark = {
  name: string;
  description: string;
  needs: EnvironmentKind[];
  wants: EnvironmentKind[];
  runs: number;
  warmupRuns: number;
  open(ctx: BenchContext): Promise<OpenBenchmark>;
};

export type OpenBenchmark = {
  hasWarmup: boolean;
  warmup(ctx: RunContext): Promise<void>;
  run(ctx: RunContext): Promise<Figure[]>;
  close(): Promise<void>;
};

/** Every `bench/benchmarks/<name>.bench.ts` exports `benchmark = defineBenchmark({...})`. */
export function defineBenchmark<State>(definition: BenchmarkDefinition<State>): Benchmark {
  return {
    name: definition.name,
    description: definition.description,
    needs: definition.needs,
    wants: definition.wants ?? [],
    runs: definition.runs ?? 5,
    warmupRuns: definition.warmupRuns ?? 1,
    async open(ctx) {
      const state = await definition.setup(ctx);
      return {
        hasWarmup: definition.warmup !== undefined,
        warmup: async (runCtx) => {
          if (definition.warmup) await definition.warmup(runCtx, state);
          else await definition.run(runCtx, state);
        },
        run: (runCtx) => definition.run(runCtx, state),
        close: async () => {
          await definition.teardown?.(state);
        },
      };
    },
  };
}
