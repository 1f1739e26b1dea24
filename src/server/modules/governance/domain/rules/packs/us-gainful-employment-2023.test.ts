import { describe, expect, it } from 'vitest';
import type { OfferingYearIndicators } from '../../../../../../shared/contracts/governance/indicators.js';
import { evaluatePacks } from '../index.js';
import { college, inputOf, offering, rows, type RowSpec } from '../fixtures/builders.js';
import { usGainfulEmployment2023Pack } from './us-gainful-employment-2023.js';

const c = college('US1');
const o = offering(c, 'P1');
type Year = { annual: number; discretionary: number; premium: number; count?: number } | null;

function spec(y: Year): RowSpec | null {
  if (y === null) return null;
  const count = y.count ?? 40;
  return {
    metrics: {
      'debt-to-earnings-annual': { value: y.annual, count },
      'debt-to-earnings-discretionary': { value: y.discretionary, count },
      'earnings-premium': { value: y.premium, count },
    },
  };
}

function run(years: Year[]) {
  const indicators: OfferingYearIndicators[] = rows(o, 2023, years.map(spec));
  const result = evaluatePacks([usGainfulEmployment2023Pack], inputOf([c], [o], indicators), { year: 2025 });
  const of = (id: string) => result.findings.filter((f) => f.ruleId === id).map((f) => [f.severity, f.action]);
  return { de: of('debt-to-earnings'), ep: of('earnings-premium'), summary: result.summary };
}

const pass = { annual: 0.05, discretionary: 0.1, premium: 5000 };
const failDe = { annual: 0.09, discretionary: 0.25, premium: 5000 };

describe('us-gainful-employment-2023: debt-to-earnings', () => {
  it('fails only when both annual > 8 % and discretionary > 20 %', () => {
    expect(run([pass, pass, { annual: 0.09, discretionary: 0.2, premium: 1 }]).de).toEqual([]);
    expect(run([pass, pass, { annual: 0.08, discretionary: 0.3, premium: 1 }]).de).toEqual([]);
  });

  it('a first failure is a warning; 2 of 3 years (not necessarily consecutive) → loss of eligibility', () => {
    expect(run([pass, pass, failDe]).de).toEqual([['notice', 'review']]);
    expect(run([failDe, pass, failDe]).de).toEqual([['red', 'loss_of_eligibility']]);
    expect(run([pass, failDe, failDe]).de).toEqual([['red', 'loss_of_eligibility']]);
    // the last three years decide: failing 2023 and 2024 still counts in 2025, even though 2025 passed
    expect(run([failDe, failDe, pass]).de).toEqual([['red', 'loss_of_eligibility']]);
    expect(run([failDe, pass, pass]).de).toEqual([]);
  });

  it('fewer than 30 completers: insufficient data, whatever the values', () => {
    const { de, summary } = run([pass, failDe, { ...failDe, count: 29 }]);
    expect(de).toEqual([]);
    expect(summary.find((s) => s.ruleId === 'debt-to-earnings')).toMatchObject({ fired: 0, insufficient: 1 });
  });

  it('a missing year with one failure and one pass cannot reach 2 of 3 only if the missing one failed: insufficient', () => {
    const { de, summary } = run([null, pass, pass]);
    expect(de).toEqual([]);
    expect(summary.find((s) => s.ruleId === 'debt-to-earnings')).toMatchObject({ insufficient: 0 });
    const unsure = run([null, failDe, pass]);
    expect(unsure.de).toEqual([]);
    expect(unsure.summary.find((s) => s.ruleId === 'debt-to-earnings')).toMatchObject({ insufficient: 1 });
  });
});

describe('us-gainful-employment-2023: earnings premium', () => {
  it('a premium of exactly 0 fails (≤ 0); 1 passes', () => {
    expect(run([pass, { ...pass, premium: 0 }, { ...pass, premium: -10 }]).ep).toEqual([['red', 'loss_of_eligibility']]);
    expect(run([pass, pass, { ...pass, premium: 0 }]).ep).toEqual([['notice', 'review']]);
    expect(run([pass, pass, { ...pass, premium: 1 }]).ep).toEqual([]);
  });
});
