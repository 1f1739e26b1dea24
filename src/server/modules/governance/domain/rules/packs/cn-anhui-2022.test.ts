import { describe, expect, it } from 'vitest';
import { evaluatePacks } from '../index.js';
import { college, inputOf, offering, row, rows } from '../fixtures/builders.js';
import { cnAnhui2022Pack } from './cn-anhui-2022.js';

const ah = college('AH1', { provinceCode: '340000', prefectureCode: '340100' });

describe('cn-anhui-2022: destination below 60 % three years running → suspend', () => {
  const o = offering(ah, 'P1');
  const evaluate = (placed: (number | null)[], year = 2025) =>
    evaluatePacks([cnAnhui2022Pack], inputOf([ah], [o], rows(o, year - placed.length + 1, placed.map((p) => (p === null ? null : { graduates: 50, placed: p })))), { year });

  it('fires after three years below, with the three years as facts', () => {
    const result = evaluate([29, 25, 20]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ ruleId: 'destination-below-60-three-years', severity: 'red', action: 'suspend_enrollment' });
    expect(result.findings[0]?.facts.map((f) => f.year)).toEqual([2023, 2024, 2025]);
  });

  it('two years below, exactly 60 % in the third, or a gap year: no finding', () => {
    expect(evaluate([40, 25, 20]).findings).toEqual([]);
    expect(evaluate([30, 25, 20]).findings).toEqual([]); // 30 / 50 = 60 %, not below
    expect(evaluate([25, null, 20]).findings).toEqual([]);
  });

  it('applies only in Anhui and only while in effect (until the end of 2025)', () => {
    const gd = college('GD1');
    const g = offering(gd, 'P1');
    const elsewhere = evaluatePacks([cnAnhui2022Pack], inputOf([gd], [g], rows(g, 2023, [{ placed: 5 }, { placed: 5 }, { placed: 5 }])), { year: 2025 });
    expect(elsewhere.findings).toEqual([]);
    expect(evaluate([29, 25, 20, 20], 2026).packs).toEqual([{ packId: 'cn-anhui-2022', packVersion: '2022.1', status: 'not-in-effect' }]);
    expect(evaluate([29, 25, 20, 20], 2026).findings).toEqual([]);
  });
});

describe('cn-anhui-2022: at most 40 offerings per higher-vocational college', () => {
  const withOfferings = (n: number, level: 'higher' | 'secondary' = 'higher') => {
    const c = college('AH2', { provinceCode: '340000', level });
    const offerings = Array.from({ length: n }, (_, i) => offering(c, `P${i + 1}`));
    return evaluatePacks([cnAnhui2022Pack], inputOf([c], offerings, offerings.map((o) => row(o, 2025))), { year: 2025 }).findings.filter((f) => f.ruleId === 'offerings-per-college-above-40');
  };

  it('exactly 40 is within the cap; 41 fires on the college', () => {
    expect(withOfferings(40)).toEqual([]);
    const findings = withOfferings(41);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ action: 'no_new_offerings', subject: { kind: 'college', collegeId: 'AH2' }, facts: [{ value: 41, threshold: 40, comparison: 'gt', isMet: true }] });
  });

  it('counts only offerings open in the year: one closed in 2024 brings 41 back to 40', () => {
    const c = college('AH3', { provinceCode: '340000' });
    const offerings = Array.from({ length: 41 }, (_, i) => offering(c, `P${i + 1}`, i === 0 ? { closedYear: 2024 } : {}));
    const result = evaluatePacks([cnAnhui2022Pack], inputOf([c], offerings, []), { year: 2025 });
    expect(result.findings.filter((f) => f.ruleId === 'offerings-per-college-above-40')).toEqual([]);
  });
});
