import { locateTable, RowReader, type ColumnSpec, type IssueMessages, type Layout, type RowIssue, type Sheet } from '../institutions/index.js';

/**
 * The industry-employment file layout (one row per province × year × industry section) and the
 * checks that need only the file: codes, numbers, one employment figure per row, duplicates.
 * Whether a region exists and whether the importer may write it is checked by the use case.
 */
export type IndustryColumn = 'regionCode' | 'regionName' | 'year' | 'sectionCode' | 'sectionName' | 'employment' | 'employment10k' | 'valueAdded';

export const industryLayout: Layout<IndustryColumn> = {
  id: 'industry-employment',
  minMatches: 3,
  columns: [
    { key: 'regionCode', label: { 'zh-CN': '地区代码', en: 'Region code' }, aliases: ['region_code', '省份代码', '行政区划代码'], isRequired: true, example: '440000' },
    { key: 'regionName', label: { 'zh-CN': '地区名称', en: 'Region name' }, aliases: ['region_name', '省份', '地区'], isRequired: false, example: '广东省（示例行 Example row）' },
    { key: 'year', label: { 'zh-CN': '年份', en: 'Year' }, aliases: ['统计年份', '年度'], isRequired: true, example: '2024' },
    { key: 'sectionCode', label: { 'zh-CN': '行业门类代码', en: 'Section code' }, aliases: ['section_code', '门类代码', '行业代码'], isRequired: true, example: 'C' },
    { key: 'sectionName', label: { 'zh-CN': '行业门类名称', en: 'Section name' }, aliases: ['section_name', '门类名称', '行业'], isRequired: false, example: '制造业' },
    { key: 'employment', label: { 'zh-CN': '就业人数（人）', en: 'Employment (persons)' }, aliases: ['employment', '就业人员数'], isRequired: false, example: '' },
    { key: 'employment10k', label: { 'zh-CN': '就业人数（万人）', en: 'Employment (10k persons)' }, aliases: ['employment_10k', '就业人员（万人）'], isRequired: false, example: '123.45' },
    { key: 'valueAdded', label: { 'zh-CN': '增加值（亿元）', en: 'Value added (100M CNY)' }, aliases: ['value_added', '行业增加值'], isRequired: false, example: '' },
  ] satisfies ColumnSpec<IndustryColumn>[],
};

export type IndustryDraft = {
  row: number;
  regionCode: string;
  year: number;
  sectionCode: string;
  sectionName: string | null;
  employment: number;
  valueAdded: number | null;
  /** Locates a later problem with this row (region unknown, outside the importer's scope). */
  issue(code: string, params?: Record<string, string | number>): RowIssue;
};

export const industryIssueMessages: IssueMessages = {
  NOT_A_PROVINCE: { en: '“{value}” is not a province code (6 digits ending in 0000)', 'zh-CN': '“{value}”不是省级行政区划代码（以 0000 结尾的 6 位数字）' },
  UNKNOWN_REGION: { en: 'Region {value} is not in GB/T 2260', 'zh-CN': '行政区划 {value} 不在 GB/T 2260 中' },
  REGION_OUT_OF_SCOPE: { en: 'You may not import figures for region {value}', 'zh-CN': '无权导入地区 {value} 的数据' },
  NOT_A_SECTION: { en: '“{value}” is not an industry section letter A–T (GB/T 4754-2017)', 'zh-CN': '“{value}”不是国民经济行业门类代码（GB/T 4754—2017，A–T）' },
  NOT_A_YEAR: { en: '“{value}” is not a year between 2000 and 2100', 'zh-CN': '“{value}”不是 2000–2100 之间的年份' },
  NOT_A_NUMBER: { en: '“{value}” in “{column}” is not a non-negative number', 'zh-CN': '“{column}”的值“{value}”不是非负数' },
  EMPLOYMENT_MISSING: { en: 'Give employment in persons or in 10k persons', 'zh-CN': '请填写就业人数（人）或就业人数（万人）' },
  EMPLOYMENT_CONFLICT: { en: 'Employment {persons} persons and {tenThousands} × 10k persons disagree', 'zh-CN': '就业人数 {persons} 人与 {tenThousands} 万人不一致' },
  DUPLICATE_KEY: { en: 'Region {region}, year {year}, section {section} already appears in row {firstRow}', 'zh-CN': '地区 {region}、{year} 年、门类 {section} 与第 {firstRow} 行重复' },
};

const numberPattern = /^\d+(\.\d+)?$/;

/** A non-negative number written with optional thousands separators; undefined when blank. */
function readNumber(reader: RowReader<IndustryColumn>, key: IndustryColumn, issues: RowIssue[]): number | undefined | null {
  const text = reader.get(key).replace(/[,，\s]/g, '');
  if (text === '') return undefined;
  if (!numberPattern.test(text)) {
    issues.push(reader.issue(key, 'NOT_A_NUMBER', { value: reader.get(key) }));
    return null;
  }
  return Number(text);
}

/** Employment in persons from either column; both given must agree to within rounding of the 10k figure. */
function readEmployment(reader: RowReader<IndustryColumn>, issues: RowIssue[]): number | null {
  const persons = readNumber(reader, 'employment', issues);
  const tenThousands = readNumber(reader, 'employment10k', issues);
  if (persons === null || tenThousands === null) return null;
  if (persons === undefined && tenThousands === undefined) {
    issues.push(reader.issue(reader.has('employment10k') && !reader.has('employment') ? 'employment10k' : 'employment', 'EMPLOYMENT_MISSING'));
    return null;
  }
  if (persons !== undefined && tenThousands !== undefined && Math.abs(persons - tenThousands * 10_000) > 50) {
    issues.push(reader.issue('employment', 'EMPLOYMENT_CONFLICT', { persons, tenThousands }));
    return null;
  }
  return persons ?? (tenThousands ?? 0) * 10_000;
}

function readRow(reader: RowReader<IndustryColumn>): { draft?: Omit<IndustryDraft, 'issue'>; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const regionCode = reader.get('regionCode');
  if (regionCode === '') issues.push(reader.issue('regionCode', 'REQUIRED'));
  else if (!/^\d{2}0000$/.test(regionCode)) issues.push(reader.issue('regionCode', 'NOT_A_PROVINCE', { value: regionCode }));
  const yearText = reader.get('year').replace(/年$/, '');
  const year = Number(yearText);
  if (yearText === '') issues.push(reader.issue('year', 'REQUIRED'));
  else if (!/^\d{4}$/.test(yearText) || year < 2000 || year > 2100) issues.push(reader.issue('year', 'NOT_A_YEAR', { value: reader.get('year') }));
  const sectionCode = reader.get('sectionCode').toUpperCase();
  if (sectionCode === '') issues.push(reader.issue('sectionCode', 'REQUIRED'));
  else if (!/^[A-T]$/.test(sectionCode)) issues.push(reader.issue('sectionCode', 'NOT_A_SECTION', { value: reader.get('sectionCode') }));
  const employment = readEmployment(reader, issues);
  const valueAdded = readNumber(reader, 'valueAdded', issues);
  const sectionName = reader.get('sectionName');
  if (sectionName.length > 100) issues.push(reader.issue('sectionName', 'TOO_LONG', { max: 100 }));
  if (issues.length > 0 || employment === null || valueAdded === null) return { issues };
  return { draft: { row: reader.row.number, regionCode, year, sectionCode, sectionName: sectionName || null, employment, valueAdded: valueAdded ?? null }, issues };
}

/** Reads the first sheet with an industry header: drafts for clean rows and every problem found. */
export function readIndustrySheets(sheets: readonly Sheet[], locale: 'zh-CN' | 'en'): { drafts: IndustryDraft[]; rowsRead: number; issues: RowIssue[] } {
  const located = sheets.map((sheet) => locateTable(sheet, [industryLayout], locale));
  const found = located.find((result) => result.table !== undefined) ?? located[0];
  if (!found?.table) return { drafts: [], rowsRead: 0, issues: found?.issues ?? [] };
  const table = found.table;
  const issues = [...found.issues];
  const drafts: IndustryDraft[] = [];
  const firstRowOf = new Map<string, number>();
  for (const row of table.rows) {
    const reader = new RowReader(table, row, locale);
    // the template's example row is never imported
    if (/示例|example/i.test(reader.get('regionName'))) continue;
    const result = readRow(reader);
    issues.push(...result.issues);
    if (!result.draft) continue;
    const key = `${result.draft.regionCode}|${result.draft.year}|${result.draft.sectionCode}`;
    const firstRow = firstRowOf.get(key);
    if (firstRow !== undefined) {
      issues.push(reader.issue('sectionCode', 'DUPLICATE_KEY', { region: result.draft.regionCode, year: result.draft.year, section: result.draft.sectionCode, firstRow }));
      continue;
    }
    firstRowOf.set(key, row.number);
    drafts.push({ ...result.draft, issue: (code, params = {}) => reader.issue('regionCode', code, params) });
  }
  if (table.rows.length === 0) issues.push({ sheet: table.sheet.name, row: 0, column: '', cell: null, code: 'FILE_EMPTY', params: {} });
  return { drafts, rowsRead: table.rows.length, issues };
}
