import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FindingFact } from '../../../../../shared/contracts/governance/findings.js';
import type { OfferingYearIndicators } from '../../../../../shared/contracts/governance/indicators.js';
import type { Comparison, Condition, OfferingIndicatorId, RulePack } from '../../../../../shared/contracts/governance/rule-packs.js';
import { college, offering, row } from './fixtures/builders.js';
import { computeIndicator, evaluatePacks, validateRulePack } from './index.js';

const YEARS = [2021, 2022, 2023, 2024, 2025];
const yearArb = fc.option(fc.record({ graduates: fc.integer({ min: 0, max: 80 }), share: fc.double({ min: 0, max: 1, noNaN: true }), entrants: fc.integer({ min: 0, max: 60 }) }), { nil: null });
const offeringArb = fc.array(yearArb, { minLength: 5, maxLength: 5 });

function buildWorld(specs: (typeof yearArb extends fc.Arbitrary<infer T> ? T : never)[][]) {
  const c = college('P');
  const offerings = specs.map((_, i) => offering(c, `X${i}`, { openedYear: 2015 }));
  const indicators: OfferingYearIndicators[] = [];
  specs.forEach((years, i) =>
    years.forEach((spec, k) => {
      if (spec) indicators.push(row(offerings[i]!, YEARS[k]!, { graduates: spec.graduates, placed: Math.floor(spec.graduates * spec.share), entrants: spec.entrants, plannedPlaces: 50 }));
    }),
  );
  return { colleges: [c], offerings, indicators };
}

const compare = (value: number, comparison: Comparison, threshold: number) =>
  comparison === 'lt' ? value < threshold : comparison === 'lte' ? value <= threshold : comparison === 'gt' ? value > threshold : comparison === 'gte' ? value >= threshold : value === threshold;

/** A fact's own numbers reproduce its isMet (rank facts through their percentile). */
function reproduces(fact: FindingFact): boolean {
  if (fact.comparison === undefined || fact.threshold === undefined || fact.value === null) return true;
  return compare(fact.percentile ?? fact.value, fact.comparison, fact.threshold) === fact.isMet;
}

const indicatorArb = fc.constantFrom<OfferingIndicatorId>('destination-rate-year-end', 'destination-rate-first', 'fill-rate', 'entrants', 'years-without-enrollment');
const comparisonArb = fc.constantFrom<Comparison>('lt', 'lte', 'gt', 'gte');
const leafArb: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ kind: fc.constant('threshold' as const), indicator: indicatorArb, comparison: comparisonArb, value: fc.constantFrom(0, 0.3, 0.6, 0.9, 1), minCount: fc.constantFrom(1, 30) }),
  fc.record({ kind: fc.constant('benchmark' as const), indicator: fc.constantFrom<OfferingIndicatorId>('destination-rate-year-end', 'fill-rate'), region: fc.constant('province' as const), mode: fc.constantFrom('bottom' as const, 'top' as const), percent: fc.constantFrom(10, 25, 50) }),
);
const conditionArb: fc.Arbitrary<Condition> = fc.oneof(
  leafArb,
  fc.record({ kind: fc.constant('consecutive' as const), years: fc.integer({ min: 1, max: 4 }), condition: leafArb }),
  fc.integer({ min: 1, max: 4 }).chain((n) => fc.record({ kind: fc.constant('m-of-n' as const), m: fc.integer({ min: 1, max: n }), n: fc.constant(n), condition: leafArb })),
  fc.array(leafArb, { minLength: 1, maxLength: 3 }).chain((conditions) => fc.record({ kind: fc.constant('at-least' as const), k: fc.integer({ min: 1, max: conditions.length }), conditions: fc.constant(conditions) })),
);

function packOf(condition: Condition): RulePack {
  const text = { 'zh-CN': '性质', en: 'property' };
  const result = validateRulePack({
    id: 'property',
    version: '1',
    title: text,
    authority: text,
    ownerScope: 'national',
    levels: ['higher'],
    effectiveFrom: '2020-01-01',
    effectiveTo: null,
    sources: [{ citation: 'test', reliability: 'U' }],
    rules: [{ kind: 'rule', id: 'r', title: text, severity: 'yellow', action: 'review', condition }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.pack;
}

describe('properties', () => {
  it('pooling equals summing numerators and denominators over the years present', () => {
    fc.assert(
      fc.property(offeringArb, fc.integer({ min: 2, max: 5 }), (years, poolYears) => {
        const world = buildWorld([years]);
        const rows = new Map(world.indicators.map((r) => [r.year, r]));
        const rate = computeIndicator('destination-rate-year-end', { openedYear: 2015, rows }, 2025, { minCount: 1, pooling: { years: poolYears, when: 'always' } });
        const window = world.indicators.filter((r) => r.year > 2025 - poolYears);
        const placed = window.reduce((s, r) => s + r.destinationYearEnd.contractJobs, 0);
        const graduates = window.reduce((s, r) => s + r.graduates, 0);
        if (rate === 'not-applicable') return false;
        if (window.length === 0) return rate.value === null && !rate.isSufficient;
        return rate.numerator === placed && rate.denominator === graduates && rate.value === (graduates > 0 ? placed / graduates : null) && rate.years.length === window.length;
      }),
    );
  });

  it('every finding’s facts reproduce its condition, and insufficient data never fires', () => {
    fc.assert(
      fc.property(fc.array(offeringArb, { minLength: 1, maxLength: 12 }), conditionArb, (specs, condition) => {
        const result = evaluatePacks([packOf(condition)], buildWorld(specs), { year: 2025 });
        const summary = result.summary[0]!;
        expect(summary.fired + summary.insufficient + summary.notApplicable).toBeLessThanOrEqual(summary.evaluated);
        expect(result.findings).toHaveLength(summary.fired);
        for (const finding of result.findings) {
          for (const fact of finding.facts) expect(reproduces(fact), JSON.stringify(fact)).toBe(true);
          const met = finding.facts.filter((f) => f.isMet).length;
          if (condition.kind === 'consecutive') {
            expect(finding.facts).toHaveLength(condition.years);
            expect(met).toBe(condition.years);
            expect(finding.facts.every((f) => f.value !== null)).toBe(true);
          }
          if (condition.kind === 'm-of-n') expect(met).toBeGreaterThanOrEqual(condition.m);
          if (condition.kind === 'at-least') expect(met).toBeGreaterThanOrEqual(condition.k);
          if (condition.kind === 'threshold' || condition.kind === 'benchmark') expect(finding.facts.map((f) => f.isMet)).toEqual([true]);
          for (const fact of finding.facts) {
            if (fact.isMet && fact.numerator !== null && fact.denominator !== null && fact.denominator > 0 && fact.percentile === undefined && fact.indicator !== 'repetition-rate') {
              expect(fact.value).toBe(fact.numerator / fact.denominator);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is incremental: each province evaluated alone gives exactly its findings of the whole run', () => {
    const capArb: fc.Arbitrary<Condition> = fc.record({ kind: fc.constant('cap' as const), measure: fc.constant('offerings-in-region' as const), region: fc.constantFrom('province' as const, 'prefecture' as const), limit: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('440000', '350000'), fc.constantFrom('01', '02'), fc.integer({ min: 0, max: 3 }), offeringArb), { minLength: 1, maxLength: 16 }), fc.oneof(conditionArb, capArb), (specs, condition) => {
        const cs = specs.map(([province, prefecture], i) => college(`K${i}`, { provinceCode: province, prefectureCode: `${province.slice(0, 2)}${prefecture}00` }));
        const offerings = specs.map(([, , program], i) => offering(cs[i]!, `Q${program}`, { openedYear: 2015 }));
        const indicators = specs.flatMap(([, , , years], i) =>
          years.flatMap((spec, k) => (spec ? [row(offerings[i]!, YEARS[k]!, { graduates: spec.graduates, placed: Math.floor(spec.graduates * spec.share), entrants: spec.entrants })] : [])),
        );
        const pack = packOf(condition);
        const whole = evaluatePacks([pack], { colleges: cs, offerings, indicators }, { year: 2025 }).findings;
        for (const province of ['440000', '350000']) {
          const alone = evaluatePacks([pack], { colleges: cs.filter((c) => c.provinceCode === province), offerings: offerings.filter((o) => o.provinceCode === province), indicators: indicators.filter((r) => r.provinceCode === province) }, { year: 2025 }).findings;
          const byKey = (list: typeof whole) => [...list].sort((a, b) => a.fingerprint.localeCompare(b.fingerprint));
          expect(byKey(alone)).toEqual(byKey(whole.filter((f) => f.subject.provinceCode === province)));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('the bottom k % holds exactly the ranked offerings with fewer than k % strictly below them', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 40 }), fc.constantFrom(5, 10, 20, 50), (placed, percent) => {
        const specs = placed.map((p) => [null, null, null, null, { graduates: 40, share: p / 40, entrants: 10 }]);
        const world = buildWorld(specs);
        const condition: Condition = { kind: 'benchmark', indicator: 'destination-rate-year-end', region: 'province', mode: 'bottom', percent };
        const fired = new Set(evaluatePacks([packOf(condition)], world, { year: 2025 }).findings.map((f) => (f.subject.kind === 'offering' ? f.subject.offeringId : '')));
        const values = world.indicators.map((r) => r.destinationYearEnd.contractJobs / r.graduates);
        world.indicators.forEach((r, i) => {
          const below = values.filter((v) => v < values[i]!).length;
          expect(fired.has(r.offeringId)).toBe(below / values.length < percent / 100);
        });
        expect(fired.size).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});
