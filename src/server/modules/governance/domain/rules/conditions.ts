import type { FindingFact } from '../../../../../shared/contracts/governance/findings.js';
import type { BenchmarkCondition, CapCondition, Comparison, Condition, ThresholdCondition } from '../../../../../shared/contracts/governance/rule-packs.js';
import { existsIn, type CollegeEntry, type EngineIndex, type OfferingEntry, type ProgramGroup } from './engine-index.js';
import { computeIndicator, DEFAULT_MIN_COUNT, NOT_APPLICABLE, rowFigure, sumFigures, type IndicatorRate, type RawFigure } from './indicators.js';
import type { RuleCollege } from './input.js';

/**
 * Evaluation of one condition for one subject in one year: met, not met, insufficient data or not
 * applicable. Facts are collected only when asked for (`facts` not null): the engine decides first
 * and explains only what fired, which keeps a national run to one cheap pass.
 */
export type State = 'met' | 'not-met' | 'insufficient' | 'not-applicable';
export type Membership = 'in' | 'out' | 'unknown';

export type Subject = { kind: 'offering'; entry: OfferingEntry } | { kind: 'college'; entry: CollegeEntry } | { kind: 'program-in-region'; group: ProgramGroup };

type BenchmarkGroup = { sorted: Float64Array; mean: number | null };

export type RuleContext = {
  index: EngineIndex;
  includesOffering: (entry: OfferingEntry, year: number) => Membership;
  includesCollege: (college: RuleCollege, year: number) => Membership;
  benchmarks: Map<BenchmarkCondition, Map<string, BenchmarkGroup>>;
};

export function compare(value: number, comparison: Comparison, threshold: number): boolean {
  switch (comparison) {
    case 'lt':
      return value < threshold;
    case 'lte':
      return value <= threshold;
    case 'gt':
      return value > threshold;
    case 'gte':
      return value >= threshold;
    case 'eq':
      return value === threshold;
  }
}

function rateFact(indicator: string, rate: IndicatorRate, year: number, isMet: boolean, extra: Partial<FindingFact> = {}): FindingFact {
  const isSingle = rate.years.length === 1 && rate.years[0] === year;
  return {
    indicator,
    year: isSingle ? year : null,
    ...(isSingle ? {} : { years: rate.years }),
    numerator: rate.numerator,
    denominator: rate.denominator,
    value: rate.isSufficient ? rate.value : null,
    isMet,
    ...extra,
  };
}

function collegeMembers(entry: CollegeEntry, year: number, ctx: RuleContext): OfferingEntry[] {
  return entry.offerings.filter((o) => existsIn(o.offering, year) && ctx.includesOffering(o, year) === 'in');
}

function collegeRate(condition: ThresholdCondition, entry: CollegeEntry, year: number, ctx: RuleContext): IndicatorRate {
  const minCount = condition.minCount ?? DEFAULT_MIN_COUNT;
  const members = collegeMembers(entry, year, ctx);
  const sumOver = (years: number[]) => {
    const figures: RawFigure[] = [];
    const covered: number[] = [];
    for (const y of years) {
      let hasYear = false;
      for (const member of members) {
        const row = member.rows.get(y);
        const figure = row ? rowFigure(condition.indicator, row, member.openedYear) : undefined;
        if (figure && figure !== NOT_APPLICABLE) {
          figures.push(figure);
          hasYear = true;
        }
      }
      if (hasYear) covered.push(y);
    }
    const sum = sumFigures(figures);
    const isSufficient = !!sum && sum.value !== null && (sum.count === null || sum.count >= minCount);
    return { numerator: sum?.numerator ?? null, denominator: sum?.denominator ?? null, value: sum?.value ?? null, isSufficient, years: covered.length > 0 ? covered : [year] };
  };
  const pooling = condition.pooling;
  const window = pooling ? Array.from({ length: pooling.years }, (_, i) => year - pooling.years + 1 + i) : [year];
  if (pooling?.when === 'always') return sumOver(window);
  const single = sumOver([year]);
  return single.isSufficient || !pooling ? single : sumOver(window);
}

function evaluateThreshold(condition: ThresholdCondition, subject: Subject, year: number, ctx: RuleContext, facts: FindingFact[] | null): State {
  let rate: IndicatorRate | typeof NOT_APPLICABLE;
  if (subject.kind === 'offering') rate = computeIndicator(condition.indicator, subject.entry, year, condition);
  else if (subject.kind === 'college') rate = collegeRate(condition, subject.entry, year, ctx);
  else return 'not-applicable';
  if (rate === NOT_APPLICABLE) return 'not-applicable';
  const isMet = rate.isSufficient && rate.value !== null && compare(rate.value, condition.comparison, condition.value);
  facts?.push(rateFact(condition.indicator, rate, year, isMet, { threshold: condition.value, comparison: condition.comparison }));
  return rate.isSufficient ? (isMet ? 'met' : 'not-met') : 'insufficient';
}

/** Count of values strictly below `value` (sorted ascending). */
function countBelow(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Count of values at or below `value`. */
function countAtOrBelow(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function benchmarkGroup(condition: BenchmarkCondition, entry: OfferingEntry, year: number, ctx: RuleContext): BenchmarkGroup | undefined {
  const regionCode = condition.region === 'province' ? entry.offering.provinceCode : entry.prefectureCode;
  if (regionCode === null) return undefined;
  const key = `${regionCode}|${entry.offering.level}|${year}`;
  let cache = ctx.benchmarks.get(condition);
  if (!cache) {
    cache = new Map();
    ctx.benchmarks.set(condition, cache);
  }
  const cached = cache.get(key);
  if (cached) return cached;
  const values: number[] = [];
  let numerator = 0;
  let denominator = 0;
  for (const member of ctx.index.regionOfferings(regionCode, entry.offering.level)) {
    if (!existsIn(member.offering, year) || ctx.includesOffering(member, year) !== 'in') continue;
    const rate = computeIndicator(condition.indicator, member, year, condition);
    if (rate === NOT_APPLICABLE) continue;
    if (rate.isSufficient && rate.value !== null) values.push(rate.value);
    numerator += rate.numerator ?? 0;
    denominator += rate.denominator ?? 0;
  }
  const group = { sorted: Float64Array.from(values).sort(), mean: denominator > 0 ? numerator / denominator : null };
  cache.set(key, group);
  return group;
}

function evaluateBenchmark(condition: BenchmarkCondition, subject: Subject, year: number, ctx: RuleContext, facts: FindingFact[] | null): State {
  if (subject.kind !== 'offering') return 'not-applicable';
  const rate = computeIndicator(condition.indicator, subject.entry, year, condition);
  if (rate === NOT_APPLICABLE) return 'not-applicable';
  const group = benchmarkGroup(condition, subject.entry, year, ctx);
  const n = group?.sorted.length ?? 0;
  if (!group || !rate.isSufficient || rate.value === null || n < (condition.minGroupSize ?? 1)) {
    facts?.push(rateFact(condition.indicator, rate, year, false));
    return 'insufficient';
  }
  const value = rate.value;
  let isMet: boolean;
  let extra: Partial<FindingFact>;
  if (condition.mode === 'bottom' || condition.mode === 'top') {
    const percent = condition.percent ?? 0;
    const isBottom = condition.mode === 'bottom';
    const percentile = isBottom ? countBelow(group.sorted, value) / n : countAtOrBelow(group.sorted, value) / n;
    const threshold = isBottom ? percent / 100 : (100 - percent) / 100;
    const comparison: Comparison = isBottom ? 'lt' : 'gt';
    isMet = compare(percentile, comparison, threshold);
    extra = { percentile, threshold, comparison };
  } else {
    if (group.mean === null) return 'insufficient';
    const comparison: Comparison = condition.mode === 'below-average' ? 'lt' : 'gt';
    isMet = compare(value, comparison, group.mean);
    extra = { threshold: group.mean, comparison };
  }
  facts?.push(rateFact(condition.indicator, rate, year, isMet, extra));
  return isMet ? 'met' : 'not-met';
}

function countFact(indicator: string, value: number, year: number, threshold: number, isMet: boolean, numerator = value, denominator: number | null = null): FindingFact {
  return { indicator, year, numerator, denominator, value, threshold, comparison: 'gt', isMet };
}

function evaluateRegionCap(condition: CapCondition, group: ProgramGroup, year: number, ctx: RuleContext, facts: FindingFact[] | null): State {
  const limit = condition.limit ?? 0;
  const count = group.offerings.reduce((n, o) => n + (existsIn(o.offering, year) && ctx.includesOffering(o, year) === 'in' ? 1 : 0), 0);
  if (condition.measure === 'offerings-in-region') {
    const isMet = count > limit;
    facts?.push(countFact(condition.measure, count, year, limit, isMet));
    return isMet ? 'met' : 'not-met';
  }
  const colleges = (ctx.index.collegesByRegion.get(`${group.regionCode}|${group.level}`) ?? []).filter((c) => (c.openedYear === null || c.openedYear <= year) && ctx.includesCollege(c, year) === 'in').length;
  if (colleges === 0) return 'insufficient';
  const share = count / colleges;
  const isMet = share > limit;
  facts?.push({ indicator: condition.measure, year, numerator: count, denominator: colleges, value: share, threshold: limit, comparison: 'gt', isMet });
  return isMet ? 'met' : 'not-met';
}

function evaluateCollegeCap(condition: CapCondition, entry: CollegeEntry, year: number, ctx: RuleContext, facts: FindingFact[] | null): State {
  const members = collegeMembers(entry, year, ctx);
  if (condition.measure === 'programs-per-enrollment') {
    // the college's enrollment is only known when every program it offers reported the year
    if (members.length === 0 || members.some((m) => !m.rows.has(year))) return 'insufficient';
    const enrollment = members.reduce((sum, m) => sum + (m.rows.get(year)?.enrollment ?? 0), 0);
    const threshold = enrollment / (condition.divisor ?? 1);
    const isMet = members.length > threshold;
    facts?.push(countFact(condition.measure, members.length, year, threshold, isMet));
    facts?.push({ indicator: 'enrollment', year, numerator: enrollment, denominator: null, value: enrollment, isMet });
    return isMet ? 'met' : 'not-met';
  }
  const limit = condition.limit ?? 0;
  const count = condition.measure === 'new-offerings-per-college' ? members.filter((m) => m.offering.openedYear === year).length : members.length;
  const isMet = count > limit;
  facts?.push(countFact(condition.measure, count, year, limit, isMet));
  return isMet ? 'met' : 'not-met';
}

function evaluateCap(condition: CapCondition, subject: Subject, year: number, ctx: RuleContext, facts: FindingFact[] | null): State {
  if (subject.kind === 'program-in-region') return evaluateRegionCap(condition, subject.group, year, ctx, facts);
  if (subject.kind === 'college') return evaluateCollegeCap(condition, subject.entry, year, ctx, facts);
  return 'not-applicable';
}

const isMetState = (state: State) => state === 'met';

function evaluateWindow(kind: 'consecutive' | 'm-of-n', years: number, m: number, child: Condition, subject: Subject, year: number, ctx: RuleContext, facts: FindingFact[] | null): State {
  let met = 0;
  let insufficient = 0;
  for (let y = year - years + 1; y <= year; y += 1) {
    const state = evaluateCondition(child, subject, y, ctx, facts);
    if (isMetState(state)) met += 1;
    else if (state === 'insufficient') insufficient += 1;
    else if (kind === 'consecutive' && facts === null) return 'not-met';
  }
  const needed = kind === 'consecutive' ? years : m;
  if (met >= needed) return 'met';
  return met + insufficient < needed ? 'not-met' : 'insufficient';
}

function evaluateAtLeast(k: number, children: readonly Condition[], subject: Subject, year: number, ctx: RuleContext, facts: FindingFact[] | null): State {
  let met = 0;
  let insufficient = 0;
  let applicable = 0;
  for (const child of children) {
    const state = evaluateCondition(child, subject, year, ctx, facts);
    if (state !== 'not-applicable') applicable += 1;
    if (isMetState(state)) met += 1;
    else if (state === 'insufficient') insufficient += 1;
  }
  if (applicable === 0) return 'not-applicable';
  if (met >= k) return 'met';
  return met + insufficient < k ? 'not-met' : 'insufficient';
}

/** Evaluate `condition` for `subject` in `year`; pushes the facts behind the answer when `facts` is an array. */
export function evaluateCondition(condition: Condition, subject: Subject, year: number, ctx: RuleContext, facts: FindingFact[] | null): State {
  switch (condition.kind) {
    case 'threshold':
      return evaluateThreshold(condition, subject, year, ctx, facts);
    case 'benchmark':
      return evaluateBenchmark(condition, subject, year, ctx, facts);
    case 'cap':
      return evaluateCap(condition, subject, year, ctx, facts);
    case 'consecutive':
      return evaluateWindow('consecutive', condition.years, condition.years, condition.condition, subject, year, ctx, facts);
    case 'm-of-n':
      return evaluateWindow('m-of-n', condition.n, condition.m, condition.condition, subject, year, ctx, facts);
    case 'all':
      return evaluateAtLeast(condition.conditions.length, condition.conditions, subject, year, ctx, facts);
    case 'any':
      return evaluateAtLeast(1, condition.conditions, subject, year, ctx, facts);
    case 'at-least':
      return evaluateAtLeast(condition.k, condition.conditions, subject, year, ctx, facts);
  }
}
