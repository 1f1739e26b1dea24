import type { CatalogLevel, RevisionKind } from '../../../../shared/contracts/catalog/catalog.js';
import type { ReferenceKind } from '../../../../shared/contracts/catalog/reference-data.js';
import { splitList, type Layout, type RowIssue, type RowReader } from '../../institutions/index.js';
import type { ProgramDraft, ProgramField, RevisionDraft, RevisionField } from '../domain/catalog-draft.js';
import { checkCode, isCodeUnder, isOfficialCode, officialCodeShape, type CodeRank } from '../domain/codes.js';

/**
 * The catalog spreadsheet, laid out as the MOE publishes the catalog (one row per program with
 * its 专业大类 and 专业类, codes and names, and 接续专业), plus Luban's classification columns,
 * and a second sheet of change records (变更记录).
 */
export const programLayout: Layout<ProgramField> = {
  id: 'catalog-programs',
  minMatches: 4,
  columns: [
    { key: 'level', label: { 'zh-CN': '层次', en: 'Level' }, aliases: ['专业层次', '教育层次', 'level'], isRequired: true, example: '高职专科' },
    { key: 'majorCode', label: { 'zh-CN': '专业大类代码', en: 'Major category code' }, aliases: ['大类代码'], isRequired: true, example: 'SAMPLE-H51' },
    { key: 'majorName', label: { 'zh-CN': '专业大类名称', en: 'Major category name' }, aliases: ['专业大类', '大类名称'], isRequired: true, example: '电子与信息大类（示例）' },
    { key: 'majorNameEn', label: { 'zh-CN': '专业大类英文名称', en: 'Major category name (en)' }, isRequired: false, example: 'Electronics and information (example)' },
    { key: 'categoryCode', label: { 'zh-CN': '专业类代码', en: 'Category code' }, aliases: ['类代码'], isRequired: true, example: 'SAMPLE-H5102' },
    { key: 'categoryName', label: { 'zh-CN': '专业类名称', en: 'Category name' }, aliases: ['专业类', '类名称'], isRequired: true, example: '计算机类（示例）' },
    { key: 'categoryNameEn', label: { 'zh-CN': '专业类英文名称', en: 'Category name (en)' }, isRequired: false, example: 'Computing (example)' },
    { key: 'code', label: { 'zh-CN': '专业代码', en: 'Program code' }, aliases: ['代码', 'code'], isRequired: true, example: 'SAMPLE-H510201' },
    { key: 'name', label: { 'zh-CN': '专业名称', en: 'Program name' }, aliases: ['名称', 'name'], isRequired: true, example: '计算机应用技术（示例）' },
    { key: 'nameEn', label: { 'zh-CN': '英文名称', en: 'Program name (en)' }, aliases: ['name_en', '专业英文名称'], isRequired: false, example: 'Computer application technology (example)' },
    { key: 'continuesTo', label: { 'zh-CN': '接续专业代码', en: 'Continuing programs' }, aliases: ['接续专业', '接续高职本科专业', '接续高职专科专业'], isRequired: false, example: '' },
    { key: 'industry', label: { 'zh-CN': '行业门类', en: 'Industry sections' }, aliases: ['国民经济行业门类', '对应行业'], isRequired: false, example: 'I' },
    { key: 'isced', label: { 'zh-CN': 'ISCED-F 领域', en: 'ISCED-F fields' }, aliases: ['isced', 'iscedf'], isRequired: false, example: '0613' },
    { key: 'alignment', label: { 'zh-CN': '对接产业', en: 'Aligned industries' }, aliases: ['对接产业代码'], isRequired: false, example: '' },
    { key: 'chain', label: { 'zh-CN': '重点产业链', en: 'Key industrial chains' }, aliases: ['产业链'], isRequired: false, example: '' },
    { key: 'notes', label: { 'zh-CN': '备注', en: 'Notes' }, aliases: ['notes'], isRequired: false, example: '示例行，导入前请删除 / example row, delete before importing' },
  ],
};

export const revisionLayout: Layout<RevisionField> = {
  id: 'catalog-revisions',
  minMatches: 3,
  columns: [
    { key: 'level', label: { 'zh-CN': '层次', en: 'Level' }, aliases: ['专业层次', 'level'], isRequired: true, example: '高职专科' },
    { key: 'kind', label: { 'zh-CN': '变更类型', en: 'Change' }, aliases: ['调整类型', '调整方式', 'kind'], isRequired: true, example: '更名' },
    { key: 'predecessors', label: { 'zh-CN': '原专业代码', en: 'Predecessor codes' }, aliases: ['原代码', '调整前代码'], isRequired: true, example: 'SAMPLE-H510201' },
    { key: 'successors', label: { 'zh-CN': '新专业代码', en: 'Successor codes' }, aliases: ['新代码', '调整后代码'], isRequired: true, example: 'SAMPLE-H510209' },
    { key: 'note', label: { 'zh-CN': '说明', en: 'Note' }, aliases: ['备注', 'note'], isRequired: false, example: '示例行 / example row' },
  ],
};

export const levelValues = new Map<string, CatalogLevel>(Object.entries({
  中职: 'secondary', 中等职业教育: 'secondary', 中职专业: 'secondary', secondary: 'secondary',
  高职专科: 'higher', 高职: 'higher', 专科: 'higher', 高等职业教育专科: 'higher', higher: 'higher',
  职业本科: 'undergraduate', 高职本科: 'undergraduate', 本科: 'undergraduate', 职业教育本科: 'undergraduate', undergraduate: 'undergraduate',
} as const));

export const revisionKindValues = new Map<string, RevisionKind>(Object.entries({
  新增: 'added', added: 'added', 更名: 'renamed', renamed: 'renamed', 合并: 'merged', merged: 'merged',
  撤销: 'discontinued', 取消: 'discontinued', discontinued: 'discontinued', 归属调整: 'regrouped', regrouped: 'regrouped',
  拆分: 'split', split: 'split', 保留: 'kept', kept: 'kept',
} as const));

const classificationFields: readonly ReferenceKind[] = ['industry', 'isced', 'alignment', 'chain'];

function readLevel<K extends string>(reader: RowReader<K>, key: K, issues: RowIssue[]): CatalogLevel | undefined {
  const text = reader.get(key);
  const level = levelValues.get(text.toLowerCase());
  if (!text) issues.push(reader.issue(key, 'REQUIRED'));
  else if (!level) issues.push(reader.issue(key, 'INVALID_VALUE', { value: text, allowed: '中职、高职专科、职业本科' }));
  return level;
}

function readCode(reader: RowReader<ProgramField>, key: ProgramField, rank: CodeRank, isSample: boolean, issues: RowIssue[]): string {
  const code = reader.get(key);
  if (!code) {
    issues.push(reader.issue(key, 'REQUIRED'));
    return '';
  }
  const check = checkCode(code, rank, isSample);
  if (check === 'bad-format') issues.push(reader.issue(key, 'INVALID_CODE', { value: code, expected: officialCodeShape[rank] }));
  if (check === 'sample-code-in-official-version') issues.push(reader.issue(key, 'SAMPLE_CODE_IN_OFFICIAL', { value: code }));
  return check === 'ok' ? code : '';
}

function readName<K extends string>(reader: RowReader<K>, key: K, max: number, isRequired: boolean, issues: RowIssue[]): string {
  const name = reader.get(key);
  if (!name && isRequired) issues.push(reader.issue(key, 'REQUIRED'));
  if (name.length > max) issues.push(reader.issue(key, 'TOO_LONG', { max }));
  return name;
}

function checkHierarchy(reader: RowReader<ProgramField>, codes: { major: string; category: string; program: string }, issues: RowIssue[]): void {
  if (isOfficialCode(codes.category, 'category') && codes.major && !isCodeUnder(codes.category, codes.major)) {
    issues.push(reader.issue('categoryCode', 'CODE_NOT_UNDER', { value: codes.category, parent: codes.major }));
  }
  if (isOfficialCode(codes.program, 'program') && codes.category && !isCodeUnder(codes.program, codes.category)) {
    issues.push(reader.issue('code', 'CODE_NOT_UNDER', { value: codes.program, parent: codes.category }));
  }
}

/** One program row: every cell checked on its own; cross-row checks come later (buildVersion). */
export function readProgramRow(reader: RowReader<ProgramField>, isSample: boolean): { draft?: ProgramDraft; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const level = readLevel(reader, 'level', issues);
  const codes = {
    major: readCode(reader, 'majorCode', 'major', isSample, issues),
    category: readCode(reader, 'categoryCode', 'category', isSample, issues),
    program: readCode(reader, 'code', 'program', isSample, issues),
  };
  checkHierarchy(reader, codes, issues);
  const names = {
    major: readName(reader, 'majorName', 100, true, issues),
    majorEn: readName(reader, 'majorNameEn', 200, false, issues),
    category: readName(reader, 'categoryName', 100, true, issues),
    categoryEn: readName(reader, 'categoryNameEn', 200, false, issues),
    program: readName(reader, 'name', 100, true, issues),
    programEn: readName(reader, 'nameEn', 200, false, issues),
    notes: readName(reader, 'notes', 500, false, issues),
  };
  if (issues.length > 0 || !level) return { issues };
  return {
    issues,
    draft: {
      row: reader.row.number, level, majorCode: codes.major, majorName: names.major, majorNameEn: names.majorEn || null,
      categoryCode: codes.category, categoryName: names.category, categoryNameEn: names.categoryEn || null,
      code: codes.program, name: names.program, nameEn: names.programEn || null, notes: names.notes || null,
      continuesTo: splitList(reader.get('continuesTo')),
      classifications: classificationFields.flatMap((kind) => splitList(reader.get(kind)).map((itemCode) => ({ kind, itemCode }))),
    },
  };
}

/** One change-record row. */
export function readRevisionRow(reader: RowReader<RevisionField>): { draft?: RevisionDraft; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const level = readLevel(reader, 'level', issues);
  const kindText = reader.get('kind');
  const kind = revisionKindValues.get(kindText.toLowerCase());
  if (!kindText) issues.push(reader.issue('kind', 'REQUIRED'));
  else if (!kind) issues.push(reader.issue('kind', 'INVALID_VALUE', { value: kindText, allowed: '新增、更名、合并、撤销、归属调整、拆分、保留' }));
  const note = readName(reader, 'note', 500, false, issues);
  if (issues.length > 0 || !level || !kind) return { issues };
  return {
    issues,
    draft: { row: reader.row.number, level, kind, predecessorCodes: splitList(reader.get('predecessors')), successorCodes: splitList(reader.get('successors')), note: note || null },
  };
}
