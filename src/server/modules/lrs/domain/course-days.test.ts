import { describe, expect, it } from 'vitest';
import { buildDaySeries, daysBetween } from './course-days.js';

describe('course day series', () => {
  it('lists every day of a window, across a month end and a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
    expect(daysBetween('2025-01-01', '2025-01-01')).toEqual(['2025-01-01']);
    expect(daysBetween('2025-01-02', '2025-01-01')).toEqual([]);
  });

  it('zero-fills days without statements and sums the verbs of a day', () => {
    const series = buildDaySeries(
      '2025-03-01',
      '2025-03-03',
      [
        { day: '2025-03-01', verbId: 'v:attempted', statements: 4 },
        { day: '2025-03-01', verbId: 'v:completed', statements: 1 },
        { day: '2025-03-03', verbId: 'v:completed', statements: 2 },
      ],
      new Map([['2025-03-01', 3], ['2025-03-03', 2]]),
    );
    expect(series).toEqual([
      { day: '2025-03-01', learners: 3, statements: 5, counts: { 'v:attempted': 4, 'v:completed': 1 } },
      { day: '2025-03-02', learners: 0, statements: 0, counts: {} },
      { day: '2025-03-03', learners: 2, statements: 2, counts: { 'v:completed': 2 } },
    ]);
  });

  it('ignores cells outside the window', () => {
    const series = buildDaySeries('2025-03-01', '2025-03-01', [{ day: '2025-02-28', verbId: 'v', statements: 9 }], new Map());
    expect(series).toEqual([{ day: '2025-03-01', learners: 0, statements: 0, counts: {} }]);
  });
});
