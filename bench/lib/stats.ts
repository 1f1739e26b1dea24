import type { Better, Figure } from './types.js';

/** Median of a non-empty list (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Nearest-rank percentile (0 < p ≤ 100) of values already sorted ascending. */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export type FigureSummary = {
  median: number;
  unit: string;
  better: Better;
  reference: string | undefined;
  min: number;
  max: number;
  samples: number[];
};

export type RatioSummary = {
  figure: string;
  reference: string;
  /** median(figure) / median(reference) */
  ratio: number;
  /** figure / reference within each run */
  perRun: number[];
  better: Better;
  /** How to read the ratio, e.g. "higher is better: 0.25× the reference". */
  reading: string;
};

/** Collects each figure's samples over the runs (in run order) and takes their medians. */
export function summarizeFigures(runs: readonly Figure[][]): Record<string, FigureSummary> {
  const summaries: Record<string, FigureSummary> = {};
  for (const run of runs) {
    for (const figure of run) {
      const existing = summaries[figure.name];
      if (existing) {
        if (existing.unit !== figure.unit) throw new Error(`figure ${figure.name} changed unit: ${existing.unit} → ${figure.unit}`);
        existing.samples.push(figure.value);
      } else {
        summaries[figure.name] = {
          median: Number.NaN,
          unit: figure.unit,
          better: figure.better,
          reference: figure.reference,
          min: Number.NaN,
          max: Number.NaN,
          samples: [figure.value],
        };
      }
    }
  }
  for (const summary of Object.values(summaries)) {
    summary.median = median(summary.samples);
    summary.min = Math.min(...summary.samples);
    summary.max = Math.max(...summary.samples);
  }
  return summaries;
}

export function describeRatio(ratio: number, better: Better): string {
  const text = `${formatNumber(ratio, 3)}×`;
  if (better === 'higher') return `higher is better; ${text} the reference`;
  return `lower is better; ${text} the reference`;
}

/** ratio = median(figure) / median(reference) for every figure that names a reference. */
export function computeRatios(runs: readonly Figure[][], summaries: Record<string, FigureSummary>): Record<string, RatioSummary> {
  const ratios: Record<string, RatioSummary> = {};
  for (const [name, summary] of Object.entries(summaries)) {
    if (!summary.reference) continue;
    const reference = summaries[summary.reference];
    if (!reference) throw new Error(`figure ${name} names reference ${summary.reference}, which was not measured`);
    if (reference.unit !== summary.unit) throw new Error(`figure ${name} (${summary.unit}) and its reference ${summary.reference} (${reference.unit}) differ in unit`);
    const perRun: number[] = [];
    for (const run of runs) {
      const own = run.find((f) => f.name === name);
      const ref = run.find((f) => f.name === summary.reference);
      if (own && ref) perRun.push(own.value / ref.value);
    }
    const ratio = summary.median / reference.median;
    ratios[`${name}/${summary.reference}`] = {
      figure: name,
      reference: summary.reference,
      ratio,
      perRun,
      better: summary.better,
      reading: describeRatio(ratio, summary.better),
    };
  }
  return ratios;
}

/** Three significant digits for small numbers, thousands separators for large ones. */
export function formatNumber(value: number, significant = 3): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude >= 10 ** significant) return Math.round(value).toLocaleString('en-US');
  return Number(value.toPrecision(significant)).toLocaleString('en-US', { maximumSignificantDigits: significant });
}
