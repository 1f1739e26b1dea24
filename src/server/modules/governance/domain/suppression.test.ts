import { describe, expect, it } from 'vitest';
import { publishFigure, ratioOf, yearsLabel } from './suppression.js';

const rules = { minCount: 30, poolYears: 3 };

describe('ratioOf', () => {
  it('is sufficient at exactly the minimum count and insufficient one below', () => {
    expect(ratioOf(18, 30, 30)).toEqual({ numerator: 18, denominator: 30, rate: 0.6, isInsufficient: false });
    expect(ratioOf(17, 29, 30).isInsufficient).toBe(true);
  });
  it('has no rate over a zero denominator', () => {
    expect(ratioOf(0, 0).rate).toBeNull();
  });
});

describe('publishFigure', () => {
  it('reports a year at exactly the minimum count as it is', () => {
    expect(publishFigure([{ year: 2025, numerator: 27, denominator: 30 }], rules)).toEqual({ status: 'reported', years: [2025], numerator: 27, denominator: 30, rate: 0.9 });
  });

  it('pools a year below the minimum with the years just before it', () => {
    const series = [
      { year: 2023, numerator: 9, denominator: 10 },
      { year: 2024, numerator: 10, denominator: 12 },
      { year: 2025, numerator: 8, denominator: 10 },
    ];
    expect(publishFigure(series, rules)).toEqual({ status: 'pooled', years: [2023, 2024, 2025], numerator: 27, denominator: 32, rate: 27 / 32 });
    // two years suffice when they reach the minimum
    expect(publishFigure([{ year: 2024, numerator: 18, denominator: 20 }, { year: 2025, numerator: 9, denominator: 10 }], rules).years).toEqual([2024, 2025]);
  });

  it('suppresses numerator, denominator and rate when even the pool is too small', () => {
    const series = [
      { year: 2024, numerator: 10, denominator: 10 },
      { year: 2025, numerator: 10, denominator: 19 },
    ];
    expect(publishFigure(series, rules)).toEqual({ status: 'suppressed', years: [2024, 2025], numerator: null, denominator: null, rate: null });
  });

  it('does not pool across a gap year', () => {
    const series = [
      { year: 2022, numerator: 40, denominator: 40 },
      { year: 2024, numerator: 5, denominator: 10 },
    ];
    expect(publishFigure(series, rules, 2024).status).toBe('suppressed');
  });

  it('never pools more than poolYears years', () => {
    const series = [2021, 2022, 2023, 2024, 2025].map((year) => ({ year, numerator: 5, denominator: 8 }));
    const figure = publishFigure(series, rules);
    expect(figure.status).toBe('suppressed');
    expect(figure.years).toEqual([2023, 2024, 2025]);
  });

  it('says no-data when the year has no cohort', () => {
    expect(publishFigure([], rules).status).toBe('no-data');
    expect(publishFigure([{ year: 2025, numerator: 0, denominator: 0 }], rules).status).toBe('no-data');
    expect(publishFigure([{ year: 2024, numerator: 30, denominator: 40 }], rules, 2025).status).toBe('no-data');
  });
});

it('labels years as one year or a span', () => {
  expect(yearsLabel([2024])).toBe('2024');
  expect(yearsLabel([2022, 2023, 2024])).toBe('2022-2024');
  expect(yearsLabel([])).toBe('');
});
