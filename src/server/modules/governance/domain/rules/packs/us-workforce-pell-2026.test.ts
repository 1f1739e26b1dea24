import { describe, expect, it } from 'vitest';
import type { ExtraMetricId, MetricValue } from '../../../../../../shared/contracts/governance/indicators.js';
import { evaluatePacks } from '../index.js';
import { college, inputOf, offering, row } from '../fixtures/builders.js';
import { usWorkforcePell2026Pack } from './us-workforce-pell-2026.js';

const c = college('US2');
const o = offering(c, 'P1');

function run(metrics: Partial<Record<ExtraMetricId, MetricValue>>, year = 2026) {
  const result = evaluatePacks([usWorkforcePell2026Pack], inputOf([c], [o], [row(o, year, { metrics })]), { year });
  return { findings: result.findings, summary: result.summary[0], packs: result.packs };
}

const good = {
  'completion-rate': { numerator: 70, denominator: 100 },
  'placement-rate': { numerator: 35, denominator: 50 },
  'earnings-median': { value: 23476, count: 40 },
} satisfies Partial<Record<ExtraMetricId, MetricValue>>;

describe('us-workforce-pell-2026: one of three bars failing is enough', () => {
  it('exactly 70 % completion and placement with earnings above 150 % FPL passes', () => {
    expect(run(good).findings).toEqual([]);
  });

  it('missing any one bar → loss of eligibility, and the facts say which', () => {
    const low = run({ ...good, 'completion-rate': { numerator: 69, denominator: 100 } });
    expect(low.findings.map((f) => [f.severity, f.action])).toEqual([['red', 'loss_of_eligibility']]);
    expect(low.findings[0]?.facts.map((f) => [f.indicator, f.isMet])).toEqual([
      ['completion-rate', true],
      ['placement-rate', false],
      ['earnings-median', false],
    ]);
    expect(run({ ...good, 'earnings-median': { value: 23475, count: 40 } }).findings).toHaveLength(1);
  });

  it('a failed bar fires even when another is missing; passes with one missing are insufficient', () => {
    expect(run({ 'completion-rate': { numerator: 10, denominator: 100 } }).findings).toHaveLength(1);
    const partial = run({ 'completion-rate': good['completion-rate'], 'earnings-median': good['earnings-median'] });
    expect(partial.findings).toEqual([]);
    expect(partial.summary).toMatchObject({ evaluated: 1, insufficient: 1 });
  });

  it('is not in effect before July 2026', () => {
    const before = run({ 'completion-rate': { numerator: 10, denominator: 100 } }, 2025);
    expect(before.packs[0]?.status).toBe('not-in-effect');
    expect(before.findings).toEqual([]);
  });
});
