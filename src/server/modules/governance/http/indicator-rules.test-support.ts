import ExcelJS from 'exceljs';
import { indicatorLayout, type IndicatorColumn } from '../domain/indicator-rows.js';

/** Builds indicator files for tests: the template's bilingual headers and the given rows (cell text by column). */
const headers = indicatorLayout.columns.map((c) => `${c.label['zh-CN']} / ${c.label.en}`);

export type IndicatorCells = Partial<Record<IndicatorColumn, string>>;

/** A row that passes every row-level check: 40 graduates, both snapshots partition them. */
export function goodRow(collegeId: string, programCode: string, year: number, overrides: IndicatorCells = {}): IndicatorCells {
  const base: IndicatorCells = {
    collegeId, programCode, year: String(year), plannedPlaces: '50', entrants: '46', enrollment: '138', graduates: '40',
    firstContractJobs: '20', firstFlexibleJobs: '6', firstSelfEmployed: '1', firstFurtherStudy: '8', firstSeekingWork: '4', firstNotSeeking: '1',
    yearEndContractJobs: '23', yearEndFlexibleJobs: '7', yearEndSelfEmployed: '1', yearEndFurtherStudy: '9', yearEndSeekingWork: '0', yearEndNotSeeking: '0',
    relatedEmployed: '22', startingSalaryMedian: '4200', fullTimeTeachers: '9', externalTeachers: '4', dualQualifiedTeachers: '5',
  };
  return { ...base, ...overrides };
}

const cellsOf = (row: IndicatorCells) => indicatorLayout.columns.map((c) => row[c.key] ?? '');

export async function indicatorXlsx(rows: readonly IndicatorCells[], fileName = 'indicators.xlsx') {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('指标');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(cellsOf(row));
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName, contentBase64: buffer.toString('base64') };
}

export function indicatorCsv(rows: readonly IndicatorCells[], fileName = 'indicators.csv') {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const text = [headers, ...rows.map(cellsOf)].map((r) => r.map(quote).join(',')).join('\n');
  return { fileName, contentBase64: Buffer.from(text, 'utf8').toString('base64') };
}

/** The A1 reference of a column of the layout in row `row`. */
export function cellOf(column: IndicatorColumn, row: number): string {
  let index = indicatorLayout.columns.findIndex((c) => c.key === column) + 1;
  let letters = '';
  while (index > 0) {
    const rest = (index - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    index = Math.floor((index - 1) / 26);
  }
  return `${letters}${row}`;
}
