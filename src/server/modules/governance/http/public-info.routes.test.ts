import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-db.js';
import { createTestLuban, type TestLuban } from '../../../testing/test-luban.js';
import type { CompareResponse, PublicOfferingDetail, PublicOfferingPage, PublicProgramPage } from '../../../../shared/contracts/governance/public-info.js';
import type { OpenDataOfferingsPage } from '../../../../shared/contracts/governance/open-data.js';
import { loadDashboardFixture } from '../dashboards.fixture.js';

describeEachEngine('public information service and open data', (engine) => {
  let t: TestLuban;
  beforeAll(async () => {
    t = await createTestLuban(engine);
    await loadDashboardFixture(t);
  }, 120_000);
  afterAll(async () => t.close());

  const get = async <T>(url: string) => {
    const response = await t.request({ method: 'GET', url, headers: { 'accept-language': 'en' } });
    return { status: response.statusCode, body: (response.headers['content-type']?.toString().includes('json') ? response.json() : null) as T, raw: response };
  };

  it('finds programs without sign-in, with the colleges that recorded them, labelled as generated', async () => {
    const { status, body } = await get<PublicProgramPage>('/api/v1/public/programs?region=440000');
    expect(status).toBe(200);
    expect(body.items.map((p) => [p.code, p.collegeCount])).toEqual([['SAMPLE-H010101', 2], ['SAMPLE-H020201', 1]]);
    expect(body.meta.provenance.isGenerated).toBe(true);
    expect(body.meta.provenance.isSampleCatalog).toBe(true);
    const byName = await get<PublicProgramPage>('/api/v1/public/programs?q=nursing');
    expect(byName.body.items.map((p) => p.code)).toEqual(['SAMPLE-H050101']);
  });

  it('lists recorded offerings of a program and leaves out a withdrawn one', async () => {
    const computing = await get<PublicOfferingPage>('/api/v1/public/programs/SAMPLE-H010101/offerings');
    expect(computing.body.items.map((o) => o.id)).toEqual(['DEMO-JS-01:SAMPLE-H010101', 'DEMO-GD-01:SAMPLE-H010101', 'DEMO-GD-02:SAMPLE-H010101']);
    const withdrawn = await get<PublicOfferingPage>('/api/v1/public/programs/SAMPLE-H060101/offerings');
    expect(withdrawn.body.items).toEqual([]);
    expect((await get('/api/v1/public/offerings/DEMO-GD-01:SAMPLE-H060101')).status).toBe(404);
  });

  it('publishes a figure at exactly the minimum count and pools or suppresses small ones', async () => {
    const { body } = await get<PublicOfferingDetail>('/api/v1/public/offerings/DEMO-GD-01:SAMPLE-H010101');
    const yearEnd = body.offering.outcomes.find((o) => o.indicator === 'destination-year-end');
    expect(yearEnd).toEqual({ indicator: 'destination-year-end', status: 'reported', years: [2025], numerator: 27, denominator: 30, rate: 0.9 });
    const small = await get<PublicOfferingDetail>('/api/v1/public/offerings/DEMO-GD-01:SAMPLE-H020201');
    // 12 graduates in 2025 + 10 in 2024 = 22 < 30: suppressed, numbers withheld
    expect(small.body.offering.outcomes.find((o) => o.indicator === 'destination-year-end')).toEqual({ indicator: 'destination-year-end', status: 'suppressed', years: [2024, 2025], numerator: null, denominator: null, rate: null });
    // planned places 50 a year: the fill rate is reported
    expect(small.body.offering.outcomes.find((o) => o.indicator === 'fill-rate')?.status).toBe('reported');
    expect(small.body.meta.minCount).toBe(30);
  });

  it('compares up to four offerings and refuses five naming the field', async () => {
    const ids = ['DEMO-GD-01:SAMPLE-H010101', 'DEMO-GD-02:SAMPLE-H010101', 'DEMO-JS-01:SAMPLE-H010101', 'DEMO-JS-01:SAMPLE-H050101'];
    const four = await get<CompareResponse>(`/api/v1/public/compare?ids=${ids.join(',')}`);
    expect(four.status).toBe(200);
    expect(four.body.items.map((i) => i.id)).toEqual(ids);
    const five = await get<{ code: string; errors: { field: string }[] }>(`/api/v1/public/compare?ids=${[...ids, 'DEMO-GD-01:SAMPLE-H020201'].join(',')}`);
    expect(five.status).toBe(400);
    expect(five.body.code).toBe('VALIDATION_FAILED');
    expect(five.body.errors.map((e) => e.field)).toContain('ids');
  });

  it('serves open data as JSON with cursor paging and as CSV of the same records', async () => {
    const first = await get<OpenDataOfferingsPage>('/open-data/v1/offerings?year=2025&limit=3');
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(3);
    expect(first.body.nextCursor).not.toBeNull();
    const rest = await get<OpenDataOfferingsPage>(`/open-data/v1/offerings?year=2025&limit=3&cursor=${first.body.nextCursor ?? ''}`);
    const all = [...first.body.items, ...rest.body.items];
    expect(all.map((r) => r.offeringId)).toEqual([
      'DEMO-JS-01:SAMPLE-H010101', 'DEMO-JS-01:SAMPLE-H050101', 'DEMO-GD-01:SAMPLE-H010101', 'DEMO-GD-01:SAMPLE-H020201', 'DEMO-GD-02:SAMPLE-H010101',
    ]);
    const suppressed = all.find((r) => r.offeringId === 'DEMO-JS-01:SAMPLE-H050101');
    expect([suppressed?.destinationYearEndStatus, suppressed?.destinationYearEndNumerator]).toEqual(['suppressed', null]);

    const csv = await get('/open-data/v1/offerings?year=2025&format=csv&province=440000');
    expect(csv.raw.headers['content-type']).toContain('text/csv');
    expect(csv.raw.headers['x-data-provenance']).toBe('generated');
    const lines = csv.raw.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    const header = lines[0]?.split(',') ?? [];
    expect(header.slice(0, 3)).toEqual(['offeringId', 'year', 'provinceCode']);
    expect(lines).toHaveLength(4);
    const gd01 = lines[1]?.split(',') ?? [];
    expect(gd01[header.indexOf('offeringId')]).toBe('DEMO-GD-01:SAMPLE-H010101');
    expect(gd01[header.indexOf('destinationYearEndNumerator')]).toBe('27');
    expect(gd01[header.indexOf('destinationYearEndDenominator')]).toBe('30');
    const small = lines[2]?.split(',') ?? [];
    expect(small[header.indexOf('destinationYearEndRate')]).toBe('');
    expect(gd01[header.indexOf('isGenerated')]).toBe('true');
  });

  it('documents the open-data and public routes in OpenAPI', async () => {
    const { body } = await get<{ paths: Record<string, unknown> }>('/api/docs/json');
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/open-data/v1/offerings', '/open-data/v1/programs', '/api/v1/public/compare', '/api/v1/governance/dashboards/map']));
  });
});
