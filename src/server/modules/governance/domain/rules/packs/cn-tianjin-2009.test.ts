import { describe, expect, it } from 'vitest';
import { evaluatePacks } from '../index.js';
import { college, inputOf, offering, rows } from '../fixtures/builders.js';
import { cnTianjin2009Pack } from './cn-tianjin-2009.js';

const tj = college('TJ1', { provinceCode: '120000', prefectureCode: null });
const o = offering(tj, 'P1');

/** Placed of 100 graduates in 2024 and 2025 (null: no 2024 row). */
function ladder(placed2024: number | null, placed2025: number) {
  const result = evaluatePacks([cnTianjin2009Pack], inputOf([tj], [o], rows(o, 2024, [placed2024 === null ? null : { graduates: 100, placed: placed2024 }, { graduates: 100, placed: placed2025 }])), { year: 2025 });
  return result.findings.map((f) => [f.severity, f.action]);
}

describe('cn-tianjin-2009: employment ladder, the most severe matching step fires', () => {
  it('at or above 60 %: nothing', () => {
    expect(ladder(90, 60)).toEqual([]);
  });

  it('59 % → next plan capped at last year’s employed', () => {
    expect(ladder(90, 59)).toEqual([['yellow', 'cap_plan']]);
  });

  it('exactly 40 % is not below 40 %: still the 60 % step', () => {
    expect(ladder(90, 40)).toEqual([['yellow', 'cap_plan']]);
  });

  it('39 % once → alternate years; exactly 30 % once → alternate years', () => {
    expect(ladder(90, 39)).toEqual([['red', 'enroll_alternate_years']]);
    expect(ladder(90, 30)).toEqual([['red', 'enroll_alternate_years']]);
  });

  it('29 % → stop; below 40 % two years running → stop', () => {
    expect(ladder(90, 29)).toEqual([['red', 'stop_enrollment']]);
    expect(ladder(39, 39)).toEqual([['red', 'stop_enrollment']]);
  });

  it('a gap year before a 39 % year cannot make "two years running": alternate years, not stop', () => {
    expect(ladder(null, 39)).toEqual([['red', 'enroll_alternate_years']]);
  });
});
