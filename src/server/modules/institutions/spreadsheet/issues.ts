import { formatMessage, type Locale } from '../../../platform/i18n/locale.js';
import type { ImportIssue } from '../../../../shared/contracts/institutions/spreadsheet-import.js';

/** A problem in an uploaded file, before its message is rendered in the caller's language. */
export type RowIssue = {
  sheet: string;
  /** 1-based row in the file; 0 for the whole file or sheet. */
  row: number;
  /** The header as written in the file, or the expected one; '' for a whole row or file. */
  column: string;
  cell: string | null;
  code: string;
  params: Record<string, string | number>;
};

export type IssueMessages = Record<string, { en: string; 'zh-CN': string }>;

/** Messages for problems every spreadsheet import can have. */
export const spreadsheetIssueMessages: IssueMessages = {
  FILE_UNREADABLE: {
    en: 'The file could not be read as {format} ({detail}); save it as .xlsx or UTF-8 .csv and try again',
    'zh-CN': '无法按 {format} 格式读取该文件（{detail}），请另存为 .xlsx 或 UTF-8 编码的 .csv 后重试',
  },
  FILE_EMPTY: { en: 'The file has no data', 'zh-CN': '文件中没有数据' },
  FILE_TOO_LARGE: { en: 'The file is larger than {max} MB', 'zh-CN': '文件超过 {max} MB' },
  TOO_MANY_ROWS: { en: 'The file has more rows than the limit of {max}', 'zh-CN': '文件行数超过上限 {max}' },
  NOT_BASE64: { en: 'The uploaded content is not valid base64', 'zh-CN': '上传内容不是有效的 base64 编码' },
  HEADER_NOT_FOUND: {
    en: 'No header row was found in the first {rows} rows; expected columns such as {expected}',
    'zh-CN': '前 {rows} 行中未找到表头，应包含 {expected} 等列',
  },
  SHEET_NOT_FOUND: { en: 'The workbook has no sheet named {expected}', 'zh-CN': '工作簿中没有名为 {expected} 的工作表' },
  MISSING_COLUMN: { en: 'Required column “{column}” is missing', 'zh-CN': '缺少必填列“{column}”' },
  DUPLICATE_COLUMN: { en: 'Column “{column}” appears twice', 'zh-CN': '列“{column}”重复出现' },
  REQUIRED: { en: '“{column}” is required', 'zh-CN': '“{column}”不能为空' },
  TOO_LONG: { en: '“{column}” is longer than {max} characters', 'zh-CN': '“{column}”超过 {max} 个字符' },
  INVALID_VALUE: { en: '“{value}” is not allowed in “{column}”; use one of: {allowed}', 'zh-CN': '“{column}”的值“{value}”无效，应为以下之一：{allowed}' },
  INVALID_FORMAT: { en: '“{value}” in “{column}” has the wrong format: {expected}', 'zh-CN': '“{column}”的值“{value}”格式不正确：{expected}' },
  DUPLICATE: { en: '“{value}” in “{column}” already appears in row {firstRow}', 'zh-CN': '“{column}”的值“{value}”与第 {firstRow} 行重复' },
};

/** Renders issues in one language; unknown codes fall back to the code itself. */
export function renderIssues(issues: readonly RowIssue[], messages: IssueMessages, locale: Locale): ImportIssue[] {
  return issues.map((issue) => {
    const template = messages[issue.code]?.[locale] ?? spreadsheetIssueMessages[issue.code]?.[locale] ?? issue.code;
    return {
      sheet: issue.sheet,
      row: issue.row,
      column: issue.column,
      cell: issue.cell,
      code: issue.code,
      message: formatMessage(template, { column: issue.column, ...issue.params }),
    };
  });
}

/** Orders issues by sheet, row and cell, as a person reads the file. */
export function sortIssues(issues: RowIssue[]): RowIssue[] {
  return [...issues].sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row || (a.cell ?? '').localeCompare(b.cell ?? ''));
}

const FILE_LEVEL_CODES = new Set(['FILE_UNREADABLE', 'FILE_EMPTY', 'FILE_TOO_LARGE', 'TOO_MANY_ROWS', 'NOT_BASE64', 'HEADER_NOT_FOUND', 'SHEET_NOT_FOUND']);

/**
 * The invariant every import keeps: an issue names a row (0 only for a whole-file or
 * whole-version problem, which then names a field or is a file-level code) and, on a row, a column.
 */
export function isLocated(issue: RowIssue): boolean {
  if (!Number.isInteger(issue.row) || issue.row < 0) return false;
  if (issue.row === 0) return FILE_LEVEL_CODES.has(issue.code) || issue.column !== '' || issue.params.value !== undefined;
  return issue.column !== '';
}
