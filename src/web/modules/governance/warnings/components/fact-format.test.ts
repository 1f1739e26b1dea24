import { describe, expect, it } from 'vitest';
import type { FindingFact } from '../../../../../shared/contracts/governance/findings.js';
import { formatFactValue, formatThreshold, indicatorLabel, isRate } from './fact-format.js';

const rate: FindingFact = { indicator: 'destination-rate-first', year: 2024, numerator: 22, denominator: 40, value: 0.55, threshold: 0.6, comparison: 'lt', isMet: true };

describe('warning facts formatting', () => {
  it('shows a rate as a percentage with its threshold and operator', () => {
    expect(isRate(rate)).toBe(true);
    expect(formatFactValue(rate, 'en')).toBe('55.0%');
    expect(formatThreshold(rate, 'en')).toBe('< 60.0%');
  });

  it('keeps counts and ratios as numbers even when they have a denominator', () => {
    const ratio: FindingFact = { ...rate, indicator: 'student-teacher-ratio', numerator: 380, denominator: 20, value: 19, threshold: 18, comparison: 'gt' };
    expect(isRate(ratio)).toBe(false);
    expect(formatFactValue(ratio, 'en')).toBe('19');
    expect(formatThreshold(ratio, 'en')).toBe('> 18');
    const count: FindingFact = { ...rate, indicator: 'years-without-enrollment', numerator: null, denominator: null, value: 3, threshold: 3, comparison: 'gte' };
    expect(formatFactValue(count, 'en')).toBe('3');
    expect(formatThreshold(count, 'en')).toBe('≥ 3');
  });

  it('shows insufficient data and a missing threshold as a dash', () => {
    expect(formatFactValue({ ...rate, value: null }, 'en')).toBe('—');
    const { threshold: _unused, ...withoutThreshold } = rate;
    expect(formatThreshold(withoutThreshold, 'en')).toBe('—');
  });

  it('names known indicators in the reader language and falls back to the id', () => {
    expect(indicatorLabel('destination-rate-first', 'zh-CN')).toBe('毕业去向落实率（初次）');
    expect(indicatorLabel('destination-rate-first', 'en')).toBe('destination rate (first snapshot)');
    expect(indicatorLabel('some-new-metric', 'en')).toBe('some-new-metric');
    expect(indicatorLabel('toString', 'en')).toBe('toString');
  });

  it('treats an unknown indicator with a numerator and a denominator as a rate', () => {
    expect(isRate({ ...rate, indicator: 'new-share' })).toBe(true);
    expect(isRate({ ...rate, indicator: 'new-count', numerator: null })).toBe(false);
  });
});
