import { describe, expect, it } from 'vitest';
import { college, colleges, inputOf, offering, row } from './fixtures/builders.js';
import { computeCollegePortfolio, computeIndicator, computeOfferingIndicators, computeRegionSaturation, prefectureOf, yearsWithoutEnrollment } from './index.js';

const c = college('C1');
const o = offering(c, 'P1', { openedYear: 2021 });
const rowsOf = (...list: ReturnType<typeof row>[]) => ({ openedYear: 2021, rows: new Map(list.map((r) => [r.year, r])) });

describe('indicator computation', () => {
  it('computes every core rate with its numerator and denominator', () => {
    const r = row(o, 2025, { graduates: 40, placed: 36, placedFirst: 30, entrants: 45, plannedPlaces: 50, enrollment: 130, fullTimeTeachers: 6, externalTeachers: 4, dualQualifiedTeachers: 3 });
    const all = computeOfferingIndicators(rowsOf(r), 2025, { minCount: 1 });
    expect(all['destination-rate-year-end']).toEqual({ numerator: 36, denominator: 40, value: 0.9, isSufficient: true, years: [2025] });
    expect(all['destination-rate-first']).toMatchObject({ numerator: 30, denominator: 40, value: 0.75 });
    expect(all['related-employment-rate']).toMatchObject({ numerator: 25, denominator: 36 });
    expect(all['fill-rate']).toMatchObject({ numerator: 45, denominator: 50, value: 0.9 });
    expect(all['student-teacher-ratio']).toMatchObject({ numerator: 130, denominator: 8, value: 16.25 });
    expect(all['dual-qualified-share']).toMatchObject({ numerator: 3, denominator: 6, value: 0.5 });
    expect(all.entrants).toMatchObject({ value: 45, denominator: null, isSufficient: true });
  });

  it('applies the minimum count (default 30) to the denominator: 29 graduates is insufficient, 30 is not', () => {
    expect(computeIndicator('destination-rate-year-end', rowsOf(row(o, 2025, { graduates: 29 })), 2025)).toMatchObject({ isSufficient: false, denominator: 29 });
    expect(computeIndicator('destination-rate-year-end', rowsOf(row(o, 2025, { graduates: 30 })), 2025)).toMatchObject({ isSufficient: true });
    expect(computeIndicator('destination-rate-year-end', rowsOf(row(o, 2025, { graduates: 0 })), 2025, { minCount: 0 })).toMatchObject({ value: null, isSufficient: false });
  });

  it('pools only when the year is short, if asked: 20 + 15 graduates → one pooled rate over 35', () => {
    const data = rowsOf(row(o, 2024, { graduates: 20, placed: 10 }), row(o, 2025, { graduates: 15, placed: 12 }));
    expect(computeIndicator('destination-rate-year-end', data, 2025, { pooling: { years: 2, when: 'insufficient' } })).toEqual({ numerator: 22, denominator: 35, value: 22 / 35, isSufficient: true, years: [2024, 2025] });
    const big = rowsOf(row(o, 2024, { graduates: 20, placed: 10 }), row(o, 2025, { graduates: 40, placed: 12 }));
    expect(computeIndicator('destination-rate-year-end', big, 2025, { pooling: { years: 2, when: 'insufficient' } })).toMatchObject({ denominator: 40, years: [2025] });
  });

  it('years without enrollment: the run of zero-entrant years up to the year; a missing year ends it; no row is no data', () => {
    const data = rowsOf(row(o, 2021, { entrants: 0 }), row(o, 2023, { entrants: 0 }), row(o, 2024, { entrants: 0 }), row(o, 2025, { entrants: 0 }));
    expect(yearsWithoutEnrollment(data, 2025)).toEqual({ count: 3, years: [2023, 2024, 2025] });
    expect(yearsWithoutEnrollment(data, 2022)).toBeUndefined();
    expect(yearsWithoutEnrollment(rowsOf(row(o, 2025, { entrants: 3 })), 2025)).toEqual({ count: 0, years: [] });
  });

  it('first-year intake applies only in the opening year', () => {
    expect(computeIndicator('first-year-intake', rowsOf(row(o, 2021, { entrants: 60 })), 2021)).toMatchObject({ value: 60 });
    expect(computeIndicator('first-year-intake', rowsOf(row(o, 2022, { entrants: 60 })), 2022)).toBe('not-applicable');
  });

  it('extra metrics: a rate as numerator/denominator, a value over a count; absent → insufficient', () => {
    const r = row(o, 2025, { metrics: { 'completion-rate': { numerator: 40, denominator: 50 }, 'earnings-median': { value: 30000, count: 29 } } });
    expect(computeIndicator('completion-rate', rowsOf(r), 2025)).toMatchObject({ value: 0.8, isSufficient: true });
    expect(computeIndicator('earnings-median', rowsOf(r), 2025)).toMatchObject({ value: 30000, isSufficient: false, numerator: null });
    expect(computeIndicator('placement-rate', rowsOf(r), 2025)).toMatchObject({ value: null, isSufficient: false });
  });
});

describe('portfolio and saturation', () => {
  const cs = [...colleges(3, 'A', { prefectureCode: '440100' }), ...colleges(1, 'B', { prefectureCode: '440300' })];
  const offerings = [...cs.map((x) => offering(x, 'P1')), offering(cs[0]!, 'P2', { openedYear: 2025 }), offering(cs[1]!, 'P3', { closedYear: 2024 })];
  const input = inputOf(cs, offerings, [row(offerings[0]!, 2025, { enrollment: 300 }), row(offerings[4]!, 2025, { enrollment: 100 })]);

  it('布点数 and 布点率 per program in a province and in each prefecture', () => {
    const province = computeRegionSaturation(input, 2025, 'province').find((s) => s.programCode === 'P1');
    expect(province).toMatchObject({ regionCode: '440000', offerings: 4, colleges: 4, repetitionRate: 1 });
    const prefectures = computeRegionSaturation(input, 2025, 'prefecture').filter((s) => s.programCode === 'P1');
    expect(prefectures.map((s) => [s.regionCode, s.offerings, s.colleges])).toEqual([
      ['440100', 3, 3],
      ['440300', 1, 1],
    ]);
    expect(computeRegionSaturation(input, 2025, 'province').some((s) => s.programCode === 'P3')).toBe(false);
  });

  it('per college: programs, new offerings, enrollment and students per program', () => {
    const first = computeCollegePortfolio(input, 2025).find((p) => p.collegeId === 'A-1');
    expect(first).toEqual({ collegeId: 'A-1', provinceCode: '440000', year: 2025, programs: 2, newOfferings: 1, reportingPrograms: 2, enrollment: 400, studentsPerProgram: 200 });
    expect(computeCollegePortfolio(input, 2025).find((p) => p.collegeId === 'A-2')).toMatchObject({ programs: 1, reportingPrograms: 0, enrollment: null, studentsPerProgram: null });
  });

  it('prefectureOf maps a county or prefecture code to its prefecture, a province code to null', () => {
    expect(prefectureOf('440106')).toBe('440100');
    expect(prefectureOf('440100')).toBe('440100');
    expect(prefectureOf('440000')).toBeNull();
    expect(prefectureOf('abc')).toBeNull();
  });
});
