import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-db.js';
import { systemActor } from '../../../platform/authz/actor.js';
import { createTestLuban, TEST_PASSWORD, type Session, type TestLuban } from '../../../testing/test-luban.js';
import { createFixture, giveOfferings, justification, type Fixture } from './governance-test-support.js';

const YEAR = 2030;

describeEachEngine('governance filing routes', (engine) => {
  let t: TestLuban;
  let f: Fixture;
  beforeAll(async () => {
    t = await createTestLuban(engine);
    f = await createFixture(t, 'filing');
    const cycle = await t.request({ method: 'POST', url: '/api/v1/governance/filing-cycles', session: f.national, body: { year: YEAR } });
    expect(cycle.statusCode).toBe(201);
    await giveOfferings(t, f.collegeId, YEAR - 1, [{ code: 'SAMPLE-H080102', name: '数字化文秘（示例更名）' }, { code: 'SAMPLE-H020101', name: '大数据与会计' }]);
  });
  afterAll(async () => t.close());

  const call = async (method: 'GET' | 'POST' | 'PATCH', url: string, session: Session | undefined, body?: unknown) => {
    const response = await t.request({ method, url: `/api/v1/governance${url}`, session, body, headers: { 'accept-language': 'en' } });
    return { status: response.statusCode, body: response.json() };
  };
  const draft = async (programCode: string, kind: string) => call('POST', '/filing-items', f.college, { collegeId: f.collegeId, year: YEAR, programCode, kind, justification });

  describe('cycles', () => {
    it('opens a cycle with the reference calendar: controlled applications close 1 November of the year before', async () => {
      const { status, body } = await call('GET', `/filing-cycles/${YEAR}`, f.college);
      expect(status).toBe(200);
      expect(body.controlledApplicationsCloseAt).toBe('2029-11-01T15:59:59.000Z');
      expect(body.resultsPublishFrom).toBe('2029-12-31T16:00:00.000Z');
      expect(body.resultsPublishUntil).toBe('2030-04-30T15:59:59.000Z');
    });

    it('refuses a second cycle for the year and deadlines out of order', async () => {
      expect((await call('POST', '/filing-cycles', f.national, { year: YEAR })).body.code).toBe('FILING_CYCLE_EXISTS');
      const bad = await call('POST', '/filing-cycles', f.national, { year: 2031, provinceReviewClosesAt: '2030-10-01T00:00:00+08:00' });
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('FILING_DEADLINES_OUT_OF_ORDER');
    });

    it('lets only national administrators open or change cycles', async () => {
      expect((await call('POST', '/filing-cycles', f.province, { year: 2032 })).status).toBe(403);
      const moved = await call('PATCH', `/filing-cycles/${YEAR}`, f.national, { provinceReviewClosesAt: '2030-01-15T23:59:59+08:00' });
      expect(moved.status).toBe(200);
      expect(moved.body.provinceReviewClosesAt).toBe('2030-01-15T15:59:59.000Z');
    });
  });

  describe('a non-controlled new offering: draft → submit → return → resubmit → record', () => {
    let id: string;
    it('drafts, with the caller’s actions listed', async () => {
      const { status, body } = await draft('SAMPLE-H010103', 'new');
      expect(status).toBe(201);
      expect(body).toMatchObject({ status: 'draft', kind: 'new', isControlled: false, provinceCode: '440000', programName: '人工智能技术应用', collegeName: { 'zh-CN': '测试学院 filing', en: 'Test college filing' } });
      expect(body.availableActions).toEqual(['update', 'internal_review', 'submit']);
      id = body.id;
    });

    it('refuses a justification that is too short, naming the field', async () => {
      const { status, body } = await call('POST', '/filing-items', f.college, { collegeId: f.collegeId, year: YEAR, programCode: 'SAMPLE-H030101', kind: 'new', justification: 'too short' });
      expect(status).toBe(400);
      expect(body.errors[0].field).toBe('justification');
    });

    it('answers one 201 and one 409 (never a 500) when two identical drafts arrive at once', async () => {
      const both = await Promise.all([draft('SAMPLE-H040101', 'new'), draft('SAMPLE-H040101', 'new')]);
      expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
      expect(both.find((r) => r.status === 409)?.body.code).toBe('FILING_ITEM_DUPLICATE');
    });

    it('refuses a second open item for the same program and a program not in the catalog', async () => {
      expect((await draft('SAMPLE-H010103', 'new')).body.code).toBe('FILING_ITEM_DUPLICATE');
      const unknown = await draft('SAMPLE-H999999', 'new');
      expect(unknown.status).toBe(422);
      expect(unknown.body.errors[0].field).toBe('programCode');
    });

    it('does not let the province record before the college submits (409)', async () => {
      const { status, body } = await call('POST', `/filing-items/${id}/record`, f.province, {});
      expect(status).toBe(409);
      expect(body.code).toBe('FILING_TRANSITION_FORBIDDEN');
      expect(body.detail).toContain('draft');
    });

    it('submits; the province of another region cannot review it (403)', async () => {
      expect((await call('POST', `/filing-items/${id}/submit`, f.college)).body.status).toBe('submitted');
      expect((await call('POST', `/filing-items/${id}/record`, f.otherProvince, {})).status).toBe(403);
      expect((await call('GET', `/filing-items/${id}`, f.otherCollege)).status).toBe(403);
    });

    it('returns only with a reason (400 names the field), then with one', async () => {
      const missing = await call('POST', `/filing-items/${id}/return`, f.province, {});
      expect(missing.status).toBe(400);
      expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
      const returned = await call('POST', `/filing-items/${id}/return`, f.province, { reason: '请补充企业需求调研数据' });
      expect(returned.body).toMatchObject({ status: 'returned', lastReason: '请补充企业需求调研数据' });
    });

    it('lets the college change and resubmit a returned item, then the province records it and the offering may enroll', async () => {
      const changed = await call('PATCH', `/filing-items/${id}`, f.college, { plannedPlaces: 45, details: '补充了调研数据' });
      expect(changed.body).toMatchObject({ status: 'returned', plannedPlaces: 45 });
      await call('POST', `/filing-items/${id}/submit`, f.college);
      const recorded = await call('POST', `/filing-items/${id}/record`, f.province, { note: '符合条件' });
      expect(recorded.body).toMatchObject({ status: 'recorded', availableActions: [] });
      expect(await t.governance.api.canEnroll(t.deps.db, { collegeId: f.collegeId, programCode: 'SAMPLE-H010103', year: YEAR })).toBe(true);
      expect(await t.governance.api.canEnroll(t.deps.db, { collegeId: f.collegeId, programCode: 'SAMPLE-H010103', year: YEAR - 1 })).toBe(false);
      const offerings = await call('GET', `/offerings?college=${f.collegeId}&year=${YEAR}&program=SAMPLE-H010103`, f.college);
      expect(offerings.body.items).toEqual([expect.objectContaining({ status: 'recorded', canEnroll: true, sinceYear: YEAR, filingItemId: id })]);
    });

    it('keeps every step on the item’s timeline, with role and reason, and in the audit log', async () => {
      const { body } = await call('GET', `/filing-items/${id}/timeline`, f.college);
      expect(body.items.map((e: { action: string }) => e.action)).toEqual(['create', 'submit', 'return', 'update', 'submit', 'record']);
      expect(body.items[2]).toMatchObject({ fromStatus: 'submitted', toStatus: 'returned', role: 'province_admin', reason: '请补充企业需求调研数据', actorLabel: 'demo.province' });
      const audit = await t.request({ method: 'GET', url: `/api/v1/audit/entries?entityId=${id}`, session: await t.login('demo.auditor') });
      expect(audit.statusCode).toBe(200);
      const actions = (audit.json() as { items: { action: string; entityId: string }[] }).items.filter((e) => e.entityId === id).map((e) => e.action);
      expect(actions).toEqual(expect.arrayContaining(['governance.filing-item.create', 'governance.filing-item.return', 'governance.filing-item.record']));
    });

    it('notifies the college of the return and the recording', async () => {
      const { body } = await call('GET', '/notifications', f.college);
      const kinds = body.items.filter((n: { entityId: string }) => n.entityId === id).map((n: { kind: string }) => n.kind);
      expect(kinds).toEqual(['filing_recorded', 'filing_returned']);
    });
  });

  describe('a controlled program goes up for national approval', () => {
    let id: string;
    it('is marked controlled; the province cannot record it, only forward it with the regulator’s opinion', async () => {
      const created = await draft('SAMPLE-H050201', 'new');
      expect(created.body.isControlled).toBe(true);
      id = created.body.id;
      await call('POST', `/filing-items/${id}/internal-review`, f.college);
      expect((await call('POST', `/filing-items/${id}/submit`, f.college)).body.status).toBe('submitted');
      expect((await call('POST', `/filing-items/${id}/record`, f.province, {})).body.code).toBe('FILING_CONTROLLED');
      expect((await call('POST', `/filing-items/${id}/forward`, f.province, {})).body.errors[0].field).toBe('regulatorOpinion');
      const forwarded = await call('POST', `/filing-items/${id}/forward`, f.province, { regulatorOpinion: '省卫生健康委同意设置' });
      expect(forwarded.body).toMatchObject({ status: 'forwarded', regulatorOpinion: '省卫生健康委同意设置' });
    });

    it('is approved by the national administrator only; the offering is then approved for the year', async () => {
      expect((await call('POST', `/filing-items/${id}/approve`, f.province, {})).status).toBe(403);
      const approved = await call('POST', `/filing-items/${id}/approve`, f.national, {});
      expect(approved.body.status).toBe('approved');
      const offerings = await call('GET', `/offerings?college=${f.collegeId}&year=${YEAR}&status=approved`, f.province);
      expect(offerings.body.items.map((o: { programCode: string }) => o.programCode)).toEqual(['SAMPLE-H050201']);
    });

    it('needs a reason to reject', async () => {
      const other = await draft('SAMPLE-H060101', 'new');
      await call('POST', `/filing-items/${other.body.id}/submit`, f.college);
      await call('POST', `/filing-items/${other.body.id}/forward`, f.province, { regulatorOpinion: '教育厅意见：同意' });
      expect((await call('POST', `/filing-items/${other.body.id}/reject`, f.national, {})).status).toBe(400);
      const rejected = await call('POST', `/filing-items/${other.body.id}/reject`, f.national, { reason: '师资条件不足' });
      expect(rejected.body).toMatchObject({ status: 'rejected', lastReason: '师资条件不足' });
      expect(await t.governance.api.canEnroll(t.deps.db, { collegeId: f.collegeId, programCode: 'SAMPLE-H060101', year: YEAR })).toBe(false);
    });
  });

  describe('withdrawals and suspensions change offerings that exist', () => {
    it('records a withdrawal: the offering may no longer enroll from that year', async () => {
      expect((await draft('SAMPLE-H080102', 'new')).body.code).toBe('FILING_KIND_MISMATCH');
      const created = await draft('SAMPLE-H080102', 'withdrawn');
      await call('POST', `/filing-items/${created.body.id}/submit`, f.college);
      await call('POST', `/filing-items/${created.body.id}/record`, f.province, {});
      const [before, after] = await t.governance.api.canEnrollMany(t.deps.db, [
        { collegeId: f.collegeId, programCode: 'SAMPLE-H080102', year: YEAR - 1 },
        { collegeId: f.collegeId, programCode: 'SAMPLE-H080102', year: YEAR },
      ]);
      expect([before, after]).toEqual([true, false]);
    });

    it('refreshes the province’s dashboards at each decision: the year’s adjustments show the recorded and the withdrawn offering', async () => {
      const { status, body } = await call('GET', `/dashboards/adjustments?year=${YEAR}&province=440000`, f.province);
      expect(status).toBe(200);
      const byProgram = Object.fromEntries((body.rows as { programCode: string; added: number; closed: number }[]).map((r) => [r.programCode, [r.added, r.closed]]));
      expect(byProgram['SAMPLE-H010103']).toEqual([1, 0]);
      expect(byProgram['SAMPLE-H080102']).toEqual([0, 1]);
    });

    it('refuses to suspend what the college does not offer', async () => {
      const { status, body } = await draft('SAMPLE-H030101', 'suspended');
      expect(status).toBe(422);
      expect(body.errors[0].field).toBe('kind');
    });
  });

  describe('listings and the college’s cycle timeline', () => {
    it('filters items by status and scope; another college sees none of them', async () => {
      const mine = await call('GET', `/filing-items?college=${f.collegeId}&status=recorded`, f.province);
      expect(mine.body.items.map((i: { programCode: string }) => i.programCode).sort()).toEqual(['SAMPLE-H010103', 'SAMPLE-H080102']);
      const other = await call('GET', `/filing-items?college=${f.collegeId}`, f.otherCollege);
      expect(other.body.items).toEqual([]);
      const page = await call('GET', `/filing-items?college=${f.collegeId}&limit=2`, f.college);
      const next = await call('GET', `/filing-items?college=${f.collegeId}&limit=2&cursor=${page.body.nextCursor}`, f.college);
      expect(next.body.items.some((i: { id: string }) => page.body.items.some((p: { id: string }) => p.id === i.id))).toBe(false);
      expect(next.body.items.length).toBeGreaterThan(0);
    });

    it('gives the college every step of the cycle, oldest first', async () => {
      const { body } = await call('GET', `/filing-cycles/${YEAR}/colleges/${f.collegeId}/timeline`, f.college);
      expect(body.items.length).toBeGreaterThanOrEqual(15);
      expect(body.items[0].action).toBe('create');
      expect((await call('GET', `/filing-cycles/${YEAR}/colleges/${f.collegeId}/timeline`, f.otherCollege)).status).toBe(403);
    });
  });

  describe('offerings listing', () => {
    it('pages offerings in force with the cursor, by year, status and canEnroll', async () => {
      const first = await call('GET', `/offerings?college=${f.collegeId}&year=${YEAR}&limit=2`, f.college);
      expect(first.body.items).toHaveLength(2);
      const rest = await call('GET', `/offerings?college=${f.collegeId}&year=${YEAR}&limit=50&cursor=${first.body.nextCursor}`, f.college);
      const codes = [...first.body.items, ...rest.body.items].map((o: { programCode: string }) => o.programCode);
      expect(codes).toEqual(['SAMPLE-H010103', 'SAMPLE-H020101', 'SAMPLE-H050201', 'SAMPLE-H080102']);
      expect(rest.body.nextCursor).toBeNull();
      const notEnrolling = await call('GET', `/offerings?college=${f.collegeId}&year=${YEAR}&canEnroll=false`, f.college);
      expect(notEnrolling.body.items).toEqual([expect.objectContaining({ programCode: 'SAMPLE-H080102', status: 'withdrawn', sinceYear: YEAR, year: YEAR })]);
      const earlier = await call('GET', `/offerings?college=${f.collegeId}&year=${YEAR - 1}`, f.college);
      expect(earlier.body.items.map((o: { programCode: string; status: string }) => `${o.programCode}:${o.status}`)).toEqual(['SAMPLE-H020101:recorded', 'SAMPLE-H080102:recorded']);
      expect((await call('GET', `/offerings?college=${f.collegeId}`, f.otherCollege)).body.items).toEqual([]);
    });
  });

  describe('province caps from the rule packs', () => {
    it('refuses to record a new offering beyond Anhui’s 40 offerings per higher-vocational college, naming the cap and its source', async () => {
      // the Anhui 2022 pack is in effect 2022–2025: a 2025 cycle whose deadlines are still open
      const CAP_YEAR = 2025;
      const soon = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
      expect((await call('POST', '/filing-cycles', f.national, { year: CAP_YEAR, collegeFilingClosesAt: soon(10), controlledApplicationsCloseAt: soon(10), provinceReviewClosesAt: soon(20), resultsPublishFrom: soon(20), resultsPublishUntil: soon(30) })).status).toBe(201);
      const collegeId = 'TEST-AH-CAP';
      await t.institutions.api.upsertColleges(t.deps.db, [{ id: collegeId, name: '测试学院（安徽）', nameEn: 'Test college (Anhui)', provinceCode: '340000', regionCode: '340100', level: 'higher', ownership: 'public', authority: 'test', isDemo: true }]);
      await t.deps.db.transaction((tx) => t.governance.api.recordBaselineOfferings(tx, systemActor('test'), Array.from({ length: 40 }, (_, i) => ({
        provinceCode: '340000', collegeId, programCode: `TEST-CAP-${String(i).padStart(3, '0')}`, programName: `测试专业 ${i}`, catalogVersionId: 'SAMPLE-2021', year: CAP_YEAR - 1, status: 'recorded' as const, isDemo: true,
      })), 'test'));
      await t.identity.api.createUser(systemActor('test'), { username: 'admin.ah.cap', displayName: 'ah', password: TEST_PASSWORD, locale: 'en', assignments: [{ role: 'college_admin', scope: `college:${collegeId}` }] });
      await t.identity.api.createUser(systemActor('test'), { username: 'prov.ah.cap', displayName: 'ah', password: TEST_PASSWORD, locale: 'en', assignments: [{ role: 'province_admin', scope: 'province:340000' }] });
      const college = await t.login('admin.ah.cap');
      const province = await t.login('prov.ah.cap');
      const created = await call('POST', '/filing-items', college, { collegeId, year: CAP_YEAR, programCode: 'SAMPLE-H010103', kind: 'new', justification });
      await call('POST', `/filing-items/${created.body.id}/submit`, college);
      const refused = await call('POST', `/filing-items/${created.body.id}/record`, province, {});
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('FILING_CAP_EXCEEDED');
      expect(refused.body.detail).toContain('"offerings per college" (41 > 40');
      expect(refused.body.detail).toContain('offerings-per-college-above-40');
      expect((await call('GET', `/filing-items/${created.body.id}`, province)).body.status).toBe('submitted');
      const withdrawal = await call('POST', '/filing-items', college, { collegeId, year: CAP_YEAR, programCode: 'TEST-CAP-000', kind: 'withdrawn', justification });
      expect(withdrawal.body.code).toBe('PROGRAM_NOT_IN_CATALOG');
    });
  });

  describe('deadlines', () => {
    it('refuses filing after the college deadline, naming it', async () => {
      await call('POST', '/filing-cycles', f.national, { year: 2020 });
      const { status, body } = await call('POST', '/filing-items', f.college, { collegeId: f.collegeId, year: 2020, programCode: 'SAMPLE-H070101', kind: 'new', justification });
      expect(status).toBe(409);
      expect(body.code).toBe('FILING_DEADLINE_PASSED');
      expect(body.detail).toContain('college filing closes');
      expect(body.detail).toContain('2019-11-01T15:59:59.000Z');
    });

    it('closes controlled applications on 1 November while other filings stay open', async () => {
      const now = Date.now();
      await call('POST', '/filing-cycles', f.national, {
        year: 2033, controlledApplicationsCloseAt: new Date(now - 86_400_000).toISOString(), collegeFilingClosesAt: new Date(now + 86_400_000).toISOString(),
      });
      const controlled = await call('POST', '/filing-items', f.college, { collegeId: f.collegeId, year: 2033, programCode: 'SAMPLE-H050101', kind: 'new', justification });
      expect(controlled.body.code).toBe('FILING_DEADLINE_PASSED');
      expect(controlled.body.detail).toContain('controlled-program applications close');
      const open = await call('POST', '/filing-items', f.college, { collegeId: f.collegeId, year: 2033, programCode: 'SAMPLE-H070101', kind: 'new', justification });
      expect(open.status).toBe(201);
    });

    it('says so in Chinese too', async () => {
      const response = await t.request({
        method: 'POST', url: '/api/v1/governance/filing-items', session: f.college, headers: { 'accept-language': 'zh-CN' },
        body: { collegeId: f.collegeId, year: 2020, programCode: 'SAMPLE-H070101', kind: 'new', justification },
      });
      expect(response.json().detail).toContain('院校申报截止');
    });
  });
});
