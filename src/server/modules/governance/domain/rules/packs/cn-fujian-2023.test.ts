import { describe, expect, it } from 'vitest';
import type { OfferingYearIndicators } from '../../../../../../shared/contracts/governance/indicators.js';
import { evaluatePacks } from '../index.js';
import { college, colleges, inputOf, offering, row } from '../fixtures/builders.js';
import type { RuleOffering } from '../input.js';
import { cnFujian2023Pack } from './cn-fujian-2023.js';

const fj = { provinceCode: '350000', prefectureCode: '350100' } as const;
const pack = [cnFujian2023Pack];

/** 20 offerings of one program at 20 Fujian colleges; `firstPlaced[i]` of 50 graduates placed at the first snapshot, both years. */
function ranked(firstPlaced: number[], secondYear: number[] = firstPlaced, graduates: number[] = []) {
  const cs = colleges(firstPlaced.length, 'FJ', fj);
  const offerings = cs.map((c) => offering(c, 'P1'));
  const indicators: OfferingYearIndicators[] = offerings.flatMap((o, i) => [
    row(o, 2024, { graduates: graduates[i] ?? 50, placedFirst: firstPlaced[i], placed: 50 }),
    row(o, 2025, { graduates: graduates[i] ?? 50, placedFirst: secondYear[i], placed: 50 }),
  ]);
  const result = evaluatePacks(pack, inputOf(cs, offerings, indicators), { year: 2025 });
  const bottom = result.findings.filter((f) => f.ruleId === 'bottom-10-percent-two-years');
  return { bottom: bottom.map((f) => (f.subject.kind === 'offering' ? f.subject.collegeId : '')), findings: bottom, result };
}

const spread = (n: number) => Array.from({ length: n }, (_, i) => 30 + i); // 60 %, 62 %, … distinct

describe('cn-fujian-2023: bottom 10 % of the province two years running', () => {
  it('flags the 2 lowest of 20 (fewer than 2 strictly below them), not the third', () => {
    const { bottom, findings } = ranked(spread(20));
    expect(bottom).toEqual(['FJ-1', 'FJ-2']);
    expect(findings[1]?.facts.map((f) => [f.year, f.percentile, f.threshold, f.comparison, f.isMet])).toEqual([
      [2024, 0.05, 0.1, 'lt', true],
      [2025, 0.05, 0.1, 'lt', true],
    ]);
  });

  it('tie at the 10 % cut: offerings tied with the one at the cut are all in', () => {
    const values = spread(20);
    values[2] = values[1]!; // FJ-2 and FJ-3 share the second-lowest value
    const { bottom } = ranked(values);
    expect(bottom).toEqual(['FJ-1', 'FJ-2', 'FJ-3']);
  });

  it('needs both years: bottom in 2025 only is no finding', () => {
    const second = spread(20);
    const first = [...spread(20)].reverse();
    const { bottom } = ranked(first, second);
    expect(bottom).toEqual([]);
  });

  it('offerings with fewer than 30 graduates are not ranked and get no finding', () => {
    const graduates = Array.from({ length: 20 }, (_, i) => (i === 0 ? 29 : 50));
    const values = spread(20).map((v, i) => (i === 0 ? 0 : v));
    const { bottom, result } = ranked(values, values, graduates);
    // FJ-1 (0 %) is out of the ranking; of the 19 ranked, FJ-2 (0 below) and FJ-3 (1 below) have fewer than 1.9 below them
    expect(bottom).toEqual(['FJ-2', 'FJ-3']);
    expect(result.summary.find((s) => s.ruleId === 'bottom-10-percent-two-years')).toMatchObject({ evaluated: 20, fired: 2, insufficient: 1 });
  });
});

describe('cn-fujian-2023: saturation caps', () => {
  const saturation = (n: number) => {
    const cs = colleges(n, 'FJ', fj);
    const offerings = cs.map((c) => offering(c, 'P1'));
    return evaluatePacks(pack, inputOf(cs, offerings, []), { year: 2025 }).findings.filter((f) => f.ruleId === 'province-offerings-above-20');
  };

  it('20 offerings of a program in the province is within the cap; 21 → no new offerings for the program', () => {
    expect(saturation(20)).toEqual([]);
    const findings = saturation(21);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ action: 'no_new_offerings', subject: { kind: 'program-in-region', regionCode: '350000', programCode: 'P1' }, facts: [{ value: 21, threshold: 20 }] });
  });

  it('secondary: offered by exactly half of a prefecture’s schools is within the cap; more fires', () => {
    const schools = colleges(4, 'FS', { ...fj, level: 'secondary' });
    const other = colleges(2, 'FX', { ...fj, prefectureCode: '350200', level: 'secondary' });
    const run = (offeringSchools: number) => {
      const offerings: RuleOffering[] = schools.slice(0, offeringSchools).map((c) => offering(c, 'S1'));
      const all = [...offerings, ...other.map((c) => offering(c, 'S9'))];
      return evaluatePacks(pack, inputOf([...schools, ...other], all, []), { year: 2025 }).findings.filter((f) => f.ruleId === 'prefecture-share-above-50-secondary');
    };
    const in350100 = (findings: ReturnType<typeof run>) => findings.filter((f) => f.subject.kind === 'program-in-region' && f.subject.regionCode === '350100');
    expect(in350100(run(2))).toEqual([]);
    const findings = in350100(run(3));
    expect(findings.map((f) => f.subject)).toEqual([{ kind: 'program-in-region', provinceCode: '350000', regionCode: '350100', programCode: 'S1' }]);
    expect(findings[0]?.facts[0]).toMatchObject({ numerator: 3, denominator: 4, value: 0.75, threshold: 0.5 });
    // S9 is offered by both schools of 350200: 100 %, counted in its own prefecture only
    expect(run(0).map((f) => f.subject.kind === 'program-in-region' && f.subject.regionCode)).toEqual(['350200']);
  });

  it('programs ≤ full-time enrollment ÷ 300: 10 programs with 3,000 students is at the cap, 2,999 is over', () => {
    const run = (total: number) => {
      const c = college('FJH', fj);
      const offerings = Array.from({ length: 10 }, (_, i) => offering(c, `P${i + 1}`));
      const indicators = offerings.map((o, i) => row(o, 2025, { enrollment: i === 0 ? total - 9 * 300 : 300 }));
      return evaluatePacks(pack, inputOf([c], offerings, indicators), { year: 2025 }).findings.filter((f) => f.ruleId === 'programs-per-enrollment-higher');
    };
    expect(run(3000)).toEqual([]);
    expect(run(2999)).toHaveLength(1);
    expect(run(2999)[0]?.facts[0]).toMatchObject({ value: 10, isMet: true });
    expect(run(2999)[0]?.facts[0]?.threshold).toBeCloseTo(2999 / 300);
  });

  it('a program without a row for the year leaves the college’s enrollment unknown: insufficient, not a finding', () => {
    const c = college('FJM', fj);
    const offerings = Array.from({ length: 3 }, (_, i) => offering(c, `P${i + 1}`));
    const result = evaluatePacks(pack, inputOf([c], offerings, offerings.slice(1).map((o) => row(o, 2025, { enrollment: 10 }))), { year: 2025 });
    expect(result.findings.filter((f) => f.ruleId === 'programs-per-enrollment-higher')).toEqual([]);
    expect(result.summary.find((s) => s.ruleId === 'programs-per-enrollment-higher')).toMatchObject({ evaluated: 1, insufficient: 1 });
  });

  it('secondary schools use ÷ 200', () => {
    const c = college('FJS', { ...fj, level: 'secondary' });
    const offerings = Array.from({ length: 5 }, (_, i) => offering(c, `S${i + 1}`));
    const findings = (each: number) =>
      evaluatePacks(pack, inputOf([c], offerings, offerings.map((o) => row(o, 2025, { enrollment: each }))), { year: 2025 }).findings.filter((f) => f.ruleId === 'programs-per-enrollment-secondary');
    expect(findings(200)).toEqual([]);
    expect(findings(199)).toHaveLength(1);
  });
});

describe('cn-fujian-2023: schools whose prefecture is unknown', () => {
  it('are insufficient data for the prefecture rule (one per program), never a finding, and count in no prefecture', () => {
    const known = colleges(2, 'FK', { ...fj, level: 'secondary' });
    const unknown = colleges(3, 'FU', { ...fj, prefectureCode: null, level: 'secondary' });
    const offerings = [...known, ...unknown].map((c) => offering(c, 'S1'));
    const result = evaluatePacks(pack, inputOf([...known, ...unknown], offerings, []), { year: 2025 });
    // in 350100, 2 of 2 known schools offer S1 → 100 % fires; the 3 unplaced schools are one insufficient subject
    expect(result.findings.filter((f) => f.ruleId === 'prefecture-share-above-50-secondary').map((f) => f.facts[0]?.denominator)).toEqual([2]);
    expect(result.summary.find((s) => s.ruleId === 'prefecture-share-above-50-secondary')).toMatchObject({ evaluated: 2, fired: 1, insufficient: 1 });
  });
});
