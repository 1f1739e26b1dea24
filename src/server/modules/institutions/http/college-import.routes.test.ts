import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-db.js';
import { requireInCi, sharedDataDir } from '../../../testing/test-env.js';
import { createTestLuban, type Session, type TestLuban } from '../../../testing/test-luban.js';

const moeList = path.join(sharedDataDir, 'institutions/moe-higher-education-institutions-2025.csv');
// the shared-data README: skip with a message in a user's clone without ../shared; in CI it must run
const hasMoeList = requireInCi(fs.existsSync(moeList), `${moeList} (shared data)`);
const file = (fileName: string, content: string | Buffer) => ({ fileName, contentBase64: Buffer.from(content).toString('base64') });

// Codes 99999000xx are made up for these tests.
const lubanCsv = [
  '学校标识码,学校名称,省份,所在地,办学层次,办学性质,主管部门',
  '9999900001,测试职业技术学院,广东省,广州市,高职专科,公办,广东省',
  '9999900002,测试中等职业学校,广东,深圳市,中职,民办,深圳市',
  '9999900003,测试职业大学,江苏省,南京市,职业本科,公办,江苏省',
].join('\n');

async function malformedXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名单');
  sheet.addRow(['全国高等学校名单（测试）']);
  sheet.addRow(['序号', '学校名称', '学校标识码', '主管部门', '所在地', '办学层次', '备注']);
  sheet.addRow(['广东省（4所）']);
  sheet.addRow([1, '测试学院甲', '9999900011', '广东省', '广州市', '专科', '']);
  sheet.addRow([2, '测试学院乙', '99999', '广东省', '广州市', '专科', '']);
  sheet.addRow([3, '', '9999900013', '广东省', '广州市', '大专', '']);
  sheet.addRow([4, '测试学院丁', '9999900011', '广东省', '广州市', '专科', '股份制']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describeEachEngine('college-list import', (engine) => {
  let t: TestLuban;
  let national: Session;
  let province: Session;
  beforeAll(async () => {
    t = await createTestLuban(engine);
    national = await t.login('demo.national');
    province = await t.login('demo.province');
  });
  afterAll(async () => t.close());

  const post = async (session: Session, url: string, body: unknown, locale = 'en') => {
    const response = await t.request({ method: 'POST', url, session, body, headers: { 'accept-language': locale } });
    return { status: response.statusCode, body: response.json() };
  };
  const collegeCount = async () => (await t.deps.db.execute<{ n: number }>(sql`select count(*)::int as n from institutions.colleges`)).rows[0]!.n;

  describe.skipIf(!hasMoeList)(`the real MOE list (${hasMoeList ? 'present' : `skipped: ${moeList} is missing`})`, () => {
    it('loads all 1,554 higher-vocational colleges with their provinces, skipping undergraduate rows', async () => {
      const request = { file: file('moe-2025.csv', fs.readFileSync(moeList)) };
      const preview = await post(national, '/api/v1/institutions/imports/preview', request);
      expect(preview.status).toBe(200);
      expect(preview.body.issues).toEqual([]);
      expect(preview.body).toMatchObject({ layout: 'moe-csv', isCommittable: true });
      expect(preview.body.summary).toMatchObject({ toImport: 1554, byLevel: { higher: 1554, secondary: 0, undergraduate: 0 }, skippedUndergraduate: 1365, provinces: 31 });
      const before = await collegeCount();
      const commit = await post(national, '/api/v1/institutions/imports', { ...request, fingerprint: preview.body.fingerprint });
      expect(commit).toMatchObject({ status: 201, body: { imported: 1554, created: 1554, updated: 0 } });
      expect(await collegeCount()).toBe(before + 1554);

      const lines = fs.readFileSync(moeList, 'utf8').trim().split('\n').slice(1).map((line) => line.split(','));
      const byProvince = new Map<string, number>();
      for (const cells of lines) if (cells[4] === '专科') byProvince.set(cells[2]!, (byProvince.get(cells[2]!) ?? 0) + 1);
      const stored = await t.deps.db.execute<{ name: string; n: number }>(
        sql`select r.name, count(*)::int as n from institutions.colleges c join institutions.regions r on r.code = c.province_code where c.is_demo = false group by r.name`,
      );
      expect(new Map(stored.rows.map((r) => [r.name, r.n]))).toEqual(byProvince);
      const [sample] = lines.filter((cells) => cells[4] === '专科' && cells[3] === '郑州市');
      const detail = (await t.request({ method: 'GET', url: `/api/v1/institutions/colleges/${sample![0]}`, session: national })).json();
      expect(detail).toMatchObject({ provinceCode: '410000', regionCode: '410100', regionName: '郑州市', regionMatch: 'prefecture', level: 'higher', moeCode: sample![0] });
    });

    it('lets a province administrator import only their province: rejected whole, or the rest skipped', async () => {
      const request = { file: file('moe-2025.csv', fs.readFileSync(moeList)) };
      const rejected = await post(province, '/api/v1/institutions/imports/preview', request);
      expect(rejected.body.isCommittable).toBe(false);
      expect(rejected.body.issues.every((i: { code: string }) => i.code === 'OUTSIDE_SCOPE')).toBe(true);
      expect(rejected.body.issues).toHaveLength(1554 - 89);
      const denied = await post(province, '/api/v1/institutions/imports', { ...request, fingerprint: rejected.body.fingerprint });
      expect(denied).toMatchObject({ status: 403, body: { code: 'SCOPE_DENIED' } });

      const skipping = { ...request, outsideScope: 'skip' };
      const preview = await post(province, '/api/v1/institutions/imports/preview', skipping);
      expect(preview.body).toMatchObject({ isCommittable: true, summary: { toImport: 89, skippedOutsideScope: 1465, provinces: 1 } });
      const commit = await post(province, '/api/v1/institutions/imports', { ...skipping, fingerprint: preview.body.fingerprint });
      expect(commit).toMatchObject({ status: 201, body: { imported: 89, updated: 89 } });
    });
  });

  it('imports Luban’s template with the three vocational levels', async () => {
    const request = { file: file('colleges.csv', lubanCsv) };
    const preview = await post(national, '/api/v1/institutions/imports/preview', request);
    expect(preview.body).toMatchObject({ layout: 'luban', isCommittable: true, summary: { byLevel: { higher: 1, secondary: 1, undergraduate: 1 } } });
    expect((await post(national, '/api/v1/institutions/imports', { ...request, fingerprint: preview.body.fingerprint })).status).toBe(201);
    const detail = (await t.request({ method: 'GET', url: '/api/v1/institutions/colleges/9999900002', session: province })).json();
    expect(detail).toMatchObject({ level: 'secondary', ownership: 'private', provinceCode: '440000', regionCode: '440300', sourceOwnership: '民办', source: 'colleges.csv' });
  });

  it('keeps a province administrator from taking over another province’s college; a national move is seen by scope checks at once', async () => {
    const moving = { file: file('move.csv', ['学校标识码,学校名称,省份,所在地,办学层次', '9999900003,测试职业大学,广东省,广州市,职业本科'].join('\n')) };
    const asProvince = await post(province, '/api/v1/institutions/imports/preview', moving);
    expect(asProvince.body.issues).toEqual([expect.objectContaining({ row: 2, code: 'MOVES_OUT_OF_SCOPE' })]);
    expect((await post(province, '/api/v1/institutions/imports', { ...moving, fingerprint: asProvince.body.fingerprint })).status).toBe(403);
    const url = '/api/v1/institutions/colleges/9999900003';
    expect((await t.request({ method: 'GET', url, session: province })).statusCode).toBe(403);
    const asNational = await post(national, '/api/v1/institutions/imports/preview', moving);
    expect((await post(national, '/api/v1/institutions/imports', { ...moving, fingerprint: asNational.body.fingerprint })).body).toMatchObject({ updated: 1 });
    expect((await t.request({ method: 'GET', url, session: province })).json()).toMatchObject({ provinceCode: '440000', regionCode: '440100' });
  });

  it('reports every bad row and cell of a malformed xlsx, and changes nothing', async () => {
    const before = await collegeCount();
    const request = { file: file('bad.xlsx', await malformedXlsx()) };
    const preview = await post(national, '/api/v1/institutions/imports/preview', request, 'zh-CN');
    expect(preview.body).toMatchObject({ layout: 'moe-list', isCommittable: false });
    expect(preview.body.issues.map((i: { row: number; cell: string; code: string }) => `${i.row}:${i.cell}:${i.code}`)).toEqual([
      '5:C5:INVALID_FORMAT',
      '6:B6:REQUIRED',
      '6:F6:INVALID_VALUE',
      '7:C7:DUPLICATE',
      '7:G7:INVALID_VALUE',
    ]);
    expect(preview.body.issues[1]).toMatchObject({ sheet: '名单', column: '学校名称', message: '“学校名称”不能为空' });
    const commit = await post(national, '/api/v1/institutions/imports', { ...request, fingerprint: preview.body.fingerprint }, 'zh-CN');
    expect(commit).toMatchObject({ status: 422, body: { code: 'IMPORT_REJECTED' } });
    expect(commit.body.detail).toContain('5 处问题');
    expect(await collegeCount()).toBe(before);
  });

  it('records Double High membership (national administrators) and shows it', async () => {
    const url = '/api/v1/institutions/colleges/DEMO-GD-01/double-high';
    const body = { memberships: [{ round: '2019', kind: 'school', tier: 'B' }, { round: '2019', kind: 'program-group', tier: 'A', groupName: '智能制造专业群（演示）' }] };
    const response = await t.request({ method: 'PUT', url, session: national, body });
    expect(response.statusCode).toBe(200);
    expect(response.json().doubleHigh).toEqual([
      { round: '2019', kind: 'program-group', tier: 'A', groupName: '智能制造专业群（演示）' },
      { round: '2019', kind: 'school', tier: 'B', groupName: '' },
    ]);
    expect((await t.request({ method: 'PUT', url, session: province, body })).statusCode).toBe(403);
    const invalid = await t.request({ method: 'PUT', url, session: national, body: { memberships: [{ round: '2019', kind: 'program-group', tier: 'A' }] } });
    expect(invalid.statusCode).toBe(400);
  });

  it('takes files larger than the default 1 MiB body limit', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `${9999000000 + i},大文件测试学院${i}（测试）,广东省,广州市,高职专科,公办,广东省教育厅`);
    const request = { file: file('large.csv', ['学校标识码,学校名称,省份,所在地,办学层次,办学性质,主管部门', ...rows].join('\n')) };
    expect(JSON.stringify(request).length).toBeGreaterThan(1_048_576);
    const preview = await post(national, '/api/v1/institutions/imports/preview', request);
    expect(preview).toMatchObject({ status: 200, body: { isCommittable: true, summary: { toImport: 20_000 } } });
  });

  it('serves the template, which reads back as the Luban layout', async () => {
    const response = await t.request({ method: 'GET', url: '/api/v1/institutions/imports/template?format=csv' });
    expect(response.statusCode).toBe(200);
    const preview = await post(national, '/api/v1/institutions/imports/preview', { file: file('template.csv', response.rawPayload) });
    expect(preview.body.layout).toBe('luban');
    expect(preview.body.summary.rowsRead).toBe(1);
  });
});
