import type { Sheet } from '../spreadsheet/workbook.js';
import { locateTable, RowReader, type Layout, type LocatedTable } from '../spreadsheet/table.js';
import type { RowIssue } from '../spreadsheet/issues.js';
import { matchCity, matchProvince, type RegionIndex, type RegionMatch } from './region-match.js';

/**
 * The college-list layout: the MOE list's headers (学校名称, 学校标识码, 主管部门, 所在地,
 * 办学层次, 备注, with province heading rows such as 北京市（92所）), the English CSV
 * reshaping of it (moe_code, name, province, city, level, nature, affiliation), and
 * Luban's template, which adds the vocational levels and English names.
 */
export type CollegeColumn = 'moeCode' | 'name' | 'nameEn' | 'province' | 'city' | 'regionCode' | 'level' | 'ownership' | 'authority' | 'website';

export const collegeLayout: Layout<CollegeColumn> = {
  id: 'colleges',
  minMatches: 3,
  columns: [
    { key: 'moeCode', label: { 'zh-CN': '学校标识码', en: 'MOE code' }, aliases: ['moe_code', '标识码', '院校代码', '学校代码'], isRequired: true, example: '9999900000' },
    { key: 'name', label: { 'zh-CN': '学校名称', en: 'Name' }, aliases: ['name', '院校名称'], isRequired: true, example: '示例职业技术学院（示例行，导入前请删除）' },
    { key: 'nameEn', label: { 'zh-CN': '英文名称', en: 'English name' }, aliases: ['name_en'], isRequired: false, example: 'Example Polytechnic (example row)' },
    { key: 'province', label: { 'zh-CN': '省份', en: 'Province' }, aliases: ['province', '所在省份', '省级行政区'], isRequired: false, example: '广东省' },
    { key: 'city', label: { 'zh-CN': '所在地', en: 'City' }, aliases: ['city', '所在城市', '所在地市'], isRequired: false, example: '广州市' },
    { key: 'regionCode', label: { 'zh-CN': '行政区划代码', en: 'Region code' }, aliases: ['region_code', '地区代码'], isRequired: false, example: '' },
    { key: 'level', label: { 'zh-CN': '办学层次', en: 'Level' }, aliases: ['level', '层次'], isRequired: true, example: '高职专科' },
    { key: 'ownership', label: { 'zh-CN': '办学性质', en: 'Ownership' }, aliases: ['nature', '备注', '性质', 'ownership'], isRequired: false, example: '公办' },
    { key: 'authority', label: { 'zh-CN': '主管部门', en: 'Supervising authority' }, aliases: ['affiliation', 'authority', '主管单位'], isRequired: false, example: '广东省教育厅' },
    { key: 'website', label: { 'zh-CN': '网址', en: 'Website' }, aliases: ['official_website', 'website', '学校网址'], isRequired: false, example: '' },
  ],
};

export type CollegeLevel = 'secondary' | 'higher' | 'undergraduate';

export type ParsedCollegeRow = {
  row: number;
  moeCode: string;
  name: string;
  nameEn: string | null;
  provinceCode: string;
  regionCode: string;
  regionMatch: RegionMatch;
  isCityUnmatched: boolean;
  city: string | null;
  level: CollegeLevel;
  ownership: 'public' | 'private';
  sourceOwnership: string | null;
  authority: string | null;
  website: string | null;
};

export type CollegeSheetResult = {
  layout: 'moe-list' | 'moe-csv' | 'luban' | null;
  rowsRead: number;
  rows: ParsedCollegeRow[];
  skippedUndergraduate: number;
  issues: RowIssue[];
};

const LEVELS = new Map<string, CollegeLevel | 'general-undergraduate'>(Object.entries({
  专科: 'higher', 高职: 'higher', 高职专科: 'higher', 高等职业教育: 'higher', 高职高专: 'higher', higher: 'higher',
  中职: 'secondary', 中等职业教育: 'secondary', 中专: 'secondary', 中等职业学校: 'secondary', secondary: 'secondary',
  职业本科: 'undergraduate', 本科层次职业教育: 'undergraduate', 职业技术大学: 'undergraduate', undergraduate: 'undergraduate',
  本科: 'general-undergraduate',
} as const));
/** 中外合作办学 (joint ventures) are not state-run: Luban files them as private and keeps the source text. */
const OWNERSHIP = new Map<string, 'public' | 'private'>(Object.entries({
  '': 'public', 公办: 'public', public: 'public',
  民办: 'private', private: 'private',
  中外合作办学: 'private', 中外合作: 'private', joint: 'private', 内地与港澳台地区合作办学: 'private',
} as const));
const NOTE_ROW = /^(注|备注|说明|合计|总计|数据来源)/;

function detectLayout(table: LocatedTable<CollegeColumn>): CollegeSheetResult['layout'] {
  const moeHeader = table.columns.get('moeCode')?.header ?? '';
  if (/moe_?code/i.test(moeHeader)) return 'moe-csv';
  return table.columns.has('province') ? 'luban' : 'moe-list';
}

function headingProvince(cells: readonly string[], regions: RegionIndex): { provinceCode?: string; isHeading: boolean; isNote: boolean } {
  const distinct = [...new Set(cells.filter((c) => c.length > 0))];
  if (distinct.length !== 1) return { isHeading: false, isNote: false };
  const province = matchProvince(regions, distinct[0]!);
  if (province) return { provinceCode: province.code, isHeading: true, isNote: false };
  return { isHeading: false, isNote: NOTE_ROW.test(distinct[0]!) };
}

type RowContext = { regions: RegionIndex; headingProvinceCode: string | undefined; seen: Map<string, number> };

function parseRow(reader: RowReader<CollegeColumn>, context: RowContext): { row?: ParsedCollegeRow; issues: RowIssue[]; isGeneralUndergraduate: boolean } {
  const levelText = reader.get('level');
  const level = LEVELS.get(levelText.toLowerCase());
  // general universities are not imported, so their cells are not checked either
  if (level === 'general-undergraduate') return { issues: [], isGeneralUndergraduate: true };
  const issues: RowIssue[] = [];
  if (!levelText) issues.push(reader.issue('level', 'REQUIRED'));
  else if (!level) issues.push(reader.issue('level', 'INVALID_VALUE', { value: levelText, allowed: '中职、高职专科（专科）、职业本科、本科' }));
  const moeCode = reader.get('moeCode');
  if (!moeCode) issues.push(reader.issue('moeCode', 'REQUIRED'));
  else if (!/^\d{10}$/.test(moeCode)) issues.push(reader.issue('moeCode', 'INVALID_FORMAT', { value: moeCode, expected: '10 位数字 / 10 digits' }));
  else if (context.seen.has(moeCode)) issues.push(reader.issue('moeCode', 'DUPLICATE', { value: moeCode, firstRow: context.seen.get(moeCode)! }));
  else context.seen.set(moeCode, reader.row.number);
  const name = reader.get('name');
  if (!name) issues.push(reader.issue('name', 'REQUIRED'));
  else if (name.length > 100) issues.push(reader.issue('name', 'TOO_LONG', { max: 100 }));
  const ownershipText = reader.get('ownership');
  const ownership = OWNERSHIP.get(ownershipText.toLowerCase());
  if (!ownership) issues.push(reader.issue('ownership', 'INVALID_VALUE', { value: ownershipText, allowed: '公办、民办、中外合作办学' }));
  const place = parsePlace(reader, context, issues);
  if (issues.length > 0 || !level || !ownership || !place) return { issues, isGeneralUndergraduate: false };
  const optional = (key: CollegeColumn) => reader.get(key) || null;
  return {
    issues,
    isGeneralUndergraduate: false,
    row: {
      row: reader.row.number, moeCode, name, nameEn: optional('nameEn'), ...place, level,
      ownership, sourceOwnership: ownershipText || null,
      authority: optional('authority'), website: optional('website'),
    },
  };
}

function parsePlace(reader: RowReader<CollegeColumn>, context: RowContext, issues: RowIssue[]) {
  const provinceText = reader.get('province');
  const province = provinceText ? matchProvince(context.regions, provinceText) : undefined;
  const provinceCode = province?.code ?? (provinceText ? undefined : context.headingProvinceCode);
  if (provinceText && !province) issues.push(reader.issue('province', 'UNKNOWN_PROVINCE', { value: provinceText }));
  else if (!provinceCode) issues.push(reader.issue('province', 'REQUIRED'));
  if (!provinceCode) return undefined;
  const city = reader.get('city');
  const regionCode = reader.get('regionCode');
  if (regionCode) {
    const region = context.regions.byCode.get(regionCode);
    if (!region || region.provinceCode !== provinceCode) {
      issues.push(reader.issue('regionCode', 'UNKNOWN_REGION', { value: regionCode }));
      return undefined;
    }
    return { provinceCode, regionCode, regionMatch: region.level, isCityUnmatched: false, city: city || null };
  }
  const matched = matchCity(context.regions, provinceCode, city);
  return { provinceCode, regionCode: matched.regionCode, regionMatch: matched.match, isCityUnmatched: matched.isUnmatched, city: city || null };
}

/** Parses a college list sheet into rows ready to write, and every problem found, by row and cell. */
export function parseCollegeSheet(sheet: Sheet, regions: RegionIndex, locale: 'zh-CN' | 'en'): CollegeSheetResult {
  const located = locateTable(sheet, [collegeLayout], locale);
  const table = located.table;
  if (!table) return { layout: null, rowsRead: 0, rows: [], skippedUndergraduate: 0, issues: located.issues };
  const result: CollegeSheetResult = { layout: detectLayout(table), rowsRead: 0, rows: [], skippedUndergraduate: 0, issues: [...located.issues] };
  if (located.issues.some((i) => i.code === 'MISSING_COLUMN')) return result;
  const context: RowContext = { regions, headingProvinceCode: undefined, seen: new Map() };
  for (const sheetRow of table.rows) {
    const heading = headingProvince(sheetRow.cells, regions);
    if (heading.isHeading) {
      context.headingProvinceCode = heading.provinceCode;
      continue;
    }
    if (heading.isNote) continue;
    result.rowsRead += 1;
    const parsed = parseRow(new RowReader(table, sheetRow, locale), context);
    result.issues.push(...parsed.issues);
    if (parsed.isGeneralUndergraduate) result.skippedUndergraduate += 1;
    if (parsed.row) result.rows.push(parsed.row);
  }
  return result;
}
