import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-db.js';
import { createTestLuban, type TestLuban } from '../../../testing/test-luban.js';
import type { AlignmentResponse, BreakdownResponse, MapResponse, OverviewResponse, SaturationResponse, TrendsResponse, AdjustmentsResponse } from '../../../../shared/contracts/governance/dashboards.js';
import { loadDashboardFixture } from '../dashboards.fixture.js';

describeEachEngine('governance dashboards', (engine) => {
  let t: TestLuban;
  beforeAll(async () => {
    t = await createTestLuban(engine);
    await loadDashboardFixture(t);
  }, 120_000);
  afterAll(async () => t.close());

  const get = async <T>(username: string, url: string) => {
    const response = await t.request({ method: 'GET', url: `/api/v1/governance${url}`, session: await t.login(username), headers: { 'accept-language': 'en' } });
    return { status: response.statusCode, body: (response.headers['content-type']?.toString().includes('json') ? response.json() : null) as T, raw: response };
  };

  it('maps every province for a national administrator, with numerators and denominators', async () => {
    const { status, body } = await get<MapResponse>('demo.national', '/dashboards/map?year=2025');
    expect(status).toBe(200);
    expect(body.scope.level).toBe('national');
    const byProvince = Object.fromEntries(body.rows.map((r) => [r.provinceCode, r]));
    expect(byProvince['440000']).toMatchObject({ offerings: 3, colleges: 2, destinationNumerator: 27 + 10 + 45, destinationDenominator: 30 + 12 + 50 });
    expect(byProvince['320000']).toMatchObject({ offerings: 2, destinationNumerator: 52, destinationDenominator: 80 });
    expect(byProvince['320000']?.destinationRate).toBeCloseTo(0.65);
    expect(body.provenance.isGenerated).toBe(true);
    expect(body.provenance.notice).toMatch(/generated/);
    expect(body.years).toEqual([2024, 2025]);
  });

  it('shows a province administrator its province only and refuses another', async () => {
    const own = await get<MapResponse>('demo.province', '/dashboards/map');
    expect(own.body.rows.map((r) => r.provinceCode)).toEqual(['440000']);
    expect(own.body.year).toBe(2025);
    const other = await get<MapResponse>('demo.province', '/dashboards/map?province=320000');
    expect(other.status).toBe(403);
  });

  it('drills down: a province’s colleges, a college’s offerings', async () => {
    const colleges = await get<BreakdownResponse>('demo.province', '/dashboards/breakdown?year=2025&snapshot=first');
    expect(colleges.body.rows.map((r) => [r.unitId, r.offerings, r.destinationNumerator])).toEqual([['DEMO-GD-01', 2, 29], ['DEMO-GD-02', 1, 40]]);
    const offerings = await get<BreakdownResponse>('demo.college', '/dashboards/breakdown?year=2025');
    expect(offerings.body.scope).toMatchObject({ level: 'college', collegeId: 'DEMO-GD-01' });
    expect(offerings.body.rows.map((r) => [r.unitKind, r.programCode, r.destinationDenominator, r.isInsufficient])).toEqual([
      ['offering', 'SAMPLE-H010101', 30, false],
      ['offering', 'SAMPLE-H020201', 12, true],
    ]);
    expect(offerings.body.rows[0]?.unitName).toBe('Computer application technology');
    expect((await get('demo.college', '/dashboards/breakdown?college=DEMO-JS-01')).status).toBe(403);
  });

  it('trends both snapshots per year and counts added and withdrawn offerings', async () => {
    const { body } = await get<TrendsResponse>('demo.province', '/dashboards/trends');
    expect(body.rows.map((r) => [r.year, r.destinationFirstNumerator, r.destinationYearEndNumerator, r.graduates, r.addedOfferings, r.closedOfferings])).toEqual([
      [2024, 38, 45, 50, 0, 0],
      [2025, 69, 82, 92, 1, 1],
    ]);
    const adjustments = await get<AdjustmentsResponse>('demo.province', '/dashboards/adjustments?year=2025');
    expect(adjustments.body.totals).toEqual({ added: 1, closed: 1 });
    expect(adjustments.body.rows.map((r) => [r.programCode, r.added, r.closed])).toEqual([['SAMPLE-H010101', 1, 0], ['SAMPLE-H060101', 0, 1]]);
  });

  it('counts saturation per program over the country and per province', async () => {
    const national = await get<SaturationResponse>('demo.national', '/dashboards/saturation?year=2025');
    const top = national.body.rows[0];
    expect(top).toMatchObject({ programCode: 'SAMPLE-H010101', offerings: 3, collegesInRegion: 3, regionCode: null });
    expect(top?.repetitionRate).toBe(1);
    const perProvince = await get<SaturationResponse>('demo.national', '/dashboards/saturation?year=2025&groupBy=program-region');
    expect(perProvince.body.rows.filter((r) => r.programCode === 'SAMPLE-H010101').map((r) => [r.regionCode, r.offerings, r.collegesInRegion])).toEqual([['440000', 2, 2], ['320000', 1, 1]]);
  });

  it('gives alignment shares by tier from the catalog’s classifications', async () => {
    const { status, body } = await get<AlignmentResponse>('demo.national', '/dashboards/alignment?year=2025');
    expect(status).toBe(200);
    expect(body.rows.map((r) => r.key)).toEqual(['national-key', 'regional-pillar', 'local-distinctive', 'unclassified']);
    for (const row of body.rows) expect(row.offeringsTotal).toBe(5);
  });

  it('opens the overview with warning counts and the same figures', async () => {
    const { body } = await get<OverviewResponse>('demo.national', '/dashboards/overview?year=2025');
    const graduates = body.rows.find((r) => r.metric === 'graduates');
    expect(graduates?.value).toBe(172);
    const destination = body.rows.find((r) => r.metric === 'destination-year-end');
    expect([destination?.numerator, destination?.denominator]).toEqual([134, 172]);
    expect(body.warnings).toEqual({ notice: 0, yellow: 0, red: 0 });
  });

  it('exports a chart as an .xlsx that holds the table rows', async () => {
    const { raw } = await get('demo.province', '/dashboards/breakdown/export?year=2025');
    expect(raw.statusCode).toBe(200);
    expect(raw.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    const bytes = raw.rawPayload;
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet('breakdown');
    expect(sheet?.getRow(1).getCell(1).value).toBe('Code');
    expect([sheet?.getRow(2).getCell(1).value, sheet?.getRow(2).getCell(3).value]).toEqual(['DEMO-GD-01', 2]);
    expect(sheet?.rowCount).toBe(3);
    expect(workbook.worksheets.map((w) => w.name)).toContain('Notes');
  });
});
