import ExcelJS from 'exceljs';
import { formatCsv } from './csv.js';
import { templateHeader, type ColumnSpec } from './table.js';

export type TemplateSheet = {
  name: string;
  columns: readonly ColumnSpec<string>[];
  /** Example rows (cell text by column key), clearly labelled as examples in their content. */
  examples: readonly Record<string, string>[];
  /** Lines of guidance written above nothing: they go to a separate 说明 / notes sheet. */
  notes: readonly string[];
};

export type TemplateFile = { fileName: string; contentType: string; body: Buffer };

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An .xlsx template: one sheet per table (bilingual headers, text-formatted cells) and a notes sheet. */
export async function buildXlsxTemplate(baseName: string, sheets: readonly TemplateSheet[]): Promise<TemplateFile> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Luban';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    worksheet.columns = sheet.columns.map((spec) => ({ header: templateHeader(spec), key: spec.key, width: Math.max(14, templateHeader(spec).length + 4), style: { numFmt: '@' } }));
    worksheet.getRow(1).font = { bold: true };
    for (const example of sheet.examples) worksheet.addRow(sheet.columns.map((spec) => example[spec.key] ?? ''));
  }
  const notes = workbook.addWorksheet('说明 Notes');
  notes.getColumn(1).width = 120;
  for (const sheet of sheets) {
    notes.addRow([`【${sheet.name}】`]).font = { bold: true };
    for (const spec of sheet.columns) {
      notes.addRow([`${templateHeader(spec)}${spec.isRequired ? ' *' : ''}`]);
    }
    for (const line of sheet.notes) notes.addRow([line]);
    notes.addRow([]);
  }
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `${baseName}.xlsx`, contentType: XLSX_TYPE, body };
}

/** A UTF-8 (with BOM, so Excel opens it correctly) CSV template of one sheet. */
export function buildCsvTemplate(baseName: string, sheet: TemplateSheet): TemplateFile {
  const rows = [sheet.columns.map(templateHeader), ...sheet.examples.map((example) => sheet.columns.map((spec) => example[spec.key] ?? ''))];
  return { fileName: `${baseName}.csv`, contentType: 'text/csv; charset=utf-8', body: Buffer.from(formatCsv(rows), 'utf8') };
}

/** Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replaceAll('"', '');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
