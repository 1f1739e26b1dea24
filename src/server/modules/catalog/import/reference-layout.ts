import type { AlignmentTier, ReferenceKind } from '../../../../shared/contracts/catalog/reference-data.js';
import { locateTable, RowReader, type Layout, type RowIssue, type Sheet } from '../../institutions/index.js';

/**
 * Reference-data files: Luban's layout (代码, 名称, 英文名称, 上级代码, 层级, 对接层次, 适用地区)
 * or the ISCED-F 2013 list as UNESCO-derived CSVs lay it out (code, level, label_en, broad,
 * narrow, detailed).
 */
export type ReferenceField = 'code' | 'name' | 'nameEn' | 'parentCode' | 'rank' | 'tier' | 'region';

export const referenceLayout: Layout<ReferenceField> = {
  id: 'reference-items',
  minMatches: 2,
  columns: [
    { key: 'code', label: { 'zh-CN': '代码', en: 'Code' }, aliases: ['code', '编码'], isRequired: true, example: 'SAMPLE-NEV' },
    { key: 'name', label: { 'zh-CN': '名称', en: 'Name' }, aliases: ['name', '中文名称', 'name_zh'], isRequired: false, example: '新能源汽车（示例）' },
    { key: 'nameEn', label: { 'zh-CN': '英文名称', en: 'English name' }, aliases: ['name_en', 'label_en', 'label'], isRequired: false, example: 'New-energy vehicles (example)' },
    { key: 'parentCode', label: { 'zh-CN': '上级代码', en: 'Parent code' }, aliases: ['parent', 'parent_code'], isRequired: false, example: '' },
    { key: 'rank', label: { 'zh-CN': '层级', en: 'Rank' }, aliases: ['level', 'rank'], isRequired: false, example: '' },
    { key: 'tier', label: { 'zh-CN': '对接层次', en: 'Tier' }, aliases: ['tier', '产业层次'], isRequired: false, example: '区域支柱产业' },
    { key: 'region', label: { 'zh-CN': '适用地区', en: 'Region' }, aliases: ['region', '地区代码'], isRequired: false, example: '440000' },
  ],
};

export type ReferenceItemDraft = {
  row: number;
  code: string;
  name: string;
  nameEn: string | null;
  parentCode: string | null;
  rank: string | null;
  tier: AlignmentTier | null;
  regionCode: string | null;
};

const tiers = new Map<string, AlignmentTier>(Object.entries({
  国家重点产业: 'national-key', 'national-key': 'national-key', 国家重点: 'national-key',
  区域支柱产业: 'regional-pillar', 'regional-pillar': 'regional-pillar', 区域支柱: 'regional-pillar',
  地方特色产业: 'local-distinctive', 'local-distinctive': 'local-distinctive', 地方特色: 'local-distinctive',
} as const));

/** ISCED-F codes are 2, 3 or 4 digits by rank; spreadsheets drop their leading zeros. */
const iscedDigits: Record<string, number> = { broad: 2, narrow: 3, detailed: 4 };

function normalizeCode(code: string, rank: string, isIsced: boolean): string {
  const digits = isIsced ? iscedDigits[rank] : undefined;
  return digits !== undefined && /^\d+$/.test(code) && code.length < digits ? code.padStart(digits, '0') : code;
}

function iscedParent(code: string, rank: string): string | null {
  if (rank === 'narrow') return code.slice(0, 2);
  if (rank === 'detailed') return code.slice(0, 3);
  return null;
}

type Context = { kind: ReferenceKind; isIsced: boolean; seen: Map<string, number> };

function readItem(reader: RowReader<ReferenceField>, context: Context): { draft?: ReferenceItemDraft; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const rank = reader.get('rank').toLowerCase();
  const code = normalizeCode(reader.get('code'), rank, context.isIsced);
  if (!code) issues.push(reader.issue('code', 'REQUIRED'));
  else if (code.length > 40) issues.push(reader.issue('code', 'TOO_LONG', { max: 40 }));
  else if (context.seen.has(code)) issues.push(reader.issue('code', 'DUPLICATE', { value: code, firstRow: context.seen.get(code)! }));
  else context.seen.set(code, reader.row.number);
  const name = reader.get('name');
  const nameEn = reader.get('nameEn');
  if (!name && !nameEn) issues.push(reader.issue(reader.has('name') ? 'name' : 'nameEn', 'REQUIRED'));
  for (const [key, value] of [['name', name], ['nameEn', nameEn]] as const) if (value.length > 200) issues.push(reader.issue(key, 'TOO_LONG', { max: 200 }));
  const tierText = reader.get('tier');
  const tier = tiers.get(tierText.toLowerCase()) ?? null;
  if (tierText && !tier) issues.push(reader.issue('tier', 'INVALID_VALUE', { value: tierText, allowed: '国家重点产业、区域支柱产业、地方特色产业' }));
  if (context.kind === 'alignment' && !tierText) issues.push(reader.issue('tier', 'TIER_REQUIRED'));
  const region = reader.get('region');
  if (region && !/^\d{6}$/.test(region)) issues.push(reader.issue('region', 'INVALID_REGION', { value: region }));
  if (issues.length > 0) return { issues };
  const parentCode = reader.get('parentCode') || (context.isIsced ? iscedParent(code, rank) : null);
  return {
    issues,
    draft: {
      row: reader.row.number, code, name: name || nameEn, nameEn: nameEn || null, parentCode, rank: rank || null,
      tier: context.kind === 'alignment' ? tier : null, regionCode: context.kind === 'alignment' ? region || null : null,
    },
  };
}

export type ReferenceSheetResult = { layout: 'isced-csv' | 'luban' | null; rowsRead: number; items: ReferenceItemDraft[]; issues: RowIssue[] };

/** Reads reference items from the first sheet with a matching header, with every problem by row and cell. */
export function readReferenceSheet(sheets: readonly Sheet[], kind: ReferenceKind, locale: 'zh-CN' | 'en'): ReferenceSheetResult {
  const located = sheets.map((sheet) => locateTable(sheet, [referenceLayout], locale)).find((l) => l.table) ?? (sheets[0] ? locateTable(sheets[0], [referenceLayout], locale) : undefined);
  const table = located?.table;
  if (!located || !table) return { layout: null, rowsRead: 0, items: [], issues: located?.issues ?? [] };
  const isIsced = /label_?en/i.test(table.columns.get('nameEn')?.header ?? '');
  const result: ReferenceSheetResult = { layout: isIsced ? 'isced-csv' : 'luban', rowsRead: table.rows.length, items: [], issues: [...located.issues] };
  if (located.issues.some((i) => i.code === 'MISSING_COLUMN')) return result;
  const context: Context = { kind, isIsced, seen: new Map() };
  for (const row of table.rows) {
    const reader = new RowReader(table, row, locale);
    const item = readItem(reader, context);
    result.issues.push(...item.issues);
    if (item.draft) result.items.push(item.draft);
  }
  const codes = new Set(result.items.map((i) => i.code));
  for (const item of result.items) {
    if (item.parentCode && !codes.has(item.parentCode)) result.issues.push(new RowReader(table, { number: item.row, cells: [] }, locale).issue('parentCode', 'UNKNOWN_PARENT', { value: item.parentCode }));
  }
  return result;
}
