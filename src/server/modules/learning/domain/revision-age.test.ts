import { describe, expect, it } from 'vitest';
import { ageDistribution, byMostOverdue, defaultRevisionTargets, revisionAge } from './revision-age.js';

const now = new Date('2026-12-01T00:00:00Z');

describe('revision age', () => {
  it('measures months since the last substantive revision against the target', () => {
    const age = revisionAge(new Date('2021-09-01T00:00:00Z'), defaultRevisionTargets.textbook, now);
    expect(age.ageMonths).toBeCloseTo(63, 0);
    expect(age.isOverdue).toBe(true);
    expect(age.overdueMonths).toBeCloseTo(63 - 21.6, 0);
  });

  it('is not overdue within the target, and never negative', () => {
    expect(revisionAge(new Date('2026-10-01T00:00:00Z'), 3, now)).toMatchObject({ isOverdue: false });
    expect(revisionAge(new Date('2027-01-01T00:00:00Z'), 3, now).ageMonths).toBe(0);
  });

  it('sorts by how far past the target relative to it: a 6-month-old core course before a 2-year-old textbook', () => {
    const rows = [
      { id: 'book', age: revisionAge(new Date('2024-12-01T00:00:00Z'), 21.6, now) },
      { id: 'course', age: revisionAge(new Date('2026-06-01T00:00:00Z'), 3, now) },
      { id: 'fresh', age: revisionAge(new Date('2026-11-20T00:00:00Z'), 3, now) },
    ];
    expect(byMostOverdue(rows).map((row) => row.id)).toEqual(['course', 'book', 'fresh']);
  });

  it('counts textbooks and core courses per age bucket', () => {
    const distribution = ageDistribution([
      { kind: 'textbook', age: revisionAge(new Date('2020-01-01T00:00:00Z'), 21.6, now) },
      { kind: 'core_course', age: revisionAge(new Date('2026-11-01T00:00:00Z'), 3, now) },
      { kind: 'textbook', age: revisionAge(new Date('2026-02-01T00:00:00Z'), 21.6, now) },
    ]);
    expect(distribution.find((entry) => entry.bucket === 'ge5y')).toEqual({ bucket: 'ge5y', textbooks: 1, coreCourses: 0 });
    expect(distribution.find((entry) => entry.bucket === 'lt3m')).toEqual({ bucket: 'lt3m', textbooks: 0, coreCourses: 1 });
    expect(distribution.find((entry) => entry.bucket === '3to12m')?.textbooks).toBe(1);
  });
});
