import ExcelJS from 'exceljs';
import { decodeText, parseCsv } from './csv.js';

/** A sheet as rows of trimmed text cells; `number` is the 1-based row in the file. */
export type SheetRow = { number: number; cells: string[] };
export type Sheet = { name: string; rows: SheetRow[] };

export type WorkbookReadResult =
  | { ok: true; format: 'xlsx' | 'csv'; sheets: Sheet[] }
  | { ok: false; format: 'xlsx' | 'csv'; reason: 'unreadable' | 'empty' | 'too-many-rows'; detail: string };

export const MAX_SHEET_ROWS = 50_000;
export const MAX_COLUMNS = 80;

type ExcelCell = ExcelJS.CellValue;

/** One cell as text: formulas give their result, rich text its plain text, dates yyyy-mm-dd. */
export function cellText(value: ExcelCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('').trim();
  if ('hyperlink' in value) return String(value.text ?? '').trim();
  if ('error' in value) return '';
  if ('result' in value) {
    const result = value.result;
    return result === undefined ? '' : cellText(result);
  }
  return '';
}

const isZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export function formatOf(fileName: string, bytes: Uint8Array): 'xlsx' | 'csv' {
  if (/\.xlsx$/i.test(fileName) || isZip(bytes)) return 'xlsx';
  return 'csv';
}

function trimRows(rows: SheetRow[]): SheetRow[] {
  return rows
    .map((row) => {
      const cells = row.cells.slice(0, MAX_COLUMNS).map((c) => c.trim());
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      return { number: row.number, cells };
    })
    .filter((row) => row.cells.length > 0);
}

async function readXlsx(bytes: Uint8Array): Promise<WorkbookReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    await workbook.xlsx.load(buffer as ArrayBuffer);
  } catch (error) {
    return { ok: false, format: 'xlsx', reason: 'unreadable', detail: error instanceof Error ? error.message.slice(0, 200) : 'unknown' };
  }
  const sheets: Sheet[] = [];
  for (const worksheet of workbook.worksheets) {
    if (worksheet.rowCount > MAX_SHEET_ROWS) {
      return { ok: false, format: 'xlsx', reason: 'too-many-rows', detail: `${worksheet.name}: ${worksheet.rowCount}` };
    }
    const rows: SheetRow[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      const count = Math.min(row.cellCount, MAX_COLUMNS);
      for (let column = 1; column <= count; column += 1) cells.push(cellText(row.getCell(column).value));
      rows.push({ number: rowNumber, cells });
    });
    sheets.push({ name: worksheet.name, rows: trimRows(rows) });
  }
  if (sheets.every((sheet) => sheet.rows.length === 0)) return { ok: false, format: 'xlsx', reason: 'empty', detail: '' };
  return { ok: true, format: 'xlsx', sheets };
}

function readCsv(bytes: Uint8Array, sheetName: string): WorkbookReadResult {
  const rows = parseCsv(decodeText(bytes));
  if (rows.length > MAX_SHEET_ROWS) return { ok: false, format: 'csv', reason: 'too-many-rows', detail: String(rows.length) };
  const sheet: Sheet = { name: sheetName, rows: trimRows(rows.map((r) => ({ number: r.line, cells: r.cells }))) };
  if (sheet.rows.length === 0) return { ok: false, format: 'csv', reason: 'empty', detail: '' };
  return { ok: true, format: 'csv', sheets: [sheet] };
}

/** Reads an uploaded .xlsx (every worksheet) or .csv (one sheet named after the file). Never throws. */
export async function readWorkbook(fileName: string, bytes: Uint8Array): Promise<WorkbookReadResult> {
  if (bytes.length === 0) return { ok: false, format: formatOf(fileName, bytes), reason: 'empty', detail: '' };
  return formatOf(fileName, bytes) === 'xlsx' ? readXlsx(bytes) : readCsv(bytes, fileName.replace(/\.[^.]*$/, '') || 'csv');
}

/** Column number (1-based) to its letters: 1 → A, 28 → AB. */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
