import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-db.js';
import { createTestLuban, type TestLuban } from '../../../testing/test-luban.js';

describeEachEngine('catalog read routes (public)', (engine) => {
  let t: TestLuban;
  beforeAll(async () => {
    t = await createTestLuban(engine);
  });
  afterAll(async () => t.close());

  const get = async (url: string, locale = 'en') => {
    const response = await t.request({ method: 'GET', url, headers: { 'accept-language': locale } });
    return { status: response.statusCode, body: response.json() };
  };

  it('lists the demo’s sample versions, flagged as samples, the supplement current', async () => {
    const { status, body } = await get('/api/v1/catalog/versions');
    expect(status).toBe(200);
    expect(body.items.map((v: { id: string }) => v.id)).toEqual(['SAMPLE-2021', 'SAMPLE-2024S']);
    expect(body.items.every((v: { isSample: boolean }) => v.isSample)).toBe(true);
    expect(body.items[1]).toMatchObject({ kind: 'supplement', isCurrent: true, editionId: 'SAMPLE-2021', programCounts: { secondary: 3, higher: 13, undergraduate: 3 } });
    expect(body.items[0].title).toContain('示例');
  });

  it('gives the category tree of a level with program counts', async () => {
    const { body } = await get('/api/v1/catalog/versions/SAMPLE-2021/categories?level=higher');
    expect(body.isSample).toBe(true);
    expect(body.majors).toHaveLength(8);
    const finance = body.majors.find((m: { code: string }) => m.code === 'SAMPLE-H02');
    expect(finance).toMatchObject({ name: '财经商贸大类', programCount: 3 });
    expect(finance.categories.map((c: { code: string }) => c.code)).toEqual(['SAMPLE-H0201', 'SAMPLE-H0202', 'SAMPLE-H0203']);
  });

  it('pages and filters programs, every one flagged sample', async () => {
    const page = await get('/api/v1/catalog/versions/SAMPLE-2021/programs?level=higher&limit=5');
    expect(page.body.items).toHaveLength(5);
    expect(page.body.items.every((p: { isSample: boolean; code: string }) => p.isSample && p.code.startsWith('SAMPLE-'))).toBe(true);
    const next = await get(`/api/v1/catalog/versions/SAMPLE-2021/programs?level=higher&limit=5&cursor=${page.body.nextCursor}`);
    expect(next.body.items[0].code > page.body.items[4].code).toBe(true);
    const byName = await get(`/api/v1/catalog/versions/SAMPLE-2021/programs?q=${encodeURIComponent('护理')}`);
    expect(byName.body.items.map((p: { code: string }) => p.code)).toEqual(['SAMPLE-H050101', 'SAMPLE-S050101']);
    const byIndustry = await get('/api/v1/catalog/versions/SAMPLE-2021/programs?classification=SAMPLE-GBT4754-SECTIONS:Q');
    expect(byIndustry.body.items).toHaveLength(3);
    expect((await get('/api/v1/catalog/versions/SAMPLE-2021/programs?classification=nocolon')).status).toBe(400);
  });

  it('shows a program with its continuity both ways and its classifications', async () => {
    const { body } = await get('/api/v1/catalog/versions/SAMPLE-2021/programs/SAMPLE-H010101');
    expect(body).toMatchObject({ name: '计算机应用技术', majorName: '电子与信息大类', categoryName: '计算机类', continuesTo: ['SAMPLE-U010101'] });
    expect(body.continuesFrom).toEqual([{ code: 'SAMPLE-S010101', name: '计算机应用', level: 'secondary' }]);
    expect(body.classifications.map((c: { kind: string; itemCode: string }) => `${c.kind}:${c.itemCode}`)).toEqual(['alignment:SAMPLE-RP-440000-01', 'industry:I']);
    expect((await get('/api/v1/catalog/versions/SAMPLE-2021/programs/NOPE', 'zh-CN')).body.detail).toContain('没有专业');
  });

  it('lists the supplement’s change records and carries continuity through a merger', async () => {
    const { body } = await get('/api/v1/catalog/versions/SAMPLE-2024S/revisions');
    expect(body.items.map((r: { kind: string; isDerived: boolean }) => `${r.kind}${r.isDerived ? '*' : ''}`)).toEqual(['renamed', 'merged', 'discontinued', 'added*']);
    const secondary = await get('/api/v1/catalog/versions/SAMPLE-2024S/programs/SAMPLE-S020101');
    expect(secondary.body.continuesTo).toEqual(['SAMPLE-H020202']);
    const merged = await get('/api/v1/catalog/versions/SAMPLE-2024S/programs/SAMPLE-H020202');
    expect(merged.body.revisions[0]).toMatchObject({ kind: 'merged', predecessorCodes: ['SAMPLE-H020201', 'SAMPLE-H020301'] });
  });

  it('computes the adjustment amplitude both ways with the counts behind each', async () => {
    const { status, body } = await get('/api/v1/catalog/versions/SAMPLE-2024S/amplitude?level=higher');
    expect(status).toBe(200);
    expect(body.againstVersionId).toBe('SAMPLE-2021');
    expect(body.moe).toMatchObject({ numerator: 4, denominator: 14 });
    expect(body.moe.counts).toMatchObject({ added: 1, renamed: 1, merged: 1, discontinued: 1 });
    expect(body.paper).toMatchObject({ numerator: 3, denominator: 14 });
    expect(body.moe.rate).toBeCloseTo(4 / 14);
    const edition = await get('/api/v1/catalog/versions/SAMPLE-2021/amplitude?level=higher');
    expect(edition).toMatchObject({ status: 422, body: { code: 'NO_AMPLITUDE_BASELINE' } });
  });

  it('follows codes across versions, forward and backward', async () => {
    const follow = (code: string, from: string, to: string) => get(`/api/v1/catalog/follow?code=${code}&from=${from}&to=${to}`);
    expect((await follow('SAMPLE-H020301', 'SAMPLE-2021', 'SAMPLE-2024S')).body).toMatchObject({ outcome: 'continued', codes: ['SAMPLE-H020202'] });
    expect((await follow('SAMPLE-H060102', 'SAMPLE-2021', 'SAMPLE-2024S')).body).toMatchObject({ outcome: 'discontinued', codes: [] });
    expect((await follow('SAMPLE-H010101', 'SAMPLE-2021', 'SAMPLE-2024S')).body).toMatchObject({ outcome: 'continued', codes: ['SAMPLE-H010101'] });
    expect((await follow('SAMPLE-H020202', 'SAMPLE-2024S', 'SAMPLE-2021')).body).toMatchObject({ direction: 'backward', codes: ['SAMPLE-H020201', 'SAMPLE-H020301'] });
    expect((await follow('SAMPLE-H010104', 'SAMPLE-2024S', 'SAMPLE-2021')).body).toMatchObject({ outcome: 'added-later' });
    expect((await follow('SAMPLE-X', 'SAMPLE-2021', 'SAMPLE-2024S')).body.outcome).toBe('unknown-code');
    expect((await follow('SAMPLE-X', 'SAMPLE-2021', 'NOPE')).status).toBe(404);
  });

  it('lists reference sets and their items, sample-flagged', async () => {
    const sets = await get('/api/v1/catalog/reference-sets');
    expect(sets.body.items.map((s: { id: string; isSample: boolean }) => `${s.id}:${s.isSample}`).sort()).toEqual([
      'SAMPLE-ALIGNMENT:true', 'SAMPLE-CHAINS:true', 'SAMPLE-GBT4754-SECTIONS:true',
    ]);
    const pillar = await get('/api/v1/catalog/reference-sets/SAMPLE-ALIGNMENT/items?tier=regional-pillar');
    expect(pillar.body.items).toEqual([expect.objectContaining({ code: 'SAMPLE-RP-440000-01', regionCode: '440000' })]);
    expect((await get('/api/v1/catalog/reference-sets/NOPE/items')).status).toBe(404);
  });

  it('serves the templates', async () => {
    const xlsx = await t.request({ method: 'GET', url: '/api/v1/catalog/imports/template' });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const csv = await t.request({ method: 'GET', url: '/api/v1/catalog/imports/template?format=csv&sheet=revisions' });
    expect(csv.body).toContain('变更类型 / Change');
  });
});
