import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../../platform/authz/actor.js';
import { describeEachEngine } from '../../../testing/test-db.js';
import { createTestLuban, type Session, type TestLuban } from '../../../testing/test-luban.js';
import type { RuleFinding } from '../../../../shared/contracts/governance/findings.js';
import { createFixture, giveOfferings, type Fixture } from './governance-test-support.js';

const YEAR = 2029;

function finding(collegeId: string, programCode: string, overrides: Partial<RuleFinding> = {}): RuleFinding {
  return {
    packId: 'cn-national',
    packVersion: '2024.1',
    ruleId: 'destination-below-60-two-years',
    severity: 'red',
    action: 'cut_plan',
    subject: { kind: 'offering', provinceCode: '440000', collegeId, programCode, offeringId: `${collegeId}:${programCode}` },
    year: YEAR,
    summary: { 'zh-CN': '去向落实率 2028 年 55.0%（22/40）、2029 年 58.0%（29/50），连续两年低于 60%', en: 'Destination rate 55.0 % (22/40) in 2028 and 58.0 % (29/50) in 2029: below 60 % two years running' },
    facts: [
      { indicator: 'destination-rate-first', year: 2028, numerator: 22, denominator: 40, value: 0.55, threshold: 0.6, comparison: 'lt', isMet: true },
      { indicator: 'destination-rate-first', year: 2029, numerator: 29, denominator: 50, value: 0.58, threshold: 0.6, comparison: 'lt', isMet: true },
    ],
    fingerprint: `cn-national|destination-below-60-two-years|${collegeId}:${programCode}|${YEAR}`,
    ...overrides,
  };
}

describeEachEngine('governance warning routes', (engine) => {
  let t: TestLuban;
  let f: Fixture;
  beforeAll(async () => {
    t = await createTestLuban(engine);
    f = await createFixture(t, 'warn');
    await giveOfferings(t, f.collegeId, YEAR, [{ code: 'SAMPLE-H020201', name: '电子商务' }, { code: 'SAMPLE-H020301', name: '市场营销' }]);
  });
  afterAll(async () => t.close());

  const call = async (method: 'GET' | 'POST', url: string, session: Session | undefined, body?: unknown) => {
    const response = await t.request({ method, url: `/api/v1/governance${url}`, session, body, headers: { 'accept-language': 'en' } });
    return { status: response.statusCode, body: response.json() };
  };
  const issue = (actor: Actor, runId: string, findings: RuleFinding[]) => t.deps.db.transaction((tx) => t.governance.api.issueWarningsFromFindings(tx, actor, runId, findings));
  const warningOf = async (programCode: string) => {
    const { body } = await call('GET', `/warnings?college=${f.collegeId}&program=${programCode}&open=true`, f.province);
    return body.items[0];
  };

  describe('from rule runs', () => {
    it('issues one warning per finding, storing summary and facts as they are', async () => {
      const result = await issue(systemActor('rule-run'), 'run-1', [finding(f.collegeId, 'SAMPLE-H020201'), finding(f.collegeId, 'SAMPLE-H020301', { severity: 'yellow', fingerprint: `fp-${f.collegeId}-2` })]);
      expect(result).toMatchObject({ issued: 2, skipped: 0 });
      const warning = await warningOf('SAMPLE-H020201');
      expect(warning).toMatchObject({ status: 'issued', source: 'rule', runId: 'run-1', severity: 'red', action: 'cut_plan', subjectKind: 'offering', offeringId: `${f.collegeId}:SAMPLE-H020201` });
      expect(warning.summary).toEqual(finding(f.collegeId, 'SAMPLE-H020201').summary);
      expect(warning.facts).toEqual(finding(f.collegeId, 'SAMPLE-H020201').facts);
      expect(warning.availableActions).toEqual(['escalate', 'close']);
    });

    it('does not issue an open fingerprint twice, within a run or across runs', async () => {
      const again = await issue(systemActor('rule-run'), 'run-2', [finding(f.collegeId, 'SAMPLE-H020201'), finding(f.collegeId, 'SAMPLE-H020201')]);
      expect(again).toMatchObject({ issued: 0, skipped: 2 });
      const { body } = await call('GET', `/warnings?college=${f.collegeId}&program=SAMPLE-H020201`, f.province);
      expect(body.items).toHaveLength(1);
    });

    it('refuses a run by a province administrator of another province', async () => {
      const outsider: Actor = { kind: 'user', userId: '00000000-0000-4000-8000-000000000001', username: 'outsider', displayName: 'outsider', locale: 'en', assignments: [{ role: 'province_admin', scope: 'province:320000' }] };
      await expect(issue(outsider, 'run-3', [finding(f.collegeId, 'SAMPLE-H020201', { fingerprint: 'other' })])).rejects.toMatchObject({ code: 'SCOPE_DENIED' });
    });

    it('keeps a program-wide warning at the province: no college can respond, the province may close it', async () => {
      const regional = finding(f.collegeId, 'SAMPLE-H010101', { subject: { kind: 'program-in-region', provinceCode: '440000', regionCode: '440000', programCode: 'SAMPLE-H010101' }, fingerprint: `region-${f.collegeId}`, severity: 'notice', action: 'no_new_offerings' });
      const { warningIds } = await issue(systemActor('rule-run'), 'run-4', [regional]);
      const id = warningIds[0];
      const got = await call('GET', `/warnings/${id}`, f.province);
      expect(got.body).toMatchObject({ collegeId: null, subjectKind: 'program-in-region', availableActions: ['escalate', 'close'] });
      expect((await call('GET', `/warnings/${id}`, f.college)).status).toBe(403);
      expect((await call('POST', `/warnings/${id}/close`, f.province, { reason: '省内布点已调整' })).body.status).toBe('closed');
    });
  });

  describe('the lifecycle', () => {
    it('college responds with a plan → province accepts → closed, every step on the timeline', async () => {
      const warning = await warningOf('SAMPLE-H020201');
      expect((await call('POST', `/warnings/${warning.id}/accept`, f.college, {})).status).toBe(403);
      const noPlan = await call('POST', `/warnings/${warning.id}/respond`, f.college, { dueDate: '2030-06-30' });
      expect(noPlan.status).toBe(400);
      expect(noPlan.body.errors[0].field).toBe('plan');
      const responded = await call('POST', `/warnings/${warning.id}/respond`, f.college, { plan: '压缩招生计划 20%，调整课程体系，对接新企业', dueDate: '2030-06-30' });
      expect(responded.body).toMatchObject({ status: 'responded', responseDueDate: '2030-06-30', availableActions: [] });
      expect((await call('POST', `/warnings/${warning.id}/respond`, f.college, { plan: '再次回复的整改计划：继续压缩招生', dueDate: '2030-06-30' })).status).toBe(409);
      const accepted = await call('POST', `/warnings/${warning.id}/accept`, f.province, { note: '同意整改计划' });
      expect(accepted.body).toMatchObject({ status: 'closed', lastNote: '同意整改计划' });
      const timeline = await call('GET', `/warnings/${warning.id}/timeline`, f.college);
      expect(timeline.body.items.map((e: { action: string; toStatus: string }) => `${e.action}→${e.toStatus}`)).toEqual(['issue→issued', 'respond→responded', 'accept→closed']);
      expect(timeline.body.items[1]).toMatchObject({ role: 'college_admin', fromStatus: 'issued' });
    });

    it('a closed fingerprint may be issued again by a later run', async () => {
      expect((await issue(systemActor('rule-run'), 'run-5', [finding(f.collegeId, 'SAMPLE-H020201')])).issued).toBe(1);
    });

    it('province escalates (reason required) → national closes; the province cannot close it', async () => {
      const warning = await warningOf('SAMPLE-H020301');
      expect((await call('POST', `/warnings/${warning.id}/escalate`, f.province, {})).status).toBe(400);
      expect((await call('POST', `/warnings/${warning.id}/escalate`, f.otherProvince, { reason: '跨省上报的理由说明' })).status).toBe(403);
      const escalated = await call('POST', `/warnings/${warning.id}/escalate`, f.province, { reason: '院校未按期回复' });
      expect(escalated.body.status).toBe('escalated');
      const byProvince = await call('POST', `/warnings/${warning.id}/close`, f.province, { reason: '省级尝试关闭此预警' });
      expect(byProvince.status).toBe(409);
      expect(byProvince.body.code).toBe('WARNING_TRANSITION_FORBIDDEN');
      const closed = await call('POST', `/warnings/${warning.id}/close`, f.national, { reason: '国家核查后关闭' });
      expect(closed.body).toMatchObject({ status: 'closed', lastNote: '国家核查后关闭' });
    });

    it('lets a province administrator issue a warning by hand with a reason, not for another province', async () => {
      const missing = await call('POST', '/warnings', f.province, { collegeId: f.collegeId, year: YEAR, severity: 'yellow', action: 'review' });
      expect(missing.status).toBe(400);
      expect(missing.body.errors[0].field).toBe('reason');
      expect((await call('POST', '/warnings', f.otherProvince, { collegeId: f.collegeId, year: YEAR, severity: 'yellow', action: 'review', reason: '专项检查发现问题' })).status).toBe(403);
      const noOffering = await call('POST', '/warnings', f.province, { collegeId: f.collegeId, programCode: 'SAMPLE-H040101', year: YEAR, severity: 'yellow', action: 'review', reason: '专项检查发现问题' });
      expect(noOffering.body.errors[0].field).toBe('programCode');
      const issued = await call('POST', '/warnings', f.province, { collegeId: f.collegeId, programCode: 'SAMPLE-H020301', year: YEAR, severity: 'yellow', action: 'review', reason: '专项检查发现实训条件不足' });
      expect(issued.status).toBe(201);
      expect(issued.body).toMatchObject({ source: 'manual', reason: '专项检查发现实训条件不足', fingerprint: null, subjectKind: 'offering' });
    });
  });

  describe('counts and notifications', () => {
    it('counts warnings by severity and status within the caller’s scope', async () => {
      const { body } = await call('GET', `/warnings/counts?college=${f.collegeId}`, f.province);
      expect(body.byStatus).toEqual({ issued: 2, responded: 0, escalated: 0, closed: 2 });
      expect(body.openBySeverity).toEqual({ notice: 0, yellow: 1, red: 1 });
      expect(body.total).toBe(4);
      const outside = await call('GET', `/warnings/counts?college=${f.collegeId}`, f.otherProvince);
      expect(outside.body.total).toBe(0);
    });

    it('tells the college and the province, per reader, and marks read', async () => {
      const college = await call('GET', '/notifications', f.college);
      expect(college.body.items.map((n: { kind: string }) => n.kind)).toEqual(expect.arrayContaining(['warning_issued', 'warning_escalated', 'warning_closed']));
      const unread = college.body.unreadCount;
      const first = college.body.items[0];
      expect((await call('POST', `/notifications/${first.id}/read`, f.otherCollege)).status).toBe(403);
      expect((await call('POST', `/notifications/${first.id}/read`, f.college)).body.marked).toBe(1);
      const after = await call('GET', '/notifications', f.college);
      expect(after.body.unreadCount).toBe(unread - 1);
      const all = await call('GET', '/notifications?unread=false', f.college);
      expect(all.body.items.find((n: { id: string }) => n.id === first.id).readAt).not.toBeNull();
      const province = await call('GET', '/notifications?limit=200', f.province);
      expect(province.body.items.map((n: { kind: string }) => n.kind)).toContain('warning_responded');
      expect((await call('POST', '/notifications/read-all', f.college)).body.marked).toBe(unread - 1);
      expect((await call('GET', '/notifications', f.college)).body.unreadCount).toBe(0);
    });
  });
});
