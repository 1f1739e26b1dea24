import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../../platform/authz/actor.js';
import { describeEachEngine } from '../../../testing/test-db.js';
import { createTestLuban, TEST_PASSWORD, type Session, type TestLuban } from '../../../testing/test-luban.js';
import type { Resource, ResourceDetail } from '../../../../shared/contracts/learning/resources.js';
import type { SearchResult } from '../../../../shared/contracts/learning/search.js';
import { extensionIri, learnerVerbs, resourceActivityId } from '../domain/statements.js';
import { createResource, publishResource, putChunk, samplePdf } from './learning-test-client.js';

describeEachEngine('learning resources, review, search and learner statements', (engine) => {
  let t: TestLuban;
  let teacher: Session;
  let reviewer: Session;
  let student: Session;
  let enterprise: Session;
  let resourceId: string;
  beforeAll(async () => {
    t = await createTestLuban(engine);
    teacher = await t.login('demo.teacher');
    reviewer = await t.login('demo.college');
    student = await t.login('demo.student');
    enterprise = await t.login('demo.enterprise');
  });
  afterAll(async () => t.close());

  const search = async (session: Session, query: string) => {
    const response = await t.request({ method: 'GET', url: `/api/v1/learning/search?${query}`, session });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<SearchResult>();
  };
  const statementsFor = async (verbId: string, id: string) =>
    (await t.deps.db.execute<{ payload: unknown; authority: unknown; scope: string }>(sql`select payload, authority, scope from lrs.statements where verb_id = ${verbId} and activity_id = ${resourceActivityId(id)}`)).rows;

  it('uploads in chunks, resumes from the stored offset, and keeps a co-built draft from everyone else', async () => {
    const created = await t.request({ method: 'POST', url: '/api/v1/learning/uploads', session: teacher, body: { resourceType: 'document', fileName: '数控技术实训指导.pdf', mimeType: 'application/pdf', totalSize: samplePdf.length } });
    expect(created.statusCode).toBe(201);
    const uploadId = created.json<{ id: string }>().id;
    expect((await putChunk(t, teacher, uploadId, 0, samplePdf.subarray(0, 20))).statusCode).toBe(200);
    // a restarted client asks where to continue, and a chunk at the wrong offset is refused
    const status = await t.request({ method: 'GET', url: `/api/v1/learning/uploads/${uploadId}`, session: teacher });
    expect(status.json()).toMatchObject({ receivedBytes: 20, status: 'open' });
    const wrong = await putChunk(t, teacher, uploadId, 0, samplePdf.subarray(0, 20));
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json()).toMatchObject({ code: 'UPLOAD_OFFSET_MISMATCH' });
    expect((await t.request({ method: 'POST', url: `/api/v1/learning/uploads/${uploadId}/complete`, session: teacher })).json()).toMatchObject({ code: 'UPLOAD_INCOMPLETE' });
    expect((await putChunk(t, teacher, uploadId, 20, samplePdf.subarray(20))).json()).toMatchObject({ receivedBytes: samplePdf.length });
    expect((await t.request({ method: 'POST', url: `/api/v1/learning/uploads/${uploadId}/complete`, session: teacher })).json()).toMatchObject({ status: 'complete' });
    // another user cannot see the upload
    expect((await t.request({ method: 'GET', url: `/api/v1/learning/uploads/${uploadId}`, session: student })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: `/api/v1/learning/uploads/${uploadId}`, session: enterprise })).statusCode).toBe(404);

    resourceId = await createResource(t, teacher, {
      title: { 'zh-CN': '数控技术实训指导', en: 'CNC technology practical guide' },
      description: { 'zh-CN': '数控车床的基本操作与G代码编程。', en: 'Basic lathe operation and G-code programming.' },
      providers: ['enterprise:DEMO-ENT-01'],
      programCodes: ['SAMPLE-H070101'],
      knowledgePoints: ['G代码编程'],
    }, uploadId);
    const detail = (await t.request({ method: 'GET', url: `/api/v1/learning/resources/${resourceId}`, session: teacher })).json<ResourceDetail>();
    expect(detail).toMatchObject({ status: 'draft', visibility: 'draft', categoryCodes: ['SAMPLE-H0701'], file: { previewKind: 'pdf', size: samplePdf.length } });
    expect(detail.providers.map((p) => p.kind)).toEqual(['college', 'enterprise']);
    // the enterprise co-author sees the draft; the student and the reviewer do not (not yet submitted)
    expect((await t.request({ method: 'GET', url: `/api/v1/learning/resources/${resourceId}`, session: enterprise })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: `/api/v1/learning/resources/${resourceId}`, session: student })).statusCode).toBe(403);
    expect((await search(student, 'q=数控')).total).toBe(0);
  });

  it("lists a co-built draft in the enterprise co-author's resources, editable, and not in a colleague's", async () => {
    const coBuilt = await createResource(t, teacher, { title: { 'zh-CN': '工业机器人示教编程', en: 'Industrial robot teach programming' }, providers: ['enterprise:DEMO-ENT-01'] });
    const mine = async (session: Session) => (await t.request({ method: 'GET', url: '/api/v1/learning/resources?view=mine', session })).json<{ items: Resource[] }>().items;
    expect((await mine(enterprise)).find((item) => item.id === coBuilt)).toMatchObject({ status: 'draft', can: { edit: true, submit: true } });
    expect((await mine(teacher)).map((item) => item.id)).toContain(coBuilt);
    // a colleague of the creator is no co-author: the owner's own college is not a partner
    await t.identity.api.createUser(systemActor('test'), { username: 'resource.colleague', displayName: 'Colleague', password: TEST_PASSWORD, locale: 'en', assignments: [{ role: 'teacher', scope: 'college:DEMO-GD-01' }] });
    expect((await mine(await t.login('resource.colleague'))).map((item) => item.id)).not.toContain(coBuilt);
    // the co-author works on it: a new version with a change note
    const edited = await t.request({ method: 'PATCH', url: `/api/v1/learning/resources/${coBuilt}`, session: enterprise, body: { knowledgePoints: ['示教编程'], changeNote: '企业补充案例' } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<ResourceDetail>()).toMatchObject({ currentVersion: 2, knowledgePoints: ['示教编程'] });
  });

  it('refuses unknown program codes naming the field', async () => {
    const response = await t.request({ method: 'POST', url: '/api/v1/learning/resources', session: teacher, headers: { 'accept-language': 'en' }, body: { type: 'document', title: { en: 'x' }, programCodes: ['NOPE-1'], level: 'higher', language: 'en', licence: 'CC0' } });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'PROGRAM_CODES_UNKNOWN', errors: [{ field: 'programCodes' }] });
  });

  it('goes through review: submitted, returned with a reason, resubmitted and published', async () => {
    expect((await t.request({ method: 'POST', url: `/api/v1/learning/resources/${resourceId}/submit`, session: teacher })).json()).toMatchObject({ status: 'in_review' });
    const queue = await t.request({ method: 'GET', url: '/api/v1/learning/resources?view=review', session: reviewer });
    expect(queue.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(resourceId);
    const returned = await t.request({ method: 'POST', url: `/api/v1/learning/resources/${resourceId}/review`, session: reviewer, body: { decision: 'return', reason: '请补充安全操作规程' } });
    expect(returned.json()).toMatchObject({ status: 'returned', reviewNote: '请补充安全操作规程' });
    await t.request({ method: 'POST', url: `/api/v1/learning/resources/${resourceId}/submit`, session: teacher });
    const published = await t.request({ method: 'POST', url: `/api/v1/learning/resources/${resourceId}/review`, session: reviewer, body: { decision: 'publish' } });
    expect(published.json()).toMatchObject({ status: 'published', visibility: 'public' });
    const audit = await t.deps.db.execute<{ action: string }>(sql`select action from audit.entries where entity_id = ${resourceId} order by seq`);
    expect(audit.rows.map((r) => r.action)).toEqual(['learning.resource.created', 'learning.resource.submitted', 'learning.resource.returned', 'learning.resource.submitted', 'learning.resource.published']);
  });

  it('does not let a creator review their own submission', async () => {
    const id = await createResource(t, enterprise, { title: { en: 'Welding robot maintenance' } });
    await t.request({ method: 'POST', url: `/api/v1/learning/resources/${id}/submit`, session: enterprise });
    const own = await t.request({ method: 'POST', url: `/api/v1/learning/resources/${id}/review`, session: enterprise, body: { decision: 'publish' } });
    expect(own.statusCode).toBe(403);
    expect(own.json()).toMatchObject({ code: 'REVIEW_OWN_RESOURCE' });
  });

  it('finds the published resource by a Chinese word inside a compound, by English, by prefix and fuzzily, with facets and highlights', async () => {
    const chinese = await search(student, 'q=数控');
    expect(chinese.total).toBe(1);
    expect(chinese.hits[0]).toMatchObject({ id: resourceId, type: 'document' });
    expect(chinese.hits[0]?.titleParts).toContainEqual({ text: '数控', isMatch: true });
    expect(chinese.facets.type).toEqual([{ value: 'document', count: 1 }]);
    expect(chinese.facets.provider.map((f) => f.value).sort()).toEqual(['co-built', 'college', 'enterprise']);
    expect(chinese.facets.category).toEqual([{ value: 'SAMPLE-H0701', count: 1 }]);
    expect((await search(student, 'q=cnc%20practical')).hits.map((h) => h.id)).toEqual([resourceId]);
    expect((await search(student, 'q=practi')).hits.map((h) => h.id)).toEqual([resourceId]);
    expect((await search(student, 'q=G代码')).hits[0]?.snippet.some((part) => part.isMatch)).toBe(true);
    const fuzzy = await search(student, 'q=practcal%20guide');
    expect(fuzzy).toMatchObject({ isFuzzy: true });
    expect(fuzzy.hits.map((h) => h.id)).toContain(resourceId);
    expect((await search(student, 'q=数控&type=video')).total).toBe(0);
    expect((await search(student, 'q=数控&provider=co-built&category=SAMPLE-H0701')).total).toBe(1);
    expect((await search(student, 'q=数控&sort=recent')).hits[0]?.id).toBe(resourceId);
  });

  it('shows a college-only resource to its college and province, not to another college', async () => {
    const id = await publishResource(t, teacher, reviewer, { title: { 'zh-CN': '工业机器人校内讲义', en: 'Industrial robot in-house notes' }, audience: 'college' });
    const otherStudent = await t.identity.api.createUser({ kind: 'system', label: 'test', locale: 'en' }, { username: `js.student.${Date.now()}`, displayName: 'JS student', password: 'test-password-123', locale: 'en', assignments: [{ role: 'student', scope: 'college:DEMO-JS-01' }] });
    const other = await t.login(otherStudent.username);
    expect((await search(student, 'q=工业机器人')).hits.map((h) => h.id)).toEqual([id]);
    expect((await search(await t.login('demo.province'), 'q=工业机器人')).hits.map((h) => h.id)).toEqual([id]);
    expect((await search(other, 'q=工业机器人')).total).toBe(0);
    expect((await t.request({ method: 'GET', url: `/api/v1/learning/resources/${id}`, session: other })).statusCode).toBe(403);
  });

  it('records viewed, downloaded and favourited as xAPI statements with program codes and knowledge points', async () => {
    await t.request({ method: 'GET', url: `/api/v1/learning/resources/${resourceId}`, session: student });
    const download = await t.request({ method: 'GET', url: `/api/v1/learning/resources/${resourceId}/file?download=1`, session: student });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(samplePdf)).toBe(true);
    expect((await t.request({ method: 'PUT', url: `/api/v1/learning/resources/${resourceId}/favourite`, session: student })).json()).toEqual({ isFavourite: true });
    for (const verb of [learnerVerbs.viewed, learnerVerbs.downloaded, learnerVerbs.favourited]) {
      const rows = await statementsFor(verb.id, resourceId);
      expect(rows, verb.id).toHaveLength(1);
      const [row] = rows;
      expect(row?.scope).toBe('college:DEMO-GD-01');
      expect(row?.payload).toMatchObject({
        actor: { account: { homePage: 'https://luban.local/users' } },
        object: { id: resourceActivityId(resourceId), definition: { name: { 'zh-CN': '数控技术实训指导' } } },
        context: { platform: 'Luban', extensions: { [extensionIri.programCodes]: ['SAMPLE-H070101'], [extensionIri.knowledgePoints]: ['G代码编程'] } },
      });
      expect(row?.authority).toMatchObject({ name: 'Luban', account: { name: 'platform:system:learning' } });
    }
    const favourites = await t.request({ method: 'GET', url: '/api/v1/learning/resources?view=favourites', session: student });
    expect(favourites.json<{ items: { id: string; isFavourite: boolean }[] }>().items).toEqual([expect.objectContaining({ id: resourceId, isFavourite: true })]);
  });

  it('rates, shows each reader their own stars, and sorts by rating', async () => {
    const detail = async (session: Session) => (await t.request({ method: 'GET', url: `/api/v1/learning/resources/${resourceId}`, session })).json<ResourceDetail>();
    expect((await detail(student)).myRating).toBeNull();
    const rated = await t.request({ method: 'PUT', url: `/api/v1/learning/resources/${resourceId}/rating`, session: student, body: { stars: 4 } });
    expect(rated.json()).toEqual({ average: 4, count: 1 });
    // read again (a reload): the student's own stars, not the teacher's (who has not rated)
    expect(await detail(student)).toMatchObject({ myRating: 4, rating: { average: 4, count: 1 } });
    expect((await detail(teacher)).myRating).toBeNull();
    const result = await search(student, 'sort=rating');
    expect(result.hits[0]).toMatchObject({ id: resourceId, rating: 4 });
  });

  it('serves files with nosniff, a strict CSP, a disposition, and byte ranges for seeking', async () => {
    const inline = await t.request({ method: 'GET', url: `/api/v1/learning/resources/${resourceId}/file`, session: student });
    expect(inline.headers['content-type']).toBe('application/pdf');
    expect(inline.headers['x-content-type-options']).toBe('nosniff');
    expect(inline.headers['content-disposition']).toMatch(/^inline; filename=".*\.pdf"; filename\*=UTF-8''/);
    expect(inline.headers['content-security-policy']).toContain("default-src 'none'");
    const partial = await t.request({ method: 'GET', url: `/api/v1/learning/resources/${resourceId}/file`, session: student, headers: { range: 'bytes=5-9' } });
    expect(partial.statusCode).toBe(206);
    expect(partial.headers['content-range']).toBe(`bytes 5-9/${samplePdf.length}`);
    expect(partial.body).toBe(samplePdf.subarray(5, 10).toString());
    expect((await t.request({ method: 'GET', url: `/api/v1/learning/resources/${resourceId}/file`, session: student, headers: { range: 'bytes=9999-' } })).statusCode).toBe(416);
  });

  it('sends an edited published resource back to draft as a new version, out of search', async () => {
    const edited = await t.request({ method: 'PATCH', url: `/api/v1/learning/resources/${resourceId}`, session: teacher, body: { knowledgePoints: ['G代码编程', '刀具补偿'], changeNote: '增加刀具补偿' } });
    expect(edited.json()).toMatchObject({ status: 'draft', currentVersion: 2, file: { previewKind: 'pdf' } });
    expect(edited.json<ResourceDetail>().versions.map((v) => [v.version, v.changeNote])).toEqual([[2, '增加刀具补偿'], [1, '']]);
    expect((await search(student, 'q=数控')).total).toBe(0);
  });
});
