import { locateTable, RowReader, type ColumnSpec, type Layout, type RowIssue, type Sheet } from '../../institutions/index.js';
import type { DestinationBreakdown } from '../../../../shared/contracts/governance/indicators.js';
import { employedOf, placedOf } from '../../../../shared/contracts/governance/indicators.js';

/**
 * The indicator file layout (one row per offering-year) and the checks that need nothing but the
 * row itself: integers, non-negative counts, destinations that partition the graduates at both
 * snapshots, the first snapshot at or below year end, related ≤ employed, duplicates in the file.
 * Pure; every problem names its row and cell.
 */
const breakdownKeys = ['ContractJobs', 'FlexibleJobs', 'SelfEmployed', 'FurtherStudy', 'SeekingWork', 'NotSeeking'] as const;
type BreakdownKey = (typeof breakdownKeys)[number];
type SnapshotColumn = `first${BreakdownKey}` | `yearEnd${BreakdownKey}`;

export const countColumns = [
  'plannedPlaces', 'entrants', 'enrollment', 'graduates',
  ...breakdownKeys.map((k) => `first${k}` as const), ...breakdownKeys.map((k) => `yearEnd${k}` as const),
  'relatedEmployed', 'fullTimeTeachers', 'externalTeachers', 'dualQualifiedTeachers',
] as const;
export type CountColumn = (typeof countColumns)[number];
export type IndicatorColumn = 'collegeId' | 'collegeName' | 'programCode' | 'programName' | 'year' | CountColumn | 'startingSalaryMedian' | 'note';

const breakdownLabels: Record<BreakdownKey, { 'zh-CN': string; en: string }> = {
  ContractJobs: { 'zh-CN': '协议和合同就业', en: 'contract jobs' },
  FlexibleJobs: { 'zh-CN': '灵活就业', en: 'flexible jobs' },
  SelfEmployed: { 'zh-CN': '自主创业', en: 'self-employed' },
  FurtherStudy: { 'zh-CN': '升学', en: 'further study' },
  SeekingWork: { 'zh-CN': '待就业', en: 'seeking work' },
  NotSeeking: { 'zh-CN': '暂不就业', en: 'not seeking work' },
};
const exampleBreakdown = { first: ['20', '6', '1', '8', '4', '1'], yearEnd: ['23', '7', '1', '9', '0', '0'] };

function snapshotColumns(prefix: 'first' | 'yearEnd'): ColumnSpec<SnapshotColumn>[] {
  const zh = prefix === 'first' ? '初次' : '年终';
  const en = prefix === 'first' ? 'First' : 'Year end';
  return breakdownKeys.map((key, i) => ({
    key: `${prefix}${key}` as const,
    label: { 'zh-CN': `${zh}${breakdownLabels[key]['zh-CN']}`, en: `${en} ${breakdownLabels[key].en}` },
    aliases: [`${prefix}_${key}`, `${zh}-${breakdownLabels[key]['zh-CN']}`],
    isRequired: true,
    example: exampleBreakdown[prefix][i],
  }));
}

/** Marks a row of the template as an example: such rows are never imported. */
export const EXAMPLE_MARK = '示例行 Example row';
const isExampleNote = (note: string) => /示例|example/i.test(note);

export const indicatorLayout: Layout<IndicatorColumn> = {
  id: 'offering-indicators',
  minMatches: 4,
  columns: [
    { key: 'collegeId', label: { 'zh-CN': '院校代码', en: 'College id' }, aliases: ['college_id', '学校标识码', '学校代码'], isRequired: true, example: 'DEMO-GD-01' },
    { key: 'collegeName', label: { 'zh-CN': '院校名称', en: 'College name' }, aliases: ['college_name', '学校名称'], isRequired: false, example: '演示职业技术学院（广州）' },
    { key: 'programCode', label: { 'zh-CN': '专业代码', en: 'Program code' }, aliases: ['program_code'], isRequired: true, example: 'SAMPLE-H-0101' },
    { key: 'programName', label: { 'zh-CN': '专业名称', en: 'Program name' }, aliases: ['program_name'], isRequired: false, example: '' },
    { key: 'year', label: { 'zh-CN': '年份', en: 'Year' }, aliases: ['统计年份', '年度'], isRequired: true, example: '2025' },
    { key: 'plannedPlaces', label: { 'zh-CN': '招生计划数', en: 'Planned places' }, aliases: ['planned_places'], isRequired: true, example: '50' },
    { key: 'entrants', label: { 'zh-CN': '新生报到数', en: 'Entrants' }, aliases: ['new_entrants'], isRequired: true, example: '46' },
    { key: 'enrollment', label: { 'zh-CN': '在校生数', en: 'Enrollment' }, aliases: ['全日制在校生数'], isRequired: true, example: '138' },
    { key: 'graduates', label: { 'zh-CN': '毕业生数', en: 'Graduates' }, isRequired: true, example: '40' },
    ...snapshotColumns('first'),
    ...snapshotColumns('yearEnd'),
    { key: 'relatedEmployed', label: { 'zh-CN': '专业相关就业人数', en: 'Related employed' }, aliases: ['related_employed'], isRequired: true, example: '22' },
    { key: 'startingSalaryMedian', label: { 'zh-CN': '起薪中位数', en: 'Median starting salary' }, aliases: ['starting_salary_median', '起薪'], isRequired: false, example: '4200' },
    { key: 'fullTimeTeachers', label: { 'zh-CN': '专任教师数', en: 'Full-time teachers' }, aliases: ['full_time_teachers'], isRequired: true, example: '9' },
    { key: 'externalTeachers', label: { 'zh-CN': '校外兼职教师数', en: 'External teachers' }, aliases: ['external_teachers'], isRequired: true, example: '4' },
    { key: 'dualQualifiedTeachers', label: { 'zh-CN': '双师型教师数', en: 'Dual-qualified teachers' }, aliases: ['dual_qualified_teachers'], isRequired: true, example: '5' },
    { key: 'note', label: { 'zh-CN': '备注', en: 'Note' }, isRequired: false, example: EXAMPLE_MARK },
  ],
};

export type IndicatorCounts = Record<CountColumn, number>;

/** One data row that passed the row-level checks (references are checked after). */
export type IndicatorDraft = IndicatorCounts & {
  row: number;
  collegeId: string;
  programCode: string;
  year: number;
  startingSalaryMedian: number | null;
  /** An issue on one of this row's cells (for the checks that need the database). */
  issueAt(key: IndicatorColumn, code: string, params?: Record<string, string | number>): RowIssue;
};

export type IndicatorSheetResult = { rowsRead: number; drafts: IndicatorDraft[]; skippedExamples: number; issues: RowIssue[]; isLocated: boolean };

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

function readCount(reader: RowReader<IndicatorColumn>, key: IndicatorColumn, issues: RowIssue[], isOptional = false): number | null | undefined {
  const text = reader.get(key).replace(/[,，\s]/g, '');
  if (text === '') {
    if (!isOptional) issues.push(reader.issue(key, 'REQUIRED'));
    return isOptional ? null : undefined;
  }
  if (!/^-?\d+(\.0+)?$/.test(text)) {
    issues.push(reader.issue(key, 'NOT_AN_INTEGER', { value: text }));
    return undefined;
  }
  const value = Number.parseInt(text, 10);
  if (!Number.isSafeInteger(value) || value > 10_000_000) {
    issues.push(reader.issue(key, 'NOT_AN_INTEGER', { value: text }));
    return undefined;
  }
  if (value < 0) {
    issues.push(reader.issue(key, 'NEGATIVE', { value }));
    return undefined;
  }
  return value;
}

export function breakdownOf(counts: IndicatorCounts, prefix: 'first' | 'yearEnd'): DestinationBreakdown {
  return {
    contractJobs: counts[`${prefix}ContractJobs`], flexibleJobs: counts[`${prefix}FlexibleJobs`], selfEmployed: counts[`${prefix}SelfEmployed`],
    furtherStudy: counts[`${prefix}FurtherStudy`], seekingWork: counts[`${prefix}SeekingWork`], notSeeking: counts[`${prefix}NotSeeking`],
  };
}

const sumOf = (b: DestinationBreakdown) => placedOf(b) + b.seekingWork + b.notSeeking;

/** The accounting between counts of one row: each broken rule is one issue on the cell it concerns. */
function checkAccounting(reader: RowReader<IndicatorColumn>, counts: IndicatorCounts): RowIssue[] {
  const issues: RowIssue[] = [];
  const first = breakdownOf(counts, 'first');
  const yearEnd = breakdownOf(counts, 'yearEnd');
  for (const [prefix, breakdown] of [['first', first], ['yearEnd', yearEnd]] as const) {
    const sum = sumOf(breakdown);
    if (sum !== counts.graduates) {
      issues.push(reader.issue(`${prefix}ContractJobs`, prefix === 'first' ? 'FIRST_NOT_PARTITION' : 'YEAR_END_NOT_PARTITION', { sum, graduates: counts.graduates }));
    }
  }
  if (placedOf(first) > placedOf(yearEnd)) {
    issues.push(reader.issue('firstFurtherStudy', 'FIRST_ABOVE_YEAR_END', { first: placedOf(first), yearEnd: placedOf(yearEnd) }));
  }
  if (counts.relatedEmployed > employedOf(yearEnd)) {
    issues.push(reader.issue('relatedEmployed', 'RELATED_ABOVE_EMPLOYED', { value: counts.relatedEmployed, employed: employedOf(yearEnd) }));
  }
  if (counts.dualQualifiedTeachers > counts.fullTimeTeachers) {
    issues.push(reader.issue('dualQualifiedTeachers', 'DUAL_ABOVE_FULL_TIME', { value: counts.dualQualifiedTeachers, fullTime: counts.fullTimeTeachers }));
  }
  return issues;
}

function readKey(reader: RowReader<IndicatorColumn>, issues: RowIssue[]) {
  const collegeId = reader.get('collegeId');
  const programCode = reader.get('programCode');
  if (collegeId === '') issues.push(reader.issue('collegeId', 'REQUIRED'));
  else if (collegeId.length > 60) issues.push(reader.issue('collegeId', 'TOO_LONG', { max: 60 }));
  if (programCode === '') issues.push(reader.issue('programCode', 'REQUIRED'));
  else if (programCode.length > 40) issues.push(reader.issue('programCode', 'TOO_LONG', { max: 40 }));
  const year = readCount(reader, 'year', issues);
  if (typeof year === 'number' && (year < MIN_YEAR || year > MAX_YEAR)) issues.push(reader.issue('year', 'YEAR_OUT_OF_RANGE', { value: year, min: MIN_YEAR, max: MAX_YEAR }));
  return { collegeId, programCode, year };
}

/** Reads one data row: undefined when any of its cells is wrong (the issues say which). */
function readRow(reader: RowReader<IndicatorColumn>, issues: RowIssue[]): IndicatorDraft | undefined {
  const before = issues.length;
  const key = readKey(reader, issues);
  const counts: Partial<IndicatorCounts> = {};
  for (const column of countColumns) {
    const value = readCount(reader, column, issues);
    if (typeof value === 'number') counts[column] = value;
  }
  const salary = readCount(reader, 'startingSalaryMedian', issues, true);
  if (issues.length > before) return undefined;
  const complete = counts as IndicatorCounts;
  const accounting = checkAccounting(reader, complete);
  issues.push(...accounting);
  if (accounting.length > 0 || typeof key.year !== 'number') return undefined;
  return {
    ...complete, row: reader.row.number, collegeId: key.collegeId, programCode: key.programCode, year: key.year,
    startingSalaryMedian: salary ?? null, issueAt: (column, code, params = {}) => reader.issue(column, code, params),
  };
}

/** Reads an indicator sheet: the rows that passed, the example rows skipped, every problem found. */
export function parseIndicatorSheet(sheet: Sheet, locale: 'zh-CN' | 'en'): IndicatorSheetResult {
  const located = locateTable(sheet, [indicatorLayout], locale);
  if (!located.table) return { rowsRead: 0, drafts: [], skippedExamples: 0, issues: located.issues, isLocated: false };
  const table = located.table;
  const issues = [...located.issues];
  const drafts: IndicatorDraft[] = [];
  const seen = new Map<string, number>();
  let skippedExamples = 0;
  for (const row of table.rows) {
    const reader = new RowReader(table, row, locale);
    if (isExampleNote(reader.get('note'))) {
      skippedExamples += 1;
      continue;
    }
    const draft = readRow(reader, issues);
    if (!draft) continue;
    const key = `${draft.collegeId}\u0000${draft.programCode}\u0000${draft.year}`;
    const firstRow = seen.get(key);
    if (firstRow !== undefined) {
      issues.push(reader.issue('programCode', 'DUPLICATE', { value: `${draft.collegeId} ${draft.programCode} ${draft.year}`, firstRow }));
      continue;
    }
    seen.set(key, draft.row);
    drafts.push(draft);
  }
  return { rowsRead: table.rows.length, drafts, skippedExamples, issues, isLocated: true };
}
