import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-db.js';
import { createTestLuban, type Session, type TestLuban } from '../../../testing/test-luban.js';
import type { IndustryImportPreview, IndustryImportResult } from '../../../../shared/contracts/governance/industry-data.js';
import type { StructuralDeviationResponse } from '../../../../shared/contracts/governance/dashboards.js';
import { loadDashboardFixture } from '../dashboards.fixture.js';

const file = (lines: string[]) => ({ fileName: 'industry.csv', contentBase64: Buffer.from(lines.join('\n'), 'utf8').toString('base64') });

describeEachEngine('industry employment import and structural deviation', (engine) => {
  let t: TestLuban;
  let province: Session;
  beforeAll(async () => {
    t = await createTestLuban(engine);
    await loadDashboardFixture(t);
    province = await t.login('demo.province');
  }, 120_000);
  afterAll(async () => t.close());

  const post = (url: string, body: unknown, session: Session = province) => t.request({ method: 'POST', url: `/api/v1/governance${url}`, session, body, headers: { 'accept-language': 'en' } });

  it('reports every bad row and cell and imports nothing', async () => {
    const bad = { file: file(['地区代码,年份,行业门类代码,就业人数（人）,就业人数（万人）', '440000,2025,C,100,', '44000,2025,I,50,', '440000,1999,Z,,', '440000,2025,C,120,', '320000,2025,I,10,', '440000,2025,F,abc,', '440000,2025,G,10000,9']), source: 'test', isSample: true };
    const preview = await post('/industry-data/imports/preview', bad);
    const body = preview.json() as IndustryImportPreview;
    expect(body.isCommittable).toBe(false);
    expect(body.issues.map((i) => [i.row, i.cell, i.code])).toEqual([
      [3, 'A3', 'NOT_A_PROVINCE'],
      [4, 'B4', 'NOT_A_YEAR'],
      [4, 'C4', 'NOT_A_SECTION'],
      [4, 'D4', 'EMPLOYMENT_MISSING'],
      [5, 'C5', 'DUPLICATE_KEY'],
      [6, 'A6', 'REGION_OUT_OF_SCOPE'],
      [7, 'D7', 'NOT_A_NUMBER'],
      [8, 'D8', 'EMPLOYMENT_CONFLICT'],
    ]);
    const commit = await post('/industry-data/imports', { ...bad, fingerprint: body.fingerprint });
    expect(commit.statusCode).toBe(403);
    const list = await t.request({ method: 'GET', url: '/api/v1/governance/industry-data', session: province });
    expect((list.json() as { items: unknown[] }).items).toEqual([]);
  });

  it('imports a clean file all at once and compares graduates with employment', async () => {
    // 2025 Guangdong graduates: 80 in SAMPLE-H010101 (section I); SAMPLE-H020201 (F) was merged away in the
    // sample supplement in force, so its 12 graduates belong to no cluster
    const clean = { file: file(['地区代码,年份,行业门类代码,就业人数（万人）', '440000,2025,I,80', '440000,2025,F,12']), source: '示例统计年鉴', isSample: true };
    const preview = (await post('/industry-data/imports/preview', clean)).json() as IndustryImportPreview;
    expect(preview.isCommittable).toBe(true);
    expect(preview.summary).toMatchObject({ rows: 2, regions: ['440000'], years: [2025], replaces: 0 });
    const commit = await post('/industry-data/imports', { ...clean, fingerprint: preview.fingerprint });
    expect(commit.statusCode).toBe(201);
    expect(commit.json() as IndustryImportResult).toEqual({ rows: 2, replaced: 0, regions: ['440000'], years: [2025] });
    expect((await post('/industry-data/imports', { ...clean, fingerprint: '0'.repeat(64) })).statusCode).toBe(409);

    const response = await t.request({ method: 'GET', url: '/api/v1/governance/dashboards/structural-deviation?year=2025', session: province, headers: { 'accept-language': 'en' } });
    const deviation = response.json() as StructuralDeviationResponse;
    expect(deviation.industry).toMatchObject({ regionCode: '440000', year: 2025, basis: 'employment', isSample: true });
    const bySection = Object.fromEntries(deviation.rows.map((r) => [r.sectionCode, r]));
    expect(bySection.I?.graduates).toBe(80);
    expect(bySection.I?.industryValue).toBe(800_000);
    // every clustered graduate is in I, which has 80 / 92 of employment: oversupply 92/80 − 1; F has employment and no graduates
    expect(bySection.I?.deviation).toBeCloseTo(92 / 80 - 1, 10);
    expect(bySection.F?.deviation).toBe(-1);
    // a section with graduates' programs but no industry figure has no deviation
    expect(bySection.P?.deviation).toBeNull();
    expect(deviation.provenance.isGenerated).toBe(true);
  });

  it('offers the template without sign-in', async () => {
    const template = await t.request({ method: 'GET', url: '/api/v1/governance/industry-data/imports/template?format=csv' });
    expect(template.statusCode).toBe(200);
    expect(template.body).toContain('地区代码 / Region code');
  });
});
