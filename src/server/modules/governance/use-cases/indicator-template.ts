import { buildCsvTemplate, buildXlsxTemplate, type TemplateFile, type TemplateSheet } from '../../institutions/index.js';
import type { SpreadsheetFormat } from '../../../../shared/contracts/institutions/spreadsheet-import.js';
import { EXAMPLE_MARK, indicatorLayout } from '../domain/indicator-rows.js';

const exampleRow = Object.fromEntries(indicatorLayout.columns.map((c) => [c.key, c.example ?? '']));
const secondExample = { ...exampleRow, year: '2024', plannedPlaces: '50', entrants: '48' };

/** The indicator template: bilingual headers, two example rows marked as such, and an instructions sheet. */
export const indicatorTemplateSheet: TemplateSheet = {
  name: '专业点指标 Indicators',
  columns: indicatorLayout.columns,
  examples: [exampleRow, secondExample],
  notes: [
    `标有“${EXAMPLE_MARK}”备注的行是示例，导入时跳过；请删除或覆盖。 Rows whose note says “${EXAMPLE_MARK}” are examples and are never imported.`,
    '每行是一个专业点一年的数据：院校代码 + 专业代码 + 年份。 One row per offering and year: college id + program code + year.',
    '所有数量填非负整数，不填比率；比率由平台按分子、分母计算。 Every figure is a non-negative whole number, never a rate: the platform computes rates from numerators and denominators.',
    '初次（8 月 31 日）与年终（12 月 31 日）两个时点的六类去向之和都必须等于毕业生数。 At both snapshots (31 Aug and 31 Dec) the six destination categories must add up to the graduates.',
    '初次落实人数（协议合同 + 灵活 + 创业 + 升学）不能多于年终落实人数。 Placed at the first snapshot cannot exceed placed at year end.',
    '专业相关就业人数不能多于年终就业人数（协议合同 + 灵活 + 创业）；双师型教师数不能多于专任教师数。 Related employed ≤ employed at year end; dual-qualified ≤ full-time teachers.',
    '专业代码须在所选目录版本中；未备案的专业点不能有招生计划。 Program codes must be in the chosen catalog version; an offering not recorded for the year cannot have planned places.',
    '导入先预览：列出每一处有问题的行和单元格，不保存任何数据；确认后整体导入，任何一处有误则全部不导入。 Preview first: every bad row and cell is listed and nothing is stored; the commit is all or nothing.',
    '同一院校同一年份再次导入时，替换该院校该年份的全部数据。 Re-importing a college-year replaces all of that college’s rows for that year.',
    '院校管理员只能导入本校数据，省级管理员只能导入本省院校数据。 A college administrator imports only its college, a province administrator only its province’s colleges.',
  ],
};

export async function buildIndicatorTemplate(format: SpreadsheetFormat): Promise<TemplateFile> {
  const baseName = 'luban-indicators-template';
  return format === 'csv' ? buildCsvTemplate(baseName, indicatorTemplateSheet) : buildXlsxTemplate(baseName, [indicatorTemplateSheet]);
}
