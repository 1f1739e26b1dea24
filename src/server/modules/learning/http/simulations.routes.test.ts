import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SimulationAttempt, SimulationLaunch } from '../../../../shared/contracts/learning/simulations.js';
import { describeEachEngine } from '../../../testing/test-db.js';
import { createTestLuban, type Session, type TestLuban } from '../../../testing/test-luban.js';
import { resourceActivityId } from '../domain/statements.js';
import { simulationVerbs } from '../domain/simulation-statements.js';
import { publishResource, putChunk, uploadFile } from './learning-test-client.js';
import { launch, publishSimulation, report, uploadPackage } from './simulation-test-client.js';
import { badPackages, trainingPackage } from './simulation-test-packages.js';

describeEachEngine('virtual simulations: packages, launches, reports, xAPI', (engine) => {
  let t: TestLuban;
  let teacher: Session;
  let reviewer: Session;
  let student: Session;
  let simulationId: string;

  beforeAll(async () => {
    t = await createTestLuban(engine);
    teacher = await t.login('demo.teacher');
    reviewer = await t.login('demo.college');
    student = await t.login('demo.student');
    simulationId = await publishSimulation(t, teacher, reviewer);
  });
  afterAll(async () => t.close());

  const statementsOf = async (registration: string) =>
    (await t.deps.db.execute<{ verb_id: string; payload: Record<string, unknown> }>(sql`select verb_id, payload from lrs.statements where payload->'context'->>'registration' = ${registration} order by stored`)).rows;

  it('refuses unsafe packages at upload completion, each with a clear error naming the problem', async () => {
    const cases: [Buffer, string, RegExp][] = [
      [await badPackages.traversal(), 'PACKAGE_UNSAFE_PATH', /\.\.\/escape\.js/],
      [await badPackages.symlink(), 'PACKAGE_SYMLINK', /link\.js/],
      [await badPackages.bomb(), 'PACKAGE_ZIP_BOMB', /data\.bin/],
      [await badPackages.tooManyFiles(2001), 'PACKAGE_TOO_MANY_FILES', /2000/],
      [await badPackages.noEntry(), 'PACKAGE_NO_ENTRY', /index\.html/],
    ];
    for (const [zip, code, detail] of cases) {
      const created = await t.request({ method: 'POST', url: '/api/v1/learning/uploads', session: teacher, body: { resourceType: 'virtual_simulation', fileName: 'bad.zip', mimeType: 'application/zip', totalSize: zip.length } });
      const { id } = created.json<{ id: string }>();
      expect((await putChunk(t, teacher, id, 0, zip)).statusCode).toBe(200);
      const completed = await t.request({ method: 'POST', url: `/api/v1/learning/uploads/${id}/complete`, session: teacher, headers: { 'accept-language': 'en' } });
      expect(completed.statusCode, code).toBeGreaterThanOrEqual(400);
      expect(completed.json<{ code: string; detail: string }>()).toMatchObject({ code });
      expect(completed.json<{ detail: string }>().detail).toMatch(detail);
      // nothing changed: the upload is still open and cannot be attached
      expect((await t.request({ method: 'GET', url: `/api/v1/learning/uploads/${id}`, session: teacher })).json<{ status: string }>().status).toBe('open');
    }
    const zh = await t.request({ method: 'POST', url: '/api/v1/learning/uploads', session: teacher, body: { resourceType: 'virtual_simulation', fileName: 'bad.zip', mimeType: 'application/zip', totalSize: (await badPackages.noEntry()).length } });
    await putChunk(t, teacher, zh.json<{ id: string }>().id, 0, await badPackages.noEntry());
    const refused = await t.request({ method: 'POST', url: `/api/v1/learning/uploads/${zh.json<{ id: string }>().id}/complete`, session: teacher, headers: { 'accept-language': 'zh-CN' } });
    expect(refused.json<{ detail: string }>().detail).toContain('仿真包没有入口页面');
  });

  it('launches for a student and serves the package sandboxed, with nosniff and correct types, without listings or traversal', async () => {
    const launched = await launch(t, student, simulationId, { courseId: 'course-42', courseItemId: 'item-7' });
    expect(launched.attempt).toMatchObject({ status: 'launched', courseId: 'course-42', courseItemId: 'item-7', learnerName: '演示·学生' });
    expect(launched.entryUrl).toBe(`/sim-content/${launched.token}/index.html`);
    expect(launched.messageOrigin).toBe('null');
    const page = await t.app.inject({ method: 'GET', url: launched.entryUrl });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const csp = String(page.headers['content-security-policy']);
    expect(csp.startsWith('sandbox allow-scripts;')).toBe(true);
    expect(csp).not.toContain('allow-same-origin');
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toMatch(/connect-src http:\/\/localhost(:\d+)?\/sim-content\/[\w-]+\/ http:\/\/localhost(:\d+)?\/xapi\//);
    expect(page.body).toContain('/sim-api/v1/luban-sim.js');
    const script = await t.app.inject({ method: 'GET', url: `/sim-content/${launched.token}/assets/app.js` });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const api = await t.app.inject({ method: 'GET', url: '/sim-api/v1/luban-sim.js' });
    expect(api.statusCode).toBe(200);
    expect(api.body).toContain('window.LubanSim');
    for (const path of ['', 'assets/', 'assets', '../index.html', '..%2Findex.html', 'assets%2F..%2F..%2Findex.html', '%2e%2e/%2e%2e/etc/passwd', 'missing.js']) {
      expect((await t.app.inject({ method: 'GET', url: `/sim-content/${launched.token}/${path}` })).statusCode, path).toBe(404);
    }
    expect((await t.app.inject({ method: 'GET', url: `/sim-content/${'x'.repeat(43)}/index.html` })).statusCode).toBe(401);
  });

  it('records start, progress, score and completion relayed by the launcher, with xAPI statements in the course context', async () => {
    const launched = await launch(t, student, simulationId, { courseId: 'course-42' });
    const events = [{ kind: 'start' }, { kind: 'progress', fraction: 0.5 }, { kind: 'score', score: { raw: 84, min: 0, max: 100 } }, { kind: 'complete', success: true }];
    const response = await report(t, student, launched, events);
    expect(response.statusCode).toBe(200);
    expect(response.json<SimulationAttempt>()).toMatchObject({ status: 'passed', progress: 1, success: true, score: { raw: 84, min: 0, max: 100, scaled: 0.84 } });
    const rows = await statementsOf(launched.attempt.registration);
    expect(rows.map((row) => row.verb_id).sort()).toEqual([simulationVerbs.launched.id, simulationVerbs.progressed.id, simulationVerbs.scored.id, simulationVerbs.completed.id, simulationVerbs.passed.id].sort());
    expect(rows.every((row) => JSON.stringify(row.payload).includes(resourceActivityId(simulationId)))).toBe(true);
    const passed = rows.find((row) => row.verb_id === simulationVerbs.passed.id)?.payload;
    expect(passed).toMatchObject({
      actor: { account: { name: expect.any(String) } },
      result: { success: true, completion: true, score: { scaled: 0.84 } },
      context: { registration: launched.attempt.registration, contextActivities: { parent: [{ definition: { type: 'http://adlnet.gov/expapi/activities/course' } }] } },
    });
    // the attempt is finished: the credential takes no more reports
    const late = await report(t, student, launched, [{ kind: 'progress', fraction: 0.9 }]);
    expect(late.json<{ code: string }>().code).toBe('ATTEMPT_FINISHED');
    const mine = await t.request({ method: 'GET', url: `/api/v1/learning/simulations/attempts?resourceId=${simulationId}`, session: student });
    expect(mine.json<{ items: SimulationAttempt[] }>().items.find((a) => a.id === launched.attempt.id)?.status).toBe('passed');
    const summary = await t.request({ method: 'GET', url: `/api/v1/learning/simulations/${simulationId}/attempts/summary`, session: teacher });
    expect(summary.json<{ passed: number; recent: SimulationAttempt[] }>()).toMatchObject({ passed: 1 });
    expect(summary.json<{ recent: SimulationAttempt[] }>().recent.some((a) => a.id === launched.attempt.id)).toBe(true);
    expect((await t.request({ method: 'GET', url: `/api/v1/learning/simulations/${simulationId}/attempts/summary`, session: student })).statusCode).toBe(403);
  });

  it('refuses reports from another user, with a wrong credential, and after expiry', async () => {
    const launched = await launch(t, student, simulationId);
    expect((await report(t, teacher, launched, [{ kind: 'start' }])).json<{ code: string }>().code).toBe('LAUNCH_CREDENTIAL_INVALID');
    const other = await launch(t, student, simulationId);
    expect((await report(t, student, { attempt: launched.attempt, token: other.token }, [{ kind: 'start' }])).json<{ code: string }>().code).toBe('LAUNCH_CREDENTIAL_INVALID');
    await t.deps.db.execute(sql`update learning.simulation_attempts set expires_at = now() - interval '1 minute' where id = ${launched.attempt.id}`);
    const expired = await report(t, student, launched, [{ kind: 'start' }]);
    expect(expired.statusCode).toBe(401);
    expect(expired.json<{ code: string }>().code).toBe('LAUNCH_CREDENTIAL_EXPIRED');
    expect((await t.app.inject({ method: 'GET', url: launched.entryUrl })).statusCode).toBe(401);
  });

  it('lets a package post xAPI statements with its launch credential: only about its learner, in its registration, write only', async () => {
    const launched: SimulationLaunch = await launch(t, student, simulationId);
    const post = (body: unknown, method: 'POST' | 'GET' = 'POST') =>
      t.app.inject({ method, url: '/xapi/statements', headers: { authorization: launched.xapi.auth, 'x-experience-api-version': '2.0.0', 'content-type': 'application/json' }, ...(method === 'POST' ? { payload: JSON.stringify(body) } : {}) });
    const actor = { objectType: 'Agent', account: { homePage: 'https://luban.local/users', name: launched.attempt.learnerId } };
    const own = { actor, verb: { id: 'http://adlnet.gov/expapi/verbs/interacted', display: { en: 'interacted' } }, object: { id: `${launched.xapi.activityId}/valve` }, context: { registration: launched.xapi.registration } };
    expect((await post(own)).statusCode).toBe(200);
    expect((await post({ ...own, actor: { ...actor, account: { ...actor.account, name: 'someone-else' } } })).statusCode).toBe(403);
    expect((await post({ ...own, context: { registration: '00000000-0000-4000-8000-000000000000' } })).statusCode).toBe(403);
    expect((await post(own, 'GET')).statusCode).toBe(403);
    const wrong = `Basic ${Buffer.from(`sim-launch-${launched.attempt.id}:${'y'.repeat(43)}`).toString('base64')}`;
    expect((await t.app.inject({ method: 'POST', url: '/xapi/statements', headers: { authorization: wrong, 'x-experience-api-version': '2.0.0', 'content-type': 'application/json' }, payload: JSON.stringify(own) })).statusCode).toBe(401);
    const rows = await statementsOf(launched.attempt.registration);
    expect(rows.map((row) => row.verb_id)).toContain('http://adlnet.gov/expapi/verbs/interacted');
    // the credential ends with the attempt (docs/simulation-api.md §4)
    expect((await report(t, student, launched, [{ kind: 'complete' }])).statusCode).toBe(200);
    expect((await post(own)).statusCode).toBe(401);
  });

  it('lists published simulations in the catalogue with filters', async () => {
    const all = await t.request({ method: 'GET', url: '/api/v1/learning/simulations', session: student });
    expect(all.json<{ items: { id: string; hasPackage: boolean }[] }>().items).toContainEqual(expect.objectContaining({ id: simulationId, hasPackage: true }));
    const filtered = await t.request({ method: 'GET', url: `/api/v1/learning/simulations?q=${encodeURIComponent('液压')}&level=higher`, session: student });
    expect(filtered.json<{ items: { id: string }[] }>().items.map((s) => s.id)).toContain(simulationId);
    const none = await t.request({ method: 'GET', url: '/api/v1/learning/simulations?level=secondary', session: student });
    expect(none.json<{ items: { id: string }[] }>().items.map((s) => s.id)).not.toContain(simulationId);
  });

  it('launches a package uploaded as application/x-zip-compressed (what browsers on Windows call a zip)', async () => {
    const uploadId = await uploadFile(t, teacher, { resourceType: 'virtual_simulation', fileName: 'windows.zip', mimeType: 'application/x-zip-compressed', bytes: await trainingPackage() });
    const id = await publishResource(t, teacher, reviewer, { type: 'virtual_simulation', title: { 'zh-CN': 'Windows 上传的仿真', en: 'Simulation uploaded from Windows' }, audience: 'public' }, uploadId);
    const catalogue = await t.request({ method: 'GET', url: '/api/v1/learning/simulations', session: student });
    expect(catalogue.json<{ items: { id: string; hasPackage: boolean }[] }>().items).toContainEqual(expect.objectContaining({ id, hasPackage: true }));
    const launched = await launch(t, student, id);
    expect(launched.entryUrl).toMatch(/\/sim-content\/[A-Za-z0-9_-]{43}\/index\.html$/);
  });

  it('refuses to launch a resource that is not a simulation', async () => {
    const upload = await uploadPackage(t, teacher, await badPackages.manifestEntry(), 'draft.zip');
    expect(upload).toMatch(/^[0-9a-f-]{36}$/);
    const response = await t.request({ method: 'POST', url: '/api/v1/learning/simulations/00000000-0000-4000-8000-000000000000/launches', session: student, body: {} });
    expect(response.statusCode).toBe(404);
  });
});
