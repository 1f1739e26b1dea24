/**
 * Small-count rules shared by the dashboards and the public information service. A rate over
 * fewer than the minimum count (default 30) is "insufficient": officials see it marked, the
 * public never sees it for one year. For the public a small year is pooled with the years just
 * before it (numerators and denominators summed) until the pool reaches the minimum; if even
 * the pool stays below it, the figure is suppressed. Pure.
 */

export const DEFAULT_MIN_COUNT = 30;
/** At most this many years (the year asked for and those just before it) go into one pool. */
export const DEFAULT_POOL_YEARS = 3;

export type Ratio = { numerator: number; denominator: number; rate: number | null; isInsufficient: boolean };

/** numerator ÷ denominator, null when the denominator is 0; insufficient below `minCount` (exactly the minimum is enough). */
export function ratioOf(numerator: number, denominator: number, minCount: number = DEFAULT_MIN_COUNT): Ratio {
  return { numerator, denominator, rate: denominator > 0 ? numerator / denominator : null, isInsufficient: denominator < minCount };
}

export function rateOf(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

export type YearCount = { year: number; numerator: number; denominator: number };
export type PublishedStatus = 'reported' | 'pooled' | 'suppressed' | 'no-data';
export type PublishedFigure = { status: PublishedStatus; years: number[]; numerator: number | null; denominator: number | null; rate: number | null };

export type SuppressionRules = { minCount: number; poolYears: number };
export const defaultSuppressionRules: SuppressionRules = { minCount: DEFAULT_MIN_COUNT, poolYears: DEFAULT_POOL_YEARS };

const noData: PublishedFigure = { status: 'no-data', years: [], numerator: null, denominator: null, rate: null };

/**
 * What the public may see of a series as of `year` (default: the latest year with a
 * denominator). Only consecutive years ending at that year are pooled: a gap ends the pool,
 * because a figure spanning a gap would describe cohorts the reader cannot tell apart.
 */
export function publishFigure(series: readonly YearCount[], rules: SuppressionRules = defaultSuppressionRules, year?: number): PublishedFigure {
  const byYear = new Map(series.filter((s) => s.denominator > 0).map((s) => [s.year, s]));
  const target = year ?? Math.max(...byYear.keys());
  const first = byYear.get(target);
  if (!first) return noData;
  if (first.denominator >= rules.minCount) {
    return { status: 'reported', years: [target], numerator: first.numerator, denominator: first.denominator, rate: first.numerator / first.denominator };
  }
  let numerator = first.numerator;
  let denominator = first.denominator;
  const years = [target];
  for (let offset = 1; offset < rules.poolYears && denominator < rules.minCount; offset += 1) {
    const previous = byYear.get(target - offset);
    if (!previous) break;
    numerator += previous.numerator;
    denominator += previous.denominator;
    years.unshift(target - offset);
  }
  if (denominator < rules.minCount) return { status: 'suppressed', years, numerator: null, denominator: null, rate: null };
  return { status: 'pooled', years, numerator, denominator, rate: numerator / denominator };
}

/** `2024` or `2022-2024`, for CSV cells and labels. */
export function yearsLabel(years: readonly number[]): string {
  if (years.length === 0) return '';
  const first = years[0];
  const last = years[years.length - 1];
  return first === last ? String(first) : `${first}-${last}`;
}
