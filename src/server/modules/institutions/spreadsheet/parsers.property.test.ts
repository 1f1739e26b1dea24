import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRegionIndex } from '../domain/region-match.js';
import { parseCollegeSheet } from '../domain/college-rows.js';
import { collegeIssueMessages } from '../domain/import-messages.js';
import { formatCsv, parseCsv } from './csv.js';
import { isLocated, renderIssues, type RowIssue } from './issues.js';
import { readUpload } from './upload.js';
import { readWorkbook, type Sheet } from './workbook.js';

function expectLocated(issues: readonly RowIssue[], sheet?: Sheet): void {
  for (const issue of issues) {
    expect(isLocated(issue), JSON.stringify(issue)).toBe(true);
    if (sheet && issue.row > 0) expect(sheet.rows.some((r) => r.number === issue.row)).toBe(true);
  }
}

const regions = buildRegionIndex([
  { code: '440000', name: '广东省', level: 'province', parentCode: null, provinceCode: '440000' },
  { code: '440100', name: '广州市', level: 'prefecture', parentCode: '440000', provinceCode: '440000' },
]);
const token = fc.oneof(
  fc.constantFrom('', '学校标识码', '学校名称', '所在地', '办学层次', '备注', 'moe_code', 'province', '专科', '本科', '中职', '民办', '广东省', '广州市', '4144000001', '__proto__', 'constructor', '北京市（3所）', '注：'),
  fc.string({ maxLength: 12 }),
);
const cellMatrix = fc.array(fc.array(token, { maxLength: 9 }), { maxLength: 25 });
const toSheet = (rows: string[][]): Sheet => ({ name: 'fuzz', rows: rows.map((cells, i) => ({ number: i + 1, cells })).filter((r) => r.cells.some((c) => c !== '')) });

describe('spreadsheet parsers under arbitrary input', () => {
  it('parseCsv never throws and reads back what formatCsv wrote', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => void parseCsv(text)), { numRuns: 500 });
    const cell = fc.string({ maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), (rows) => {
        expect(parseCsv(formatCsv(rows), ',').map((r) => r.cells)).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it('readWorkbook and readUpload never throw on arbitrary bytes, whatever the file is called', async () => {
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 400 }), fc.uint8Array({ maxLength: 200 }).map((b) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...b])));
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom('a.xlsx', 'a.csv', 'a', 'a.XLSX'), async (content, name) => {
        const result = await readWorkbook(name, content);
        expect(typeof result.ok).toBe('boolean');
        const upload = await readUpload({ fileName: name, contentBase64: Buffer.from(content).toString('base64') });
        expectLocated(upload.issues);
      }),
      { numRuns: 150 },
    );
    const notBase64 = await readUpload({ fileName: 'x.csv', contentBase64: '%%%' });
    expect(notBase64.issues.map((i) => i.code)).toEqual(['NOT_BASE64']);
  });

  it('parseCollegeSheet never throws; every issue names its row and column, in both languages', () => {
    fc.assert(
      fc.property(cellMatrix, (rows) => {
        const sheet = toSheet(rows);
        const result = parseCollegeSheet(sheet, regions, 'en');
        expectLocated(result.issues, sheet);
        for (const locale of ['en', 'zh-CN'] as const) {
          for (const rendered of renderIssues(result.issues, collegeIssueMessages, locale)) expect(rendered.message).not.toMatch(/^[A-Z_]+$/);
        }
        for (const row of result.rows) expect(row.moeCode).toMatch(/^\d{10}$/);
      }),
      { numRuns: 400 },
    );
  });
});
