import { describe, expect, it } from 'vitest';
import { summarizeByYear, summarizeYear, trainingPeriodIssue, type CountableRecord } from './training-hours.js';

const records: CountableRecord[] = [
  { status: 'approved', category: 'enterprise_practice', hours: 40, endDate: '2026-07-20' },
  { status: 'approved', category: 'enterprise_practice', hours: 16.5, endDate: '2026-08-02' },
  { status: 'approved', category: 'teaching_skills', hours: 12, endDate: '2026-03-01' },
  { status: 'pending', category: 'enterprise_practice', hours: 80, endDate: '2026-09-01' },
  { status: 'returned', category: 'teaching_skills', hours: 8, endDate: '2026-09-01' },
  { status: 'approved', category: 'teaching_skills', hours: 20, endDate: '2025-12-31' },
];

describe('training hours', () => {
  it('sums approved hours of one year by category, enterprise practice on its own', () => {
    expect(summarizeYear(records, 2026)).toEqual({ year: 2026, totalHours: 68.5, byCategory: { enterprise_practice: 56.5, teaching_skills: 12 }, enterprisePracticeHours: 56.5 });
  });

  it('counts nothing pending or returned, and gives zero for a year without records', () => {
    expect(summarizeYear(records, 2024)).toEqual({ year: 2024, totalHours: 0, byCategory: {}, enterprisePracticeHours: 0 });
    expect(summarizeYear([{ status: 'pending', category: 'other', hours: 5, endDate: '2026-01-01' }], 2026).totalHours).toBe(0);
  });

  it('lists years newest first', () => {
    expect(summarizeByYear(records).map((summary) => [summary.year, summary.totalHours])).toEqual([
      [2026, 68.5],
      [2025, 20],
    ]);
  });

  it('refuses periods that end before they start or hold more hours than days allow', () => {
    expect(trainingPeriodIssue('2026-07-02', '2026-07-01', 1)).toBe('end_before_start');
    expect(trainingPeriodIssue('2026-07-01', '2026-07-01', 25)).toBe('too_many_hours');
    expect(trainingPeriodIssue('2026-07-01', '2026-07-05', 40)).toBeUndefined();
  });
});
