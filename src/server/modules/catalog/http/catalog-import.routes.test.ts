import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-db.js';
import { requireInCi, sharedDataDir } from '../../../testing/test-env.js';
import { createTestLuban, type Session, type TestLuban } from '../../../testing/test-luban.js';

// Codes 99xxxx are made up for these tests (no 2021 major category is numbered 99); they never leave the test.
const header = '层次,专业大类代码,专业大类名称,专业类代码,专业类名称,专业代码,专业名称,英文名称,接续专业代码,ISCED-F 领域';
const editionCsv = [
  header,
  '中职,98,测试大类,9801,测试类,980101,测试中职专业,Test secondary,990101,',
  '高职专科,99,测试大类,9901,测试类,990101,测试专业甲,Test A,,0613',
  '高职专科,99,测试大类,9901,测试类,990102,测试专业乙,Test B,,',
  '高职专科,99,测试大类,9902,测试类二,990201,测试专业丙,Test C,,',
].join('\n');
const supplementCsv = [header, '高职专科,99,测试大类,9901,测试类,990103,测试专业丁,Test D,,'].join('\n');
const revisionsCsv = ['层次,变更类型,原专业代码,新专业代码,说明', '高职专科,合并,990102;990201,990103,测试'].join('\n');

/** Three rows of ISCED-F 2013, in the layout of the real list. */
const iscedExtract = [
  'code,level,label_en,broad,narrow,detailed',
  '06,broad,Information and Communication Technologies (ICTs),06,,',
  '061,narrow,Information and Communication Technologies (ICTs),06,061,',
  '0613,detailed,Software and applications development and analysis,06,061,0613',
].join('\n');

const file = (fileName: string, content: string | Buffer) => ({ fileName, contentBase64: Buffer.from(content).toString('base64') });
const version = (id: string, extra: Record<string, unknown> = {}) => ({ id, title: `测试目录 ${id}`, kind: 'edition', year: 2031, ...extra });

async function malformedXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('专业目录');
  sheet.addRow(['职业教育专业目录（测试）']);
  sheet.addRow(header.split(','));
  sheet.addRow(['高职专科', '99', '测试大类', '9901', '测试类', '990101', '好的专业']);
  sheet.addRow(['大专', '99', '测试大类', '9901', '测试类', '990102', '层次错误']);
  sheet.addRow(['高职专科', '99', '测试大类', '9901', '测试类', '99010', '代码位数错误']);
  sheet.addRow(['高职专科', '99', '测试大类', '9901', '测试类', '990104', '']);
  sheet.addRow(['高职专科', '99', '测试大类', '9901', '测试类', 'SAMPLE-X1', '示例代码']);
  sheet.addRow(['高职专科', '99', '测试大类', '9901', '测试类', '980105', '不在专业类下']);
  sheet.addRow(['高职专科', '99', '测试大类', '9901', '测试类', '990101', '重复代码']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describeEachEngine('catalog import', (engine) => {
  let t: TestLuban;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestLuban(engine);
    admin = await t.login('demo.national');
  });
  afterAll(async () => t.close());

  const post = async (url: string, body: unknown, locale = 'en') => {
    const response = await t.request({ method: 'POST', url, session: admin, body, headers: { 'accept-language': locale } });
    return { status: response.statusCode, body: response.json() };
  };
  const versionIds = async () => (await t.request({ method: 'GET', url: '/api/v1/catalog/versions' })).json().items.map((v: { id: string }) => v.id);

  it('imports ISCED-F from the real list, then a catalog classified by it', async () => {
    const isced = path.join(sharedDataDir, 'classifications/isced-f-2013.csv');
    // the real list (220 fields) whenever ../shared/data is there, as in CI; else three rows of it
    const isReal = requireInCi(fs.existsSync(isced), `${isced} (shared data)`);
    const content = isReal ? fs.readFileSync(isced) : Buffer.from(iscedExtract);
    const expectedItems = isReal ? 220 : 3;
    const request = { set: { id: 'ISCED-F-2013', kind: 'isced', version: '2013', title: 'ISCED-F 2013', authority: 'UNESCO-UIS' }, file: file('isced-f-2013.csv', content) };
    const preview = await post('/api/v1/catalog/reference-sets/imports/preview', request);
    expect(preview.body).toMatchObject({ isCommittable: true, layout: 'isced-csv', summary: { items: expectedItems } });
    const committed = await post('/api/v1/catalog/reference-sets/imports', { ...request, fingerprint: preview.body.fingerprint });
    expect(committed).toMatchObject({ status: 201, body: { items: expectedItems } });
    const detailed = (await t.request({ method: 'GET', url: '/api/v1/catalog/reference-sets/ISCED-F-2013/items?q=0613' })).json();
    expect(detailed.items).toEqual([expect.objectContaining({ code: '0613', parentCode: '061', rank: 'detailed' })]);

    const catalog = { version: version('TEST-2031'), mode: 'full', programs: file('catalog.csv', editionCsv) };
    const check = await post('/api/v1/catalog/imports/preview', catalog);
    expect(check.body.issues).toEqual([]);
    expect(check.body.summary).toMatchObject({ programs: { secondary: 1, higher: 3, undergraduate: 0 }, majorCategories: { higher: 1, secondary: 1 }, categories: { higher: 2 }, continuities: 1, classifications: 1 });
    expect((await post('/api/v1/catalog/imports', { ...catalog, fingerprint: check.body.fingerprint })).status).toBe(201);
    const program = (await t.request({ method: 'GET', url: '/api/v1/catalog/versions/TEST-2031/programs/990101' })).json();
    expect(program).toMatchObject({ isSample: false, continuesFrom: [{ code: '980101' }] });
    expect(program.classifications).toEqual([expect.objectContaining({ kind: 'isced', itemCode: '0613', setId: 'ISCED-F-2013' })]);
  });

  it('imports a delta supplement with change records and follows codes through it', async () => {
    expect(await versionIds()).toContain('TEST-2031');
    const request = {
      version: version('TEST-2032S', { kind: 'supplement', year: 2032, previousVersionId: 'TEST-2031' }),
      mode: 'delta', programs: file('supplement.csv', supplementCsv), revisions: file('revisions.csv', revisionsCsv),
    };
    const preview = await post('/api/v1/catalog/imports/preview', request);
    expect(preview.body).toMatchObject({ isCommittable: true, summary: { programs: { higher: 2, secondary: 1 }, revisions: { merged: 1 }, derivedAdditions: 0 } });
    expect((await post('/api/v1/catalog/imports', { ...request, fingerprint: preview.body.fingerprint })).status).toBe(201);
    const follow = (await t.request({ method: 'GET', url: '/api/v1/catalog/follow?code=990201&from=TEST-2031&to=TEST-2032S' })).json();
    expect(follow).toMatchObject({ outcome: 'continued', codes: ['990103'] });
    const amplitude = (await t.request({ method: 'GET', url: '/api/v1/catalog/versions/TEST-2032S/amplitude?level=higher' })).json();
    expect(amplitude.moe).toMatchObject({ numerator: 1, denominator: 3 });
    const current = (await t.request({ method: 'GET', url: '/api/v1/catalog/versions' })).json().items.find((v: { isCurrent: boolean }) => v.isCurrent);
    expect(current.id).toBe('TEST-2032S');
  });

  it('reports every bad row and cell of a malformed xlsx, and changes nothing', async () => {
    const before = await versionIds();
    const request = { version: version('TEST-BAD'), mode: 'full', programs: file('bad.xlsx', await malformedXlsx()) };
    const preview = await post('/api/v1/catalog/imports/preview', request, 'zh-CN');
    expect(preview.body.isCommittable).toBe(false);
    const found = preview.body.issues.map((i: { row: number; cell: string; code: string }) => `${i.row}:${i.cell}:${i.code}`);
    expect(found).toEqual([
      '4:A4:INVALID_VALUE',
      '5:F5:INVALID_CODE',
      '6:G6:REQUIRED',
      '7:F7:SAMPLE_CODE_IN_OFFICIAL',
      '8:F8:CODE_NOT_UNDER',
      '9:F9:DUPLICATE',
    ]);
    expect(preview.body.issues[0]).toMatchObject({ sheet: '专业目录', column: '层次' });
    expect(preview.body.issues[0].message).toContain('“层次”的值“大专”无效');
    const commit = await post('/api/v1/catalog/imports', { ...request, fingerprint: preview.body.fingerprint }, 'zh-CN');
    expect(commit.status).toBe(422);
    expect(commit.body.code).toBe('CATALOG_IMPORT_REJECTED');
    expect(commit.body.detail).toContain('6 处问题');
    expect(await versionIds()).toEqual(before);
  });

  it('reads an unreadable file as one file-level issue, and refuses a stale fingerprint', async () => {
    const garbage = { version: version('TEST-GARBAGE'), mode: 'full', programs: file('broken.xlsx', Buffer.from('PK\u0003\u0004 not really a zip')) };
    const preview = await post('/api/v1/catalog/imports/preview', garbage);
    expect(preview.body.issues).toEqual([expect.objectContaining({ row: 0, code: 'FILE_UNREADABLE' })]);
    const good = { version: version('TEST-STALE'), mode: 'full', programs: file('catalog.csv', editionCsv.replace(',0613', ',')) };
    const stale = await post('/api/v1/catalog/imports', { ...good, fingerprint: '0'.repeat(64) });
    expect(stale).toMatchObject({ status: 409, body: { code: 'CATALOG_IMPORT_FINGERPRINT_MISMATCH' } });
  });

  it('refuses sample codes in an official version but takes them in a sample one, and a version id twice', async () => {
    const sampleCsv = [header, '高职专科,SAMPLE-T1,示例大类,SAMPLE-T101,示例类,SAMPLE-T10101,示例专业,Sample,,'].join('\n');
    const official = await post('/api/v1/catalog/imports/preview', { version: version('TEST-OFF'), mode: 'full', programs: file('s.csv', sampleCsv) });
    expect(official.body.issues.map((i: { code: string }) => i.code)).toEqual(['SAMPLE_CODE_IN_OFFICIAL', 'SAMPLE_CODE_IN_OFFICIAL', 'SAMPLE_CODE_IN_OFFICIAL']);
    const request = { version: version('TEST-SAMPLE', { isSample: true }), mode: 'full', programs: file('s.csv', sampleCsv) };
    const sample = await post('/api/v1/catalog/imports/preview', request);
    expect(sample.body.isCommittable).toBe(true);
    expect((await post('/api/v1/catalog/imports', { ...request, fingerprint: sample.body.fingerprint })).status).toBe(201);
    const again = await post('/api/v1/catalog/imports/preview', request);
    expect(again.body.issues).toEqual([expect.objectContaining({ sheet: 'version', column: 'version.id', code: 'VERSION_EXISTS' })]);
    const wrongChain = await post('/api/v1/catalog/imports/preview', { version: version('TEST-MIX', { kind: 'supplement', previousVersionId: 'SAMPLE-2021' }), mode: 'delta', programs: file('c.csv', supplementCsv) });
    expect(wrongChain.body.issues.map((i: { code: string }) => i.code)).toContain('SAMPLE_CHAIN_MISMATCH');
  });

  it('replaces a program’s classifications, checking the items exist', async () => {
    const url = '/api/v1/catalog/versions/SAMPLE-2021/programs/SAMPLE-H030101/classifications';
    const put = (items: unknown) => t.request({ method: 'PUT', url, session: admin, body: { items } });
    expect((await put([{ setId: 'SAMPLE-CHAINS', itemCode: 'SAMPLE-CH-01' }, { setId: 'SAMPLE-GBT4754-SECTIONS', itemCode: 'H' }])).statusCode).toBe(204);
    const program = (await t.request({ method: 'GET', url: '/api/v1/catalog/versions/SAMPLE-2021/programs/SAMPLE-H030101' })).json();
    expect(program.classifications.map((c: { itemCode: string }) => c.itemCode)).toEqual(['SAMPLE-CH-01', 'H']);
    expect((await put([{ setId: 'SAMPLE-CHAINS', itemCode: 'NOPE' }])).json().code).toBe('REFERENCE_ITEM_NOT_FOUND');
    expect((await put([{ setId: 'NOPE', itemCode: 'X' }])).json().code).toBe('REFERENCE_SET_NOT_FOUND');
  });
});
