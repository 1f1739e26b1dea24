import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLocated, renderIssues, type RowIssue, type Sheet } from '../../institutions/index.js';
import { buildVersion } from '../domain/build-version.js';
import { catalogIssueMessages } from './catalog-messages.js';
import { readCatalogFiles } from './read-catalog-files.js';
import { readReferenceSheet } from './reference-layout.js';

const token = fc.oneof(
  fc.constantFrom('', '层次', '专业代码', '专业名称', '专业大类代码', '专业大类名称', '专业类代码', '专业类名称', '接续专业代码', '变更类型', '原专业代码', '新专业代码',
    '高职专科', '中职', '职业本科', '99', '9901', '990101', '990102', 'SAMPLE-H1', '合并', '撤销', '新增', '990101;990102', 'broad', 'detailed', '0613', '__proto__'),
  fc.string({ maxLength: 10 }),
);
const csvText = fc.array(fc.array(token, { maxLength: 11 }), { maxLength: 20 }).map((rows) => rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')).join('\n'));
const programHeader = '层次,专业大类代码,专业大类名称,专业类代码,专业类名称,专业代码,专业名称,英文名称,接续专业代码,行业门类';
const revisionHeader = '层次,变更类型,原专业代码,新专业代码,说明';
const withHeader = (header: string) => fc.tuple(fc.boolean(), csvText).map(([hasHeader, body]) => (hasHeader ? `${header}\n${body}` : body));
const upload = (name: string, text: string) => ({ fileName: name, contentBase64: Buffer.from(text).toString('base64') });
const version = { id: 'FUZZ', title: 'fuzz', kind: 'edition' as const, year: 2030, isSample: false };

function expectLocated(issues: readonly RowIssue[], sheet?: Sheet): void {
  for (const issue of issues) {
    expect(isLocated(issue), JSON.stringify(issue)).toBe(true);
    if (sheet && issue.row > 0) expect(sheet.rows.some((r) => r.number === issue.row)).toBe(true);
  }
}

describe('catalog parsers under arbitrary input', () => {
  it('never throw; every issue names its row and column; messages render in both languages', async () => {
    await fc.assert(
      fc.asyncProperty(withHeader(programHeader), withHeader(revisionHeader), fc.boolean(), async (programs, revisions, isSample) => {
        const files = await readCatalogFiles({ version: { ...version, isSample }, mode: 'full', programs: upload('p.csv', programs), revisions: upload('r.csv', revisions) }, 'en');
        const built = buildVersion({ mode: 'full', previous: undefined, programs: files.programs, revisions: files.revisions, references: {} });
        const issues = [...files.issues, ...built.issues.map(files.locate)];
        expectLocated(issues);
        for (const locale of ['en', 'zh-CN'] as const) {
          for (const rendered of renderIssues(issues, catalogIssueMessages, locale)) expect(rendered.message).not.toMatch(/^[A-Z_]+$/);
        }
      }),
      { numRuns: 250 },
    );
  });

  it('reads reference files without throwing, every issue located', () => {
    const rows = fc.array(fc.array(fc.oneof(fc.constantFrom('code', 'level', 'label_en', '代码', '名称', '对接层次', '国家重点产业', '01', '011', 'narrow', '440000'), fc.string({ maxLength: 8 })), { maxLength: 7 }), { maxLength: 20 });
    fc.assert(
      fc.property(rows, fc.constantFrom('industry', 'isced', 'alignment', 'chain'), (cells, kind) => {
        const sheet = { name: 'fuzz', rows: cells.map((c, i) => ({ number: i + 1, cells: c })).filter((r) => r.cells.some((c) => c !== '')) };
        const result = readReferenceSheet([sheet], kind, 'zh-CN');
        expectLocated(result.issues, sheet);
      }),
      { numRuns: 300 },
    );
  });
});
