import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../../platform/authz/actor.js';
import { createTestLuban, type Session, type TestLuban } from '../../../testing/test-luban.js';
import { describeEachEngine } from '../../../testing/test-db.js';
import type { IndicatorImportPreview } from '../../../../shared/contracts/governance/indicator-import.js';
import { cellOf, goodRow, indicatorCsv, indicatorXlsx } from './indicator-rules.test-support.js';

const PREVIEW = '/api/v1/governance/indicators/imports/preview';
const COMMIT = '/api/v1/governance/indicators/imports';
type Page = { items: { collegeId: string; programCode: string; year: number; graduates: number; destinationYearEnd: { contractJobs: number } }[] };

describeEachEngine('indicator import', (engine) => {
  let t: TestLuban;
  let province: Session;
  let college: Session;
  const rowsOf = async (query: string) => ((await t.request({ method: 'GET', url: `/api/v1/governance/indicators?${query}`, session: province })).json() as Page).items;

  beforeAll(async () => {
    t = await createTestLuban(engine);
    // offerings of the demo college recorded for 2024 and 2025 (planned places need a recorded offering)
    const offering = (programCode: string, year: number) => ({ provinceCode: '440000', collegeId: 'DEMO-GD-01', programCode, programName: programCode, catalogVersionId: 'SAMPLE-2024S', year, status: 'recorded' as const });
    await t.governance.api.loadGeneratedData(systemActor('test'), {
      offeringYears: [offering('SAMPLE-H010101', 2024), offering('SAMPLE-H010102', 2024), offering('SAMPLE-H010101', 2025), offering('SAMPLE-H010102', 2025)],
      indicators: [],
    });
    province = await t.login('demo.province');
    college = await t.login('demo.college');
  });
  afterAll(async () => t.close());

  it('reports every bad row and cell of a malformed xlsx, and changes nothing', async () => {
    const before = await rowsOf('collegeId=DEMO-GD-01');
    const file = await indicatorXlsx([
      goodRow('DEMO-GD-01', 'SAMPLE-H010101', 2025), // row 2: fine
      goodRow('DEMO-GD-01', 'SAMPLE-H010102', 2025, { entrants: '4.5', enrollment: '-3' }), // row 3: two bad cells
      goodRow('DEMO-GD-01', 'SAMPLE-H010101', 2024, { yearEndSeekingWork: '2' }), // row 4: year end adds up to 42
      goodRow('DEMO-GD-01', 'SAMPLE-H010102', 2024, { yearEndContractJobs: '10', yearEndSeekingWork: '13' }), // row 5: placed falls 35 → 27
      goodRow('DEMO-GD-01', 'SAMPLE-H010103', 2025, { relatedEmployed: '40' }), // row 6: related > employed, and not recorded
      goodRow('DEMO-NOPE', 'SAMPLE-H010101', 2025), // row 7: unknown college
      goodRow('DEMO-GD-01', 'SAMPLE-X999', 2025), // row 8: unknown program
      goodRow('DEMO-GD-01', 'SAMPLE-H010101', 2025), // row 9: duplicate of row 2
      goodRow('DEMO-GD-01', 'SAMPLE-H020101', 2023, { plannedPlaces: '' }), // row 10: required
    ]);
    const response = await t.request({ method: 'POST', url: PREVIEW, session: province, body: { file }, headers: { 'accept-language': 'en' } });
    expect(response.statusCode).toBe(200);
    const preview = response.json() as IndicatorImportPreview;
    expect(preview.isCommittable).toBe(false);
    expect(preview.summary.rows).toBe(0);
    const found = preview.issues.map((i) => `${i.cell ?? i.row}:${i.code}`);
    expect(found).toEqual(
      expect.arrayContaining([
        `${cellOf('entrants', 3)}:NOT_AN_INTEGER`,
        `${cellOf('enrollment', 3)}:NEGATIVE`,
        `${cellOf('yearEndContractJobs', 4)}:YEAR_END_NOT_PARTITION`,
        `${cellOf('firstFurtherStudy', 5)}:FIRST_ABOVE_YEAR_END`,
        `${cellOf('relatedEmployed', 6)}:RELATED_ABOVE_EMPLOYED`,
        `${cellOf('collegeId', 7)}:UNKNOWN_COLLEGE`,
        `${cellOf('programCode', 8)}:UNKNOWN_PROGRAM`,
        `${cellOf('programCode', 9)}:DUPLICATE`,
        `${cellOf('plannedPlaces', 10)}:REQUIRED`,
      ]),
    );
    expect(new Set(preview.issues.map((i) => i.row))).toEqual(new Set([3, 4, 5, 6, 7, 8, 9, 10]));
    expect(preview.issues.find((i) => i.code === 'YEAR_END_NOT_PARTITION')?.message).toContain('add up to 42');

    const commit = await t.request({ method: 'POST', url: COMMIT, session: province, body: { file, previewId: preview.previewId } });
    expect(commit.statusCode).toBe(422);
    expect(commit.json()).toMatchObject({ code: 'INDICATOR_IMPORT_REJECTED' });
    expect(await rowsOf('collegeId=DEMO-GD-01')).toEqual(before);
  });

  it('flags planned places for an offering not recorded in that year', async () => {
    const file = await indicatorXlsx([goodRow('DEMO-GD-01', 'SAMPLE-H010103', 2025), goodRow('DEMO-GD-01', 'SAMPLE-H010103', 2024, { plannedPlaces: '0', entrants: '0' })]);
    const preview = (await t.request({ method: 'POST', url: PREVIEW, session: college, body: { file } })).json() as IndicatorImportPreview;
    expect(preview.issues.map((i) => `${i.cell}:${i.code}`)).toEqual([`${cellOf('plannedPlaces', 2)}:NOT_RECORDED`]);
  });

  it('commits a good file all at once, audited, and re-runs the rules of its province', async () => {
    const file = await indicatorXlsx([goodRow('DEMO-GD-01', 'SAMPLE-H010101', 2024), goodRow('DEMO-GD-01', 'SAMPLE-H010102', 2024), goodRow('DEMO-GD-01', 'SAMPLE-H010101', 2025), goodRow('DEMO-GD-01', 'SAMPLE-H010102', 2025)]);
    const preview = (await t.request({ method: 'POST', url: PREVIEW, session: college, body: { file } })).json() as IndicatorImportPreview;
    expect(preview).toMatchObject({ isCommittable: true, issues: [], summary: { rows: 4, colleges: 1, provinces: ['440000'], years: [2024, 2025], replacesRows: 0 } });
    expect(await rowsOf('collegeId=DEMO-GD-01')).toEqual([]);
    const commit = await t.request({ method: 'POST', url: COMMIT, session: college, body: { file, previewId: preview.previewId } });
    expect(commit.statusCode).toBe(201);
    const result = commit.json() as { rows: number; replacedRows: number; provinces: string[]; ruleRunIds: string[] };
    expect(result).toMatchObject({ rows: 4, replacedRows: 0, provinces: ['440000'] });
    expect(result.ruleRunIds).toHaveLength(1);
    const rows = await rowsOf('collegeId=DEMO-GD-01');
    expect(rows.map((r) => `${r.programCode}/${r.year}`)).toEqual(['SAMPLE-H010101/2024', 'SAMPLE-H010101/2025', 'SAMPLE-H010102/2024', 'SAMPLE-H010102/2025']);
    const national = await t.login('demo.national');
    // the province's dashboard summaries were rebuilt from the imported rows
    const breakdown = (await t.request({ method: 'GET', url: '/api/v1/governance/dashboards/breakdown?college=DEMO-GD-01&year=2025', session: national })).json() as { rows: { unitId: string; offerings: number }[] };
    expect(breakdown.rows.map((r) => r.unitId).sort()).toEqual(['DEMO-GD-01:SAMPLE-H010101', 'DEMO-GD-01:SAMPLE-H010102']);
    const run = (await t.request({ method: 'GET', url: `/api/v1/governance/rule-runs/${result.ruleRunIds[0]}`, session: national })).json() as { scope: string; trigger: string; year: number; status: string };
    expect(run).toMatchObject({ scope: 'province:440000', trigger: 'import', year: 2025, status: 'succeeded' });
    const auditor = await t.login('demo.auditor');
    const audit = (await t.request({ method: 'GET', url: '/api/v1/audit/entries?action=governance.indicators.import', session: auditor })).json() as { items: { entityId: string; details: unknown }[] };
    expect(audit.items).toHaveLength(1);
    expect(JSON.stringify(audit.items[0]?.details)).toContain('"rows":4');
  });

  it('re-importing a college-year replaces its rows (csv)', async () => {
    const file = indicatorCsv([goodRow('DEMO-GD-01', 'SAMPLE-H010101', 2025, { yearEndContractJobs: '22', yearEndSeekingWork: '1' })]);
    const preview = (await t.request({ method: 'POST', url: PREVIEW, session: province, body: { file } })).json() as IndicatorImportPreview;
    expect(preview).toMatchObject({ isCommittable: true, summary: { rows: 1, replacesRows: 2 } });
    const commit = await t.request({ method: 'POST', url: COMMIT, session: province, body: { file, previewId: preview.previewId } });
    expect(commit.json()).toMatchObject({ rows: 1, replacedRows: 2 });
    const rows = await rowsOf('collegeId=DEMO-GD-01&year=2025');
    expect(rows.map((r) => [r.programCode, r.destinationYearEnd.contractJobs])).toEqual([['SAMPLE-H010101', 22]]);
    expect((await rowsOf('collegeId=DEMO-GD-01&year=2024')).length).toBe(2);
  });

  it('a college imports only its own college; a changed file needs a new preview', async () => {
    const other = await indicatorXlsx([goodRow('DEMO-GD-02', 'SAMPLE-H010101', 2025, { plannedPlaces: '0' })]);
    const preview = (await t.request({ method: 'POST', url: PREVIEW, session: college, body: { file: other } })).json() as IndicatorImportPreview;
    expect(preview.issues.map((i) => i.code)).toEqual(['OUTSIDE_SCOPE']);
    const denied = await t.request({ method: 'POST', url: COMMIT, session: college, body: { file: other, previewId: preview.previewId } });
    expect(denied.statusCode).toBe(403);
    const own = await indicatorXlsx([goodRow('DEMO-GD-01', 'SAMPLE-H010101', 2025)]);
    const mismatch = await t.request({ method: 'POST', url: COMMIT, session: college, body: { file: own, previewId: preview.previewId } });
    expect(mismatch.json()).toMatchObject({ code: 'INDICATOR_IMPORT_PREVIEW_MISMATCH' });
  });

  it('serves a bilingual template with instructions whose example rows are never imported', async () => {
    const response = await t.request({ method: 'GET', url: '/api/v1/governance/indicators/template' });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload.buffer.slice(response.rawPayload.byteOffset, response.rawPayload.byteOffset + response.rawPayload.byteLength) as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['专业点指标 Indicators', '说明 Notes']);
    expect(String(workbook.worksheets[0]?.getRow(1).getCell(1).value)).toBe('院校代码 / College id');
    const file = { fileName: 'template.xlsx', contentBase64: response.rawPayload.toString('base64') };
    const preview = (await t.request({ method: 'POST', url: PREVIEW, session: province, body: { file } })).json() as IndicatorImportPreview;
    expect(preview.summary.skippedExamples).toBe(2);
    expect(preview.issues.map((i) => i.code)).toEqual(['NO_DATA_ROWS']);
  });
});
