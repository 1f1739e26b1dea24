import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLocated, type Sheet } from '../../institutions/index.js';
import { EXAMPLE_MARK, indicatorLayout, parseIndicatorSheet } from './indicator-rows.js';

const headers = indicatorLayout.columns.map((c) => c.label.en);
const good: Record<string, string> = {
  collegeId: 'C1', programCode: 'P1', year: '2025', plannedPlaces: '50', entrants: '46', enrollment: '138', graduates: '40',
  firstContractJobs: '20', firstFlexibleJobs: '6', firstSelfEmployed: '1', firstFurtherStudy: '8', firstSeekingWork: '4', firstNotSeeking: '1',
  yearEndContractJobs: '23', yearEndFlexibleJobs: '7', yearEndSelfEmployed: '1', yearEndFurtherStudy: '9', yearEndSeekingWork: '0', yearEndNotSeeking: '0',
  relatedEmployed: '22', startingSalaryMedian: '', fullTimeTeachers: '9', externalTeachers: '4', dualQualifiedTeachers: '5', note: '',
};
const sheetOf = (rows: Record<string, string>[]): Sheet => ({
  name: 'sheet',
  rows: [{ number: 1, cells: headers }, ...rows.map((r, i) => ({ number: i + 2, cells: indicatorLayout.columns.map((c) => r[c.key] ?? '') }))],
});

describe('parseIndicatorSheet', () => {
  it('reads a good row with English headers, thousands separators and a blank salary', () => {
    const result = parseIndicatorSheet(sheetOf([{ ...good, enrollment: '1,138' }]), 'en');
    expect(result.issues).toEqual([]);
    expect(result.drafts[0]).toMatchObject({ collegeId: 'C1', programCode: 'P1', year: 2025, enrollment: 1138, startingSalaryMedian: null });
  });

  it('names the cell of every problem, several per row', () => {
    const result = parseIndicatorSheet(sheetOf([{ ...good, graduates: 'forty', year: '1999' }, { ...good, firstSeekingWork: '5', relatedEmployed: '32', dualQualifiedTeachers: '10' }]), 'en');
    expect(result.issues.map((i) => `${i.cell}:${i.code}`)).toEqual(['E2:YEAR_OUT_OF_RANGE', 'I2:NOT_AN_INTEGER', 'J3:FIRST_NOT_PARTITION', 'V3:RELATED_ABOVE_EMPLOYED', 'Z3:DUAL_ABOVE_FULL_TIME']);
    expect(result.drafts).toEqual([]);
  });

  it('accepts exactly equal snapshots and related = employed (the boundaries)', () => {
    const equal = { ...good, firstContractJobs: '23', firstFlexibleJobs: '7', firstFurtherStudy: '9', firstSeekingWork: '0', firstNotSeeking: '0', relatedEmployed: '31', dualQualifiedTeachers: '9' };
    expect(parseIndicatorSheet(sheetOf([equal]), 'en').issues).toEqual([]);
  });

  it('skips rows marked as examples and reports a missing required column', () => {
    expect(parseIndicatorSheet(sheetOf([{ ...good, note: EXAMPLE_MARK }]), 'zh-CN')).toMatchObject({ skippedExamples: 1, drafts: [] });
    const missing: Sheet = { name: 's', rows: [{ number: 1, cells: headers.filter((h) => h !== 'Graduates') }] };
    expect(parseIndicatorSheet(missing, 'en').issues.map((i) => `${i.column}:${i.code}`)).toContain('Graduates:MISSING_COLUMN');
  });

  it('never throws, and every issue names its row and cell, whatever the cells hold', () => {
    const cell = fc.oneof(fc.constantFrom('', '0', '-1', '1.5', '40', '1e3', '９', 'x', '2025'), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: indicatorLayout.columns.length, maxLength: indicatorLayout.columns.length }), { maxLength: 6 }), (rows) => {
        const sheet: Sheet = { name: 'fuzz', rows: [{ number: 1, cells: headers }, ...rows.map((cells, i) => ({ number: i + 2, cells }))] };
        const result = parseIndicatorSheet(sheet, 'en');
        for (const issue of result.issues) expect(isLocated(issue)).toBe(true);
        for (const draft of result.drafts) expect(draft.graduates).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});
