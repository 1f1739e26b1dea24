// Builds the lrs benchmark's preloaded cluster ahead of a measured run, outside the benchmark
// lock: `/tmp/bin/quiet npx tsx bench/benchmarks/lrs-prepare.ts --preload 10000000`
// (same --preload, --copy-streams and --preload-cache as the run will use).
import { formatNumber } from '../lib/stats.js';
import type { BenchContext } from '../lib/types.js';
import { defaultPreloadCache, learnersFor, openPreloaded } from './lrs-preload.js';

function optionsOf(argv: string[]): Record<string, string> {
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i] ?? '';
    const value = argv[i + 1];
    if (!key.startsWith('--') || value === undefined) throw new Error(`usage: lrs-prepare.ts [--preload N] [--copy-streams N] [--preload-cache DIR]; got ${key}`);
    options[key.slice(2)] = value;
  }
  return options;
}

const options = optionsOf(process.argv.slice(2));
const numberOption = (name: string, fallback: number) => {
  const value = Number(options[name] ?? fallback);
  if (!Number.isFinite(value)) throw new Error(`--${name} must be a number`);
  return value;
};
const ctx: BenchContext = { environments: {}, options, numberOption, note: (text) => console.log(text), log: (text) => console.log(text) };
const count = numberOption('preload', 10_000_000);
const started = performance.now();
const preloaded = await openPreloaded(ctx, {
  count,
  learners: learnersFor(count),
  cacheDir: options['preload-cache'] ?? defaultPreloadCache,
  streams: numberOption('copy-streams', 2),
});
// rows a measured run added were DELETEd again: vacuum them away here, outside the benchmark lock
const vacuumStarted = performance.now();
await preloaded.database.pool.query('vacuum (analyze) lrs.statements, lrs.statement_ids, lrs.activities');
console.log(`vacuumed in ${formatNumber((performance.now() - vacuumStarted) / 1000)} s`);
await preloaded.stop();
console.log(`preload of ${formatNumber(count)} statements ready in ${formatNumber((performance.now() - started) / 1000)} s`);
