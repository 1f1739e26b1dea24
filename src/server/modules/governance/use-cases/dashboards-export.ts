import ExcelJS from 'exceljs';
import type { Locale } from '../../../platform/i18n/locale.js';
import type { DashboardFrame } from '../../../../shared/contracts/governance/dashboards.js';

/**
 * A chart's rows as an .xlsx workbook: one sheet with the table exactly as the table view
 * shows it (bilingual column labels in the caller's language, rates as percentages), and a
 * notes sheet with the scope, year, snapshot, minimum count and provenance.
 */
export type ExportFile = { fileName: string; contentType: string; body: Buffer };
type Row = Record<string, unknown>;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function cellValue(value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

function notes(frame: DashboardFrame, locale: Locale): [string, string][] {
  const en = locale === 'en';
  const rows: [string, string][] = [
    [en ? 'Scope' : '范围', frame.scope.label],
    [en ? 'Year' : '年份', frame.year === null ? '' : String(frame.year)],
    [en ? 'Level' : '层次', frame.level ?? (en ? 'all' : '全部')],
    [en ? 'Destination snapshot' : '去向统计时点', frame.snapshot === 'first' ? (en ? 'first (31 Aug)' : '初次（8月31日）') : en ? 'year end (31 Dec)' : '年终（12月31日）'],
    [en ? 'Minimum count' : '最小样本量', String(frame.minCount)],
    [en ? 'Open warnings (red / yellow / notice)' : '未关闭预警（红/黄/提示）', `${frame.warnings.red} / ${frame.warnings.yellow} / ${frame.warnings.notice}`],
    [en ? 'Summaries refreshed at' : '汇总更新时间', frame.refreshedAt ?? ''],
    [en ? 'Generated data' : '生成数据', frame.provenance.isGenerated ? (en ? 'yes' : '是') : en ? 'no' : '否'],
  ];
  if (frame.provenance.notice) rows.push([en ? 'Notice' : '说明', frame.provenance.notice]);
  return rows;
}

export async function buildDashboardWorkbook(frame: DashboardFrame, rows: readonly Row[], locale: Locale): Promise<ExportFile> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Luban';
  const sheet = workbook.addWorksheet(frame.chart);
  sheet.columns = frame.columns.map((c) => ({
    header: c.label[locale],
    key: c.key,
    width: Math.max(12, c.label[locale].length * (locale === 'en' ? 1.1 : 2.2)),
    style: c.kind === 'rate' ? { numFmt: '0.0%' } : c.kind === 'number' ? { numFmt: '0.00' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(Object.fromEntries(frame.columns.map((c) => [c.key, cellValue(row[c.key])])));
  const info = workbook.addWorksheet(locale === 'en' ? 'Notes' : '说明');
  info.getColumn(1).width = 36;
  info.getColumn(2).width = 80;
  for (const line of notes(frame, locale)) info.addRow(line);
  const scope = frame.scope.provinceCode ?? frame.scope.collegeId ?? 'national';
  const name = `luban-${frame.chart}-${frame.scope.collegeId ?? scope}-${frame.year ?? 'none'}${frame.provenance.isGenerated ? '-generated' : ''}.xlsx`;
  return { fileName: name, contentType: XLSX_TYPE, body: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
