import { describe, expect, it } from 'vitest';
import type { MetricValue } from '../../../../../../shared/contracts/governance/indicators.js';
import { evaluatePacks } from '../index.js';
import { college, inputOf, offering, rows } from '../fixtures/builders.js';
import { ukOfsB3Pack } from './uk-ofs-b3.js';

const c = college('UK1');
const o = offering(c, 'P1');

/** Continuation as numerator/denominator per year from 2022 to 2025 (null: no row). */
function continuation(years: ([number, number] | null)[]) {
  const specs = years.map((y) => (y === null ? null : { metrics: { 'continuation-rate': { numerator: y[0], denominator: y[1] } satisfies MetricValue } }));
  const result = evaluatePacks([ukOfsB3Pack], inputOf([c], [o], rows(o, 2022, specs)), { year: 2025 });
  return { findings: result.findings.filter((f) => f.ruleId === 'continuation-below-75'), summary: result.summary.find((s) => s.ruleId === 'continuation-below-75') };
}

describe('uk-ofs-b3: continuation pooled over 4 years', () => {
  it('pools numerators and denominators: 60 of 80 is exactly 75 % and passes, 59 of 80 fires', () => {
    expect(continuation([[15, 20], [15, 20], [15, 20], [15, 20]]).findings).toEqual([]);
    const { findings } = continuation([[14, 20], [15, 20], [15, 20], [15, 20]]);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.facts).toEqual([
      { indicator: 'continuation-rate', year: null, years: [2022, 2023, 2024, 2025], numerator: 59, denominator: 80, value: 59 / 80, threshold: 0.75, comparison: 'lt', isMet: true },
    ]);
    expect(findings[0]?.summary.en).toContain('2022–2025 pooled');
  });

  it('a single bad year is outweighed by good ones (pooling, not averaging rates)', () => {
    expect(continuation([[2, 10], [60, 70], [60, 70], [60, 70]]).findings).toEqual([]);
  });

  it('pools the years that exist; a pooled denominator of 23 or less is insufficient', () => {
    expect(continuation([null, [5, 10], null, [5, 10]]).summary).toMatchObject({ fired: 0, insufficient: 1 });
    expect(continuation([null, [5, 12], null, [5, 12]]).findings[0]?.facts[0]).toMatchObject({ years: [2023, 2025], numerator: 10, denominator: 24 });
  });

  it('without the metric every offering is insufficient data', () => {
    expect(continuation([null, null, null, null]).summary).toMatchObject({ evaluated: 1, insufficient: 1, fired: 0 });
  });
});

describe('uk-ofs-b3: completion (65 %) and progression (45 %, 3 years)', () => {
  it('uses each threshold and window', () => {
    const specs = [2022, 2023, 2024, 2025].map((year) => ({
      metrics: { 'completion-rate': { numerator: 13, denominator: 20 }, 'progression-rate': year === 2022 ? { numerator: 0, denominator: 20 } : { numerator: 9, denominator: 20 } },
    }));
    const result = evaluatePacks([ukOfsB3Pack], inputOf([c], [o], rows(o, 2022, specs)), { year: 2025 });
    // completion exactly 65 %; progression 27/60 = 45 % over 2023–2025 (2022's zero is outside its 3-year window)
    expect(result.findings).toEqual([]);
    expect(result.summary.map((s) => [s.ruleId, s.evaluated, s.insufficient])).toEqual([
      ['continuation-below-75', 1, 1],
      ['completion-below-65', 1, 0],
      ['progression-below-45', 1, 0],
    ]);
  });
});
