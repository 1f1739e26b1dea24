import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CourseActivity, CourseList } from '../../../../shared/contracts/lrs/course-activity.js';
import type { BrowsedStatementPage } from '../../../../shared/contracts/lrs/statement-browse.js';
import { describeEachEngine } from '../../../testing/test-db.js';
import { createTestLuban, type Session, type TestLuban } from '../../../testing/test-luban.js';
import { createLrsClient, type XapiClient } from './xapi-test-client.js';

const COURSE_TYPE = 'http://adlnet.gov/expapi/activities/course';
const ATTEMPTED = 'http://adlnet.gov/expapi/verbs/attempted';
const COMPLETED = 'http://adlnet.gov/expapi/verbs/completed';

/** A lesson statement that names its course in context.contextActivities.grouping. */
function lessonStatement(course: string, verb: string, learner: string, extra: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    actor: { objectType: 'Agent', name: learner, mbox: `mailto:${learner}@example.com` },
    verb: { id: verb, display: { 'zh-CN': verb === COMPLETED ? '完成' : '尝试', 'en-US': verb === COMPLETED ? 'completed' : 'attempted' } },
    object: { id: `${course}/lesson-1`, definition: { name: { 'zh-CN': '第一课' }, type: 'http://adlnet.gov/expapi/activities/lesson' } },
    context: {
      contextActivities: { grouping: [{ id: course, definition: { name: { 'zh-CN': '数控加工', en: 'CNC machining' }, type: COURSE_TYPE } }] },
      ...extra,
    },
  };
}

const today = () => new Date().toISOString().slice(0, 10);

describeEachEngine('LRS statement browser and course activity', (engine) => {
  let t: TestLuban;
  let gd: XapiClient;
  let js: XapiClient;
  let college: Session;
  const course = `https://luban.example/courses/${randomUUID()}`;
  const otherCourse = `https://luban.example/courses/${randomUUID()}`;
  const registration = randomUUID();
  const learner = `li.lei.${Date.now()}`;

  beforeAll(async () => {
    t = await createTestLuban(engine);
    gd = await createLrsClient(t, { admin: 'demo.college', scope: 'college:DEMO-GD-01', permissions: ['write'], name: '虚拟仿真厂商' });
    js = await createLrsClient(t, { scope: 'college:DEMO-JS-01', permissions: ['write'] });
    const posted = await gd.call({
      method: 'POST',
      url: '/xapi/statements',
      body: [
        lessonStatement(course, ATTEMPTED, learner, { registration }),
        lessonStatement(course, COMPLETED, learner),
        lessonStatement(course, ATTEMPTED, 'han.meimei'),
      ],
    });
    expect(posted.statusCode).toBe(200);
    expect((await js.call({ method: 'POST', url: '/xapi/statements', body: [lessonStatement(otherCourse, COMPLETED, 'zhang.san')] })).statusCode).toBe(200);
    college = await t.login('demo.college');
  });
  afterAll(async () => t.close());

  const browse = async (session: Session, query: string) => {
    const response = await t.request({ method: 'GET', url: `/api/v1/lrs/statements?${query}`, session });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<BrowsedStatementPage>();
  };

  it('lists only the statements of the caller’s scope, newest first, with the client and the statement', async () => {
    const page = await browse(college, 'limit=100');
    const courses = new Set(page.items.map((item) => String((item.statement.object as { id: string }).id).split('/lesson')[0]));
    expect(courses).toContain(course);
    expect(courses).not.toContain(otherCourse);
    const stored = page.items.map((item) => item.stored);
    expect([...stored].sort().reverse()).toEqual(stored);
    const mine = page.items.find((item) => item.actor.identifier === `mailto:${learner}@example.com`);
    expect(mine?.client?.name).toBe('虚拟仿真厂商');
    expect(mine?.scope).toBe('college:DEMO-GD-01');
    expect(mine?.statement.authority).toBeDefined();

    const otherProvince = await t.login('demo.province');
    expect((await browse(otherProvince, 'limit=100')).items.some((item) => item.actor.name === learner)).toBe(true);
    const national = await t.login('demo.national');
    expect((await browse(national, 'limit=100')).items.some((item) => item.actor.name === 'zhang.san')).toBe(true);
  });

  it('filters by agent (e-mail, mailto or JSON), verb, activity with its context, registration and time', async () => {
    const byEmail = await browse(college, `agent=${encodeURIComponent(`${learner}@example.com`)}`);
    expect(byEmail.items).toHaveLength(2);
    const byJson = await browse(college, `agent=${encodeURIComponent(JSON.stringify({ mbox: `mailto:${learner}@example.com` }))}&verb=${encodeURIComponent(COMPLETED)}`);
    expect(byJson.items.map((item) => item.verb.id)).toEqual([COMPLETED]);
    expect(byJson.items[0]?.verb.display['zh-CN']).toBe('完成');

    expect((await browse(college, `activity=${encodeURIComponent(course)}`)).items).toHaveLength(0);
    const inCourse = await browse(college, `activity=${encodeURIComponent(course)}&relatedActivities=true`);
    expect(inCourse.items).toHaveLength(3);
    expect(inCourse.items[0]?.object.name?.['zh-CN']).toBe('第一课');

    expect((await browse(college, `registration=${registration}`)).items.map((item) => item.registration)).toEqual([registration]);
    const future = new Date(Date.now() + 60_000).toISOString();
    expect((await browse(college, `since=${encodeURIComponent(future)}`)).items).toHaveLength(0);
    expect((await browse(college, `until=${encodeURIComponent(future)}&activity=${encodeURIComponent(course)}&relatedActivities=true`)).items).toHaveLength(3);
  });

  it('pages with a cursor without repeating or skipping a statement', async () => {
    const query = `activity=${encodeURIComponent(course)}&relatedActivities=true&limit=2`;
    const first = await browse(college, query);
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = await browse(college, `${query}&cursor=${first.nextCursor}`);
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((item) => item.id)).size).toBe(3);
  });

  it('hides voided statements unless asked', async () => {
    const target = lessonStatement(course, ATTEMPTED, `voided.${Date.now()}`);
    expect((await gd.call({ method: 'POST', url: '/xapi/statements', body: [target] })).statusCode).toBe(200);
    const voiding = {
      actor: { mbox: 'mailto:teacher@example.com' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/voided', display: { en: 'voided' } },
      object: { objectType: 'StatementRef', id: target.id },
    };
    expect((await gd.call({ method: 'POST', url: '/xapi/statements', body: [voiding] })).statusCode).toBe(200);
    const agent = encodeURIComponent(target.actor.mbox);
    expect((await browse(college, `agent=${agent}`)).items).toHaveLength(0);
    const withVoided = await browse(college, `agent=${agent}&includeVoided=true`);
    expect(withVoided.items.map((item) => [item.id, item.isVoided])).toEqual([[target.id, true]]);
  });

  it('refuses malformed filters naming the field', async () => {
    for (const [query, field] of [
      ['verb=not%20an%20iri', 'verb'],
      ['registration=123', 'registration'],
      ['since=yesterday', 'since'],
      ['limit=1000', 'limit'],
      ['cursor=bm9wZQ', 'cursor'],
    ] as const) {
      const response = await t.request({ method: 'GET', url: `/api/v1/lrs/statements?${query}`, session: college });
      expect(response.statusCode, query).toBe(400);
      expect(response.body, query).toContain(field);
    }
    const agent = await t.request({ method: 'GET', url: '/api/v1/lrs/statements?agent=nobody', session: college });
    expect(agent.statusCode).toBe(400);
    expect(agent.json<{ code: string; detail: string }>().detail).toContain('agent');
  });

  it('lists the active courses of the caller’s scope with statements and learners', async () => {
    const response = await t.request({ method: 'GET', url: `/api/v1/lrs/courses?from=${today()}&to=${today()}&timeZone=UTC`, session: college });
    expect(response.statusCode, response.body).toBe(200);
    const list = response.json<CourseList>();
    const entry = list.items.find((item) => item.id === course);
    // the voided statement (another test) counts nowhere
    expect(entry).toMatchObject({ statements: 3, learners: 2, name: { 'zh-CN': '数控加工', en: 'CNC machining' } });
    expect(list.items.some((item) => item.id === otherCourse)).toBe(false);
  });

  it('counts a course’s statements per day and verb, zero-filling the window', async () => {
    const from = new Date(Date.now() - 6 * 86_400_000).toISOString().slice(0, 10);
    const url = `/api/v1/lrs/courses/activity?course=${encodeURIComponent(course)}&from=${from}&to=${today()}&timeZone=UTC`;
    const response = await t.request({ method: 'GET', url, session: college });
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json<CourseActivity>();
    expect(report.days).toHaveLength(7);
    expect(report.days.slice(0, 6).every((day) => day.statements === 0)).toBe(true);
    const last = report.days[6];
    expect(last?.day).toBe(today());
    expect(last?.counts[COMPLETED]).toBe(1);
    expect(last?.counts[ATTEMPTED]).toBe(2);
    expect(last).toMatchObject({ statements: 3, learners: 2 });
    expect(report.verbs.map((verb) => verb.id)[0]).toBe(ATTEMPTED);
    expect(report.verbs.find((verb) => verb.id === COMPLETED)?.display['zh-CN']).toBe('完成');
    expect(report.course.name?.['zh-CN']).toBe('数控加工');
    expect(report.totals).toEqual({ statements: 3, learners: 2 });

    const outside = await t.request({ method: 'GET', url: url.replace(encodeURIComponent(course), encodeURIComponent(otherCourse)), session: college });
    expect(outside.json<CourseActivity>().totals.statements).toBe(0);
  });

  it('refuses a time zone that does not exist, naming the field', async () => {
    const url = `/api/v1/lrs/courses/activity?course=${encodeURIComponent(course)}&from=2020-01-01&to=2020-01-03&timeZone=Mars%2FOlympus`;
    const bad = await t.request({ method: 'GET', url, session: college });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('timeZone');
  });

  it('names every filter as a query parameter in the OpenAPI document', async () => {
    const docs = (await t.request({ method: 'GET', url: '/api/docs/json' })).json<{ paths: Record<string, { get?: { parameters?: { name: string; in: string }[] } }> }>();
    const queryNames = (path: string) => (docs.paths[path]?.get?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name).sort();
    expect(queryNames('/api/v1/lrs/statements')).toEqual(
      ['activity', 'agent', 'cursor', 'includeVoided', 'limit', 'registration', 'relatedActivities', 'since', 'until', 'verb'],
    );
    expect(queryNames('/api/v1/lrs/courses')).toEqual(['from', 'timeZone', 'to']);
    expect(queryNames('/api/v1/lrs/courses/activity')).toEqual(['course', 'from', 'timeZone', 'to']);
  });

  it('refuses windows that are reversed or longer than a year', async () => {
    for (const window of ['from=2025-02-01&to=2025-01-01', 'from=2024-01-01&to=2025-06-01']) {
      const response = await t.request({ method: 'GET', url: `/api/v1/lrs/courses?${window}`, session: college });
      expect(response.statusCode, window).toBe(400);
      expect(response.body).toContain('to');
    }
  });
});

describeEachEngine('LRS course activity days', (engine) => {
  // 17:30 UTC on 1 March is already 2 March in China
  const storedAt = new Date('2025-03-01T17:30:00.000Z');
  let t: TestLuban;
  beforeAll(async () => {
    t = await createTestLuban(engine, { now: () => storedAt });
  });
  afterAll(async () => t.close());

  it('counts each statement on its day in the requested time zone', async () => {
    const course = `https://luban.example/courses/${randomUUID()}`;
    const client = await createLrsClient(t, { scope: 'college:DEMO-GD-01', permissions: ['write'] });
    expect((await client.call({ method: 'POST', url: '/xapi/statements', body: [lessonStatement(course, COMPLETED, 'wang.wu')] })).statusCode).toBe(200);
    const session = await t.login('demo.college');
    const daysIn = async (timeZone: string) => {
      const url = `/api/v1/lrs/courses/activity?course=${encodeURIComponent(course)}&from=2025-03-01&to=2025-03-02&timeZone=${encodeURIComponent(timeZone)}`;
      const response = await t.request({ method: 'GET', url, session });
      expect(response.statusCode, response.body).toBe(200);
      return response.json<CourseActivity>().days.map((day) => [day.day, day.statements]);
    };
    expect(await daysIn('UTC')).toEqual([['2025-03-01', 1], ['2025-03-02', 0]]);
    expect(await daysIn('Asia/Shanghai')).toEqual([['2025-03-01', 0], ['2025-03-02', 1]]);
  });
});
