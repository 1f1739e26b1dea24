import { buildCsvTemplate, buildXlsxTemplate, type TemplateFile, type TemplateSheet } from '../../institutions/index.js';
import { programLayout, revisionLayout } from './catalog-layout.js';
import { referenceLayout } from './reference-layout.js';

const exampleRow = (columns: readonly { key: string; example?: string }[]) => Object.fromEntries(columns.map((c) => [c.key, c.example ?? '']));

const programsSheet: TemplateSheet = {
  name: '专业目录 Programs',
  columns: programLayout.columns,
  examples: [exampleRow(programLayout.columns)],
  notes: [
    '每行一个专业，按教育部专业目录的版式：专业大类、专业类、专业的代码与名称。 One row per program, laid out as the MOE catalog: major category, category, program codes and names.',
    '层次 Level：中职 / 高职专科 / 职业本科。正式目录代码：大类 2 位、专业类 4 位、专业 6 位数字，逐级包含。 Official codes: 2, 4 and 6 digits, each starting with its parent’s.',
    '示例目录（版本标记为示例）可使用 SAMPLE- 开头的代码；正式目录不接受示例代码。 Sample catalogs may use SAMPLE- codes; official ones may not.',
    '接续专业代码、行业门类、ISCED-F 领域、对接产业、重点产业链：多个值用分号分隔，须为已导入参考数据中的代码。 Multi-valued cells: separate with semicolons; classification codes must exist in an imported reference set.',
    '示例行仅说明格式，导入前请删除。 The example row only shows the format: delete it before importing.',
  ],
};

const revisionsSheet: TemplateSheet = {
  name: '变更记录 Revisions',
  columns: revisionLayout.columns,
  examples: [exampleRow(revisionLayout.columns)],
  notes: [
    '变更类型 Change：新增、更名、合并、撤销、归属调整、拆分、保留。 Kinds: added, renamed, merged, discontinued, regrouped, split, kept.',
    '原专业代码为上一版本中的代码，新专业代码为本版本中的代码；合并有多个原代码，拆分有多个新代码。 Predecessors are codes of the previous version, successors of this one.',
    '上一版本中消失的每个专业都必须有变更记录；新代码没有记录时自动记为“新增”。 Every code that disappears needs a record; new codes without one are recorded as added.',
  ],
};

const referenceSheet: TemplateSheet = {
  name: '参考数据 Reference items',
  columns: referenceLayout.columns,
  examples: [exampleRow(referenceLayout.columns)],
  notes: [
    '用于行业门类、ISCED-F、对接产业（须填对接层次，可填适用地区代码）和重点产业链。 For industry sections, ISCED-F fields, aligned industries (tier required, region optional) and key chains.',
    'ISCED-F 也可直接导入 code, level, label_en, broad, narrow, detailed 版式的 CSV。 ISCED-F may also be imported in the code/level/label_en CSV layout.',
  ],
};

/** The catalog workbook (programs + change records), the reference-data workbook, or one sheet as CSV. */
export async function buildCatalogTemplate(format: 'xlsx' | 'csv', sheet: 'programs' | 'revisions' | 'reference-items'): Promise<TemplateFile> {
  const chosen = sheet === 'revisions' ? revisionsSheet : sheet === 'reference-items' ? referenceSheet : programsSheet;
  if (format === 'csv') return buildCsvTemplate(`luban-catalog-${sheet}-template`, chosen);
  if (sheet === 'reference-items') return buildXlsxTemplate('luban-reference-data-template', [referenceSheet]);
  return buildXlsxTemplate('luban-catalog-template', [programsSheet, revisionsSheet]);
}
