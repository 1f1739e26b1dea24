import { describe, expect, it } from 'vitest';
import type { RevisionKind } from '../../../../shared/contracts/catalog/catalog.js';
import { computeAmplitude } from './amplitude.js';

const records = (counts: Partial<Record<RevisionKind, number>>, level: 'secondary' | 'higher' = 'higher') =>
  Object.entries(counts).flatMap(([kind, n]) => Array.from({ length: n ?? 0 }, () => ({ kind: kind as RevisionKind, level })));

describe('computeAmplitude', () => {
  it('reproduces the MOE 2021 higher-vocational figure: 439 adjustments over 778 → 56.4 %', () => {
    // an illustrative split of the 439 adjustments; only the total is published
    const revisions = records({ added: 150, renamed: 180, merged: 40, discontinued: 40, regrouped: 20, split: 9, kept: 414 });
    const result = computeAmplitude({ level: 'higher', revisions, oldVersionPrograms: 765, oldEditionPrograms: 778 }, 'en');
    expect(result.moe.numerator).toBe(439);
    expect(result.moe.denominator).toBe(778);
    expect(result.moe.rate).toBeCloseTo(0.564, 3);
    expect(result.moe.counts.kept).toBe(414);
  });

  it('counts only added, discontinued, merged and split for the paper, over the old version', () => {
    const revisions = records({ added: 10, renamed: 5, merged: 2, discontinued: 3, regrouped: 4, split: 1 });
    const result = computeAmplitude({ level: 'higher', revisions, oldVersionPrograms: 100, oldEditionPrograms: 120 }, 'en');
    expect(result.paper).toMatchObject({ numerator: 16, denominator: 100, rate: 0.16 });
    expect(result.moe).toMatchObject({ numerator: 25, denominator: 120 });
    expect(result.moe.rate).toBeCloseTo(25 / 120);
  });

  it('ignores other levels and gives no rate over an empty baseline', () => {
    const result = computeAmplitude({ level: 'secondary', revisions: records({ added: 3 }, 'higher'), oldVersionPrograms: 0, oldEditionPrograms: 0 }, 'zh-CN');
    expect(result.moe).toMatchObject({ numerator: 0, rate: null });
    expect(result.moe.definition).toContain('归属调整');
  });

  it('reproduces the secondary figure: 225 over 368 → 61.1 %', () => {
    const result = computeAmplitude({ level: 'secondary', revisions: records({ renamed: 100, added: 60, discontinued: 65 }, 'secondary'), oldVersionPrograms: 321, oldEditionPrograms: 368 }, 'en');
    expect(result.moe.rate).toBeCloseTo(0.611, 3);
  });
});
