import { employedOf, placedOf, type MetricValue, type OfferingYearIndicators } from '../../../../../shared/contracts/governance/indicators.js';
import { indicatorDefinitions, type OfferingIndicatorId, type Pooling } from '../../../../../shared/contracts/governance/rule-packs.js';
import type { RuleRow } from './input.js';

/**
 * Indicator computation (governance-rules.md, "Indicators"). Every rate keeps its numerator and
 * denominator; a figure over fewer than the minimum count (default 30) is insufficient data, never
 * pass or fail; pooling sums numerators and denominators over years, never averages rates.
 */

export const DEFAULT_MIN_COUNT = 30;

/** One offering-year's figure before the minimum count is applied. `count` is what the minimum count is checked against (null: a plain count, always sufficient). */
export type RawFigure = { numerator: number | null; denominator: number | null; value: number | null; count: number | null };

/** A computed indicator: numerator, denominator, value (null when it cannot be computed) and whether it clears the minimum count. */
export type IndicatorRate = {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  isSufficient: boolean;
  /** The years the figure covers (one, or the pooled years that had data). */
  years: number[];
};

/** Not applicable in this year (e.g. first-year intake after the first year). */
export const NOT_APPLICABLE = 'not-applicable' as const;

/** Rows by year: a Map will do; the engine uses a compact list (an offering has a handful of years). */
export type YearRows = { get(year: number): RuleRow | undefined; has(year: number): boolean };

/** The offering's yearly rows by year, and when it opened (first-year intake, years without enrollment). */
export type OfferingRows = { openedYear: number; rows: YearRows };

const ratio = (numerator: number, denominator: number, count: number): RawFigure => ({ numerator, denominator, value: denominator > 0 ? numerator / denominator : null, count });
const plainCount = (value: number): RawFigure => ({ numerator: value, denominator: null, value, count: null });

function metricFigure(metric: MetricValue | undefined): RawFigure | undefined {
  if (!metric) return undefined;
  if ('numerator' in metric) return ratio(metric.numerator, metric.denominator, metric.denominator);
  return { numerator: null, denominator: null, value: metric.value, count: metric.count };
}

/** Teachers weighted as the 教发〔2004〕2号 formula does: full-time + 0.5 × external. */
export const weightedTeachers = (row: Pick<OfferingYearIndicators, 'fullTimeTeachers' | 'externalTeachers'>) => row.fullTimeTeachers + 0.5 * row.externalTeachers;

/** Destination sums of a row, stored or compact. */
const placedFirstOf = (row: RuleRow) => ('placedFirst' in row ? row.placedFirst : placedOf(row.destinationFirst));
const placedYearEndOf = (row: RuleRow) => ('placedYearEnd' in row ? row.placedYearEnd : placedOf(row.destinationYearEnd));
const employedYearEndOf = (row: RuleRow) => ('employedYearEnd' in row ? row.employedYearEnd : employedOf(row.destinationYearEnd));

/** The raw figure of one row-based indicator (all but years-without-enrollment); undefined when the data is absent. */
export function rowFigure(indicator: OfferingIndicatorId, row: RuleRow, openedYear: number): RawFigure | undefined | typeof NOT_APPLICABLE {
  switch (indicator) {
    case 'destination-rate-first':
      return ratio(placedFirstOf(row), row.graduates, row.graduates);
    case 'destination-rate-year-end':
      return ratio(placedYearEndOf(row), row.graduates, row.graduates);
    case 'related-employment-rate': {
      const employed = employedYearEndOf(row);
      return ratio(row.relatedEmployed, employed, employed);
    }
    case 'fill-rate':
      return ratio(row.entrants, row.plannedPlaces, row.plannedPlaces);
    case 'entrants':
      return plainCount(row.entrants);
    case 'first-year-intake':
      return row.year === openedYear ? plainCount(row.entrants) : NOT_APPLICABLE;
    case 'enrollment':
      return plainCount(row.enrollment);
    case 'student-teacher-ratio':
      return ratio(row.enrollment, weightedTeachers(row), row.enrollment);
    case 'dual-qualified-share':
      return ratio(row.dualQualifiedTeachers, row.fullTimeTeachers, row.fullTimeTeachers);
    case 'years-without-enrollment':
      return undefined;
    default:
      return metricFigure(row.metrics?.[indicator]);
  }
}

/** Consecutive years up to `year` with zero entrants; a missing year (no row) ends the run, and no row for `year` means no data. */
export function yearsWithoutEnrollment(offering: OfferingRows, year: number): { count: number; years: number[] } | undefined {
  if (!offering.rows.has(year)) return undefined;
  const years: number[] = [];
  for (let y = year; y >= offering.openedYear; y -= 1) {
    const row = offering.rows.get(y);
    if (!row || row.entrants !== 0) break;
    years.push(y);
  }
  return { count: years.length, years: years.reverse() };
}

const isSufficient = (figure: RawFigure, minCount: number) => figure.value !== null && (figure.count === null || figure.count >= minCount);

function toRate(figure: RawFigure, minCount: number, years: number[]): IndicatorRate {
  return { numerator: figure.numerator, denominator: figure.denominator, value: figure.value, isSufficient: isSufficient(figure, minCount), years };
}

/** Sum figures (pooling over years, or over a college's offerings): numerators, denominators and counts add up. */
export function sumFigures(figures: readonly RawFigure[]): RawFigure | undefined {
  if (figures.length === 0) return undefined;
  let numerator = 0;
  let denominator = 0;
  let count = 0;
  let isPlain = true;
  for (const figure of figures) {
    numerator += figure.numerator ?? 0;
    denominator += figure.denominator ?? 0;
    if (figure.count !== null) {
      count += figure.count;
      isPlain = false;
    }
  }
  if (isPlain) return plainCount(numerator);
  return ratio(numerator, denominator, count);
}

export type ComputeOptions = { minCount?: number; pooling?: Pooling };

function singleYear(indicator: OfferingIndicatorId, offering: OfferingRows, year: number): RawFigure | undefined | typeof NOT_APPLICABLE {
  if (indicator === 'years-without-enrollment') {
    const run = yearsWithoutEnrollment(offering, year);
    return run ? plainCount(run.count) : undefined;
  }
  const row = offering.rows.get(year);
  return row ? rowFigure(indicator, row, offering.openedYear) : undefined;
}

function pooled(indicator: OfferingIndicatorId, offering: OfferingRows, year: number, years: number): { figure: RawFigure | undefined; years: number[] } {
  const figures: RawFigure[] = [];
  const covered: number[] = [];
  for (let y = year - years + 1; y <= year; y += 1) {
    const figure = singleYear(indicator, offering, y);
    if (figure && figure !== NOT_APPLICABLE) {
      figures.push(figure);
      covered.push(y);
    }
  }
  return { figure: sumFigures(figures), years: covered };
}

/**
 * One indicator of one offering in one year, with the minimum count and optional pooling:
 * `always` pools the last `years` years; `insufficient` pools only when the year alone is below the minimum count.
 */
export function computeIndicator(indicator: OfferingIndicatorId, offering: OfferingRows, year: number, options: ComputeOptions = {}): IndicatorRate | typeof NOT_APPLICABLE {
  const minCount = options.minCount ?? DEFAULT_MIN_COUNT;
  const pooling = indicatorDefinitions[indicator].isPoolable ? options.pooling : undefined;
  const single = pooling?.when === 'always' ? undefined : singleYear(indicator, offering, year);
  if (single === NOT_APPLICABLE) return NOT_APPLICABLE;
  if (single && (isSufficient(single, minCount) || !pooling)) return toRate(single, minCount, [year]);
  if (!pooling) return { numerator: null, denominator: null, value: null, isSufficient: false, years: [year] };
  const result = pooled(indicator, offering, year, pooling.years);
  if (!result.figure) return { numerator: null, denominator: null, value: null, isSufficient: false, years: result.years };
  return toRate(result.figure, minCount, result.years);
}

const rowIndicators: OfferingIndicatorId[] = [
  'destination-rate-first',
  'destination-rate-year-end',
  'related-employment-rate',
  'fill-rate',
  'entrants',
  'enrollment',
  'years-without-enrollment',
  'student-teacher-ratio',
  'dual-qualified-share',
];

/** Every core indicator of an offering in a year (for dashboards and the public site), with the same minimum count and pooling rules. */
export function computeOfferingIndicators(offering: OfferingRows, year: number, options: ComputeOptions = {}): Partial<Record<OfferingIndicatorId, IndicatorRate>> {
  const result: Partial<Record<OfferingIndicatorId, IndicatorRate>> = {};
  for (const indicator of rowIndicators) {
    const rate = computeIndicator(indicator, offering, year, options);
    if (rate !== NOT_APPLICABLE) result[indicator] = rate;
  }
  return result;
}
