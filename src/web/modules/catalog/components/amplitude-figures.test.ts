import { describe, expect, it } from 'vitest';
import type { Amplitude } from '../../../../shared/contracts/catalog/catalog.js';
import { amplitudeChartOption, amplitudeRows, formatRate } from './amplitude-figures.js';

const counts = { added: 3, renamed: 1, merged: 1, discontinued: 2, regrouped: 0, split: 0, kept: 40 };
const amplitude: Amplitude = {
  versionId: 'SAMPLE-2024S',
  againstVersionId: 'SAMPLE-2021',
  level: 'higher',
  moe: { rate: 7 / 47, numerator: 7, denominator: 47, counts, definition: 'moe' },
  paper: { rate: null, numerator: 6, denominator: 0, counts, definition: 'paper' },
};

describe('amplitude figures', () => {
  it('formats rates to one decimal and keeps a missing rate missing', () => {
    expect(formatRate(7 / 47)).toBe('14.9%');
    expect(formatRate(0)).toBe('0.0%');
    expect(formatRate(null)).toBeNull();
  });

  it('puts the numerator and denominator beside each definition’s rate', () => {
    const rows = amplitudeRows([amplitude], () => '高职专科', (method) => method.toUpperCase());
    expect(rows).toEqual([
      { key: 'higher:moe', level: '高职专科', method: 'MOE', rate: '14.9%', numerator: 7, denominator: 47 },
      { key: 'higher:paper', level: '高职专科', method: 'PAPER', rate: null, numerator: 6, denominator: 0 },
    ]);
  });

  it('draws one bar per definition, in percent, with a gap where the rate is missing', () => {
    const option = amplitudeChartOption([amplitude], () => 'H', (method) => method);
    expect(Array.isArray(option.series) && option.series.map((series) => series.data)).toEqual([[14.89], [null]]);
  });
});
