import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-db.js';
import { createTestLuban, type TestLuban } from '../../../testing/test-luban.js';
import { createLrsClient, sampleStatement, type XapiClient } from './xapi-test-client.js';

type Statement = Record<string, unknown> & { id: string; stored: string; authority: Record<string, unknown>; version: string };
type StatementResult = { statements: Statement[]; more: string };

describeEachEngine('xAPI Statement resource', (engine) => {
  let t: TestLuban;
  let lrs: XapiClient;
  beforeAll(async () => {
    t = await createTestLuban(engine);
    lrs = await createLrsClient(t);
  });
  afterAll(async () => t.close());

  const get = async (query: string) => lrs.call({ url: `/xapi/statements?${query}` });

  it('PUT stores a statement under statementId (204) and GET returns it with what the LRS adds', async () => {
    const id = randomUUID();
    const statement = sampleStatement();
    expect((await lrs.call({ method: 'PUT', url: `/xapi/statements?statementId=${id}`, body: statement })).statusCode).toBe(204);
    const response = await get(`statementId=${id}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-experience-api-version']).toBe('2.0.0');
    expect(response.headers['x-experience-api-consistent-through']).toBeDefined();
    const stored = response.json<Statement>();
    expect(stored).toMatchObject({ ...statement, id, version: '2.0.0', authority: { objectType: 'Agent', account: { name: lrs.client.key } } });
    expect(stored.timestamp).toBe(stored.stored);
    expect(Date.parse(String(response.headers['last-modified'])) / 1000).toBe(Math.floor(Date.parse(stored.stored) / 1000));
  });

  it('POST stores a batch and returns the ids in order, assigning missing ones', async () => {
    const id = randomUUID();
    const response = await lrs.call({ method: 'POST', url: '/xapi/statements', body: [sampleStatement({ id }), sampleStatement()] });
    expect(response.statusCode).toBe(200);
    const ids = response.json<string[]>();
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(id);
    expect((await get(`statementId=${ids[1]}`)).statusCode).toBe(200);
  });

  it('keeps statements immutable: the same id again is accepted only when the content matches', async () => {
    const id = randomUUID();
    const statement = sampleStatement({ id });
    expect((await lrs.call({ method: 'POST', url: '/xapi/statements', body: statement })).statusCode).toBe(200);
    expect((await lrs.call({ method: 'PUT', url: `/xapi/statements?statementId=${id}`, body: statement })).statusCode).toBe(204);
    const changed = { ...statement, verb: { id: 'http://adlnet.gov/expapi/verbs/failed' } };
    expect((await lrs.call({ method: 'PUT', url: `/xapi/statements?statementId=${id}`, body: changed })).statusCode).toBe(409);
    expect((await lrs.call({ method: 'POST', url: '/xapi/statements', body: [changed] })).statusCode).toBe(409);
    expect((await get(`statementId=${id}`)).json<Statement>().verb).toEqual(statement.verb);
  });

  it('stores nothing of a batch when one statement is invalid, or an id repeats', async () => {
    const good = sampleStatement({ id: randomUUID() });
    const bad = sampleStatement({ verb: { id: 'not an iri' } });
    expect((await lrs.call({ method: 'POST', url: '/xapi/statements', body: [good, bad] })).statusCode).toBe(400);
    const twice = randomUUID();
    expect((await lrs.call({ method: 'POST', url: '/xapi/statements', body: [sampleStatement({ id: twice }), sampleStatement({ id: twice })] })).statusCode).toBe(400);
    expect((await get(`statementId=${String(good.id)}`)).statusCode).toBe(404);
  });

  it('refuses malformed requests with 400', async () => {
    const id = randomUUID();
    expect((await lrs.call({ method: 'PUT', url: '/xapi/statements', body: sampleStatement() })).statusCode).toBe(400);
    expect((await lrs.call({ method: 'PUT', url: `/xapi/statements?statementId=${id}`, body: sampleStatement({ id: randomUUID() }) })).statusCode).toBe(400);
    expect((await lrs.call({ method: 'POST', url: '/xapi/statements', raw: '{"actor":', headers: { 'content-type': 'application/json' } })).statusCode).toBe(400);
    expect((await lrs.call({ method: 'POST', url: '/xapi/statements', raw: '{}', headers: { 'content-type': 'text/plain' } })).statusCode).toBe(400);
    expect((await get('statementId=not-a-uuid')).statusCode).toBe(400);
    expect((await get(`statementId=${id}&verb=http://example.com/v`)).statusCode).toBe(400);
    const wrongCase = await get('Verb=http://example.com/v');
    expect(wrongCase.statusCode).toBe(400);
    expect(wrongCase.headers['x-experience-api-consistent-through']).toBeDefined();
    expect((await get(`statementId=${id}`)).statusCode).toBe(404);
  });

  it('voids: the target is only reachable through voidedStatementId, statements targeting it still match filters', async () => {
    const verb = `http://example.com/verbs/${randomUUID()}`;
    const target = sampleStatement({ id: randomUUID(), verb: { id: verb } });
    await lrs.call({ method: 'POST', url: '/xapi/statements', body: target });
    const voiding = sampleStatement({ id: randomUUID(), verb: { id: 'http://adlnet.gov/expapi/verbs/voided' }, object: { objectType: 'StatementRef', id: target.id } });
    expect((await lrs.call({ method: 'POST', url: '/xapi/statements', body: voiding })).statusCode).toBe(200);
    const referencing = sampleStatement({ id: randomUUID(), verb: { id: verb }, object: { objectType: 'StatementRef', id: target.id } });
    await lrs.call({ method: 'POST', url: '/xapi/statements', body: referencing });

    expect((await get(`statementId=${String(target.id)}`)).statusCode).toBe(404);
    expect((await get(`voidedStatementId=${String(target.id)}`)).json<Statement>().id).toBe(target.id);
    expect((await get(`voidedStatementId=${String(voiding.id)}`)).statusCode).toBe(404);
    const result = (await get(`verb=${encodeURIComponent(verb)}`)).json<StatementResult>();
    expect(result.statements.map((s) => s.id)).toEqual([referencing.id, voiding.id]);

    // a voiding statement cannot itself be voided
    const again = sampleStatement({ verb: { id: 'http://adlnet.gov/expapi/verbs/voided' }, object: { objectType: 'StatementRef', id: voiding.id } });
    expect((await lrs.call({ method: 'POST', url: '/xapi/statements', body: again })).statusCode).toBe(200);
    expect((await get(`statementId=${String(voiding.id)}`)).statusCode).toBe(200);
  });

  it('filters by agent, verb, activity, registration, related activities and agents, since and until', async () => {
    const registration = randomUUID();
    const actor = { mbox: `mailto:filter-${randomUUID()}@example.com` };
    const instructor = { mbox: `mailto:teacher-${randomUUID()}@example.com` };
    const course = `https://luban.example/courses/${randomUUID()}`;
    const first = sampleStatement({ id: randomUUID(), actor, context: { registration, instructor, contextActivities: { parent: { id: course } } } });
    const before = new Date(Date.now() - 1000).toISOString();
    await lrs.call({ method: 'POST', url: '/xapi/statements', body: first });
    const second = sampleStatement({ id: randomUUID(), actor, verb: { id: 'http://adlnet.gov/expapi/verbs/passed' }, object: { id: course } });
    await lrs.call({ method: 'POST', url: '/xapi/statements', body: second });
    const ids = async (query: string) => (await get(query)).json<StatementResult>().statements.map((s) => s.id);
    const agent = encodeURIComponent(JSON.stringify(actor));

    expect(await ids(`agent=${agent}`)).toEqual([second.id, first.id]);
    expect(await ids(`agent=${agent}&ascending=true`)).toEqual([first.id, second.id]);
    expect(await ids(`agent=${agent}&verb=${encodeURIComponent('http://adlnet.gov/expapi/verbs/passed')}`)).toEqual([second.id]);
    expect(await ids(`activity=${encodeURIComponent(course)}`)).toEqual([second.id]);
    expect(await ids(`activity=${encodeURIComponent(course)}&related_activities=true`)).toEqual([second.id, first.id]);
    expect(await ids(`registration=${registration}`)).toEqual([first.id]);
    expect(await ids(`agent=${encodeURIComponent(JSON.stringify(instructor))}`)).toEqual([]);
    expect(await ids(`agent=${encodeURIComponent(JSON.stringify(instructor))}&related_agents=true`)).toEqual([first.id]);
    const authority = encodeURIComponent(JSON.stringify((await get(`statementId=${String(first.id)}`)).json<Statement>().authority));
    const byAuthority = await ids(`agent=${authority}&related_agents=true&limit=500`);
    expect(byAuthority).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(await ids(`agent=${authority}`)).toEqual([]);
    expect(await ids(`agent=${agent}&since=${encodeURIComponent(before)}`)).toHaveLength(2);
    expect(await ids(`agent=${agent}&until=${encodeURIComponent(before)}`)).toEqual([]);
  });

  it('pages with limit and more, and returns ids and canonical formats', async () => {
    const actor = { mbox: `mailto:pager-${randomUUID()}@example.com` };
    const agent = encodeURIComponent(JSON.stringify(actor));
    for (let i = 0; i < 3; i += 1) await lrs.call({ method: 'POST', url: '/xapi/statements', body: sampleStatement({ actor }) });
    const first = (await get(`agent=${agent}&limit=2`)).json<StatementResult>();
    expect(first.statements).toHaveLength(2);
    expect(first.more).toMatch(/^\/xapi\/statements\?more=/);
    const second = (await lrs.call({ url: first.more })).json<StatementResult>();
    expect(second.statements).toHaveLength(1);
    expect(second.more).toBe('');
    expect(new Set([...first.statements, ...second.statements].map((s) => s.id)).size).toBe(3);

    const ids = (await get(`agent=${agent}&limit=1&format=ids`)).json<StatementResult>().statements[0];
    expect(ids?.actor).toEqual(actor);
    expect(ids?.object).toEqual({ id: expect.any(String) });
    expect(ids?.verb).toEqual({ id: 'http://adlnet.gov/expapi/verbs/completed' });
    const canonical = await lrs.call({ url: `/xapi/statements?agent=${agent}&limit=1&format=canonical`, headers: { 'accept-language': 'zh-CN' } });
    expect(canonical.json<StatementResult>().statements[0]?.verb).toEqual({ id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'zh-CN': '完成' } });
  });

  it('answers HEAD like GET without a body', async () => {
    const response = await lrs.call({ method: 'HEAD', url: '/xapi/statements?limit=1' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('');
  });
});

describeEachEngine('xAPI authentication, versions and scopes', (engine) => {
  let t: TestLuban;
  beforeAll(async () => {
    t = await createTestLuban(engine);
  });
  afterAll(async () => t.close());

  it('requires HTTP Basic credentials of a live client (401)', async () => {
    const lrs = await createLrsClient(t);
    const anonymous = await t.app.inject({ method: 'GET', url: '/xapi/statements', headers: { 'x-experience-api-version': '2.0.0' } });
    expect(anonymous.statusCode).toBe(401);
    const wrong = await t.app.inject({
      method: 'GET',
      url: '/xapi/statements',
      headers: { 'x-experience-api-version': '2.0.0', authorization: `Basic ${Buffer.from(`${lrs.client.key}:wrong`).toString('base64')}` },
    });
    expect(wrong.statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/xapi/about' })).statusCode).toBe(200);
  });

  it('negotiates the version: 1.0.x and 2.0.x, anything else is 400', async () => {
    const lrs = await createLrsClient(t);
    expect((await lrs.call({ url: '/xapi/statements', version: '1.0.1' })).headers['x-experience-api-version']).toBe('1.0.3');
    expect((await lrs.call({ url: '/xapi/statements', version: '2.0' })).headers['x-experience-api-version']).toBe('2.0.0');
    expect((await lrs.call({ url: '/xapi/statements', version: '0.95' })).statusCode).toBe(400);
    const missing = await lrs.call({ url: '/xapi/statements', version: null });
    expect(missing.statusCode).toBe(400);
    expect(missing.headers['x-experience-api-version']).toBe('2.0.0');
  });

  it('stores 1.0.3 statements with version 1.0.0 and refuses 2.0 properties there', async () => {
    const lrs = await createLrsClient(t);
    const id = randomUUID();
    expect((await lrs.call({ method: 'PUT', url: `/xapi/statements?statementId=${id}`, body: sampleStatement(), version: '1.0.3' })).statusCode).toBe(204);
    expect((await lrs.call({ url: `/xapi/statements?statementId=${id}`, version: '1.0.3' })).json<Statement>().version).toBe('1.0.0');
    const withContextAgents = sampleStatement({ context: { contextAgents: [{ objectType: 'contextAgent', agent: { mbox: 'mailto:x@example.com' } }] } });
    expect((await lrs.call({ method: 'POST', url: '/xapi/statements', body: withContextAgents, version: '1.0.3' })).statusCode).toBe(400);
  });

  it('supports the 1.0.3 alternate request syntax and refuses it in 2.0', async () => {
    const lrs = await createLrsClient(t);
    const id = randomUUID();
    const authorization = `Basic ${Buffer.from(`${lrs.client.key}:${lrs.client.secret}`).toString('base64')}`;
    const form = new URLSearchParams({ statementId: id, content: JSON.stringify(sampleStatement()), 'X-Experience-API-Version': '1.0.3', Authorization: authorization });
    const put = await t.app.inject({ method: 'POST', url: '/xapi/statements?method=PUT', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: form.toString() });
    expect(put.statusCode).toBe(204);
    const alternateGet = new URLSearchParams({ statementId: id, 'X-Experience-API-Version': '1.0.3', Authorization: authorization });
    const got = await t.app.inject({ method: 'POST', url: '/xapi/statements?method=GET', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: alternateGet.toString() });
    expect(got.json<Statement>().id).toBe(id);
    expect((await lrs.call({ method: 'PUT', url: '/xapi/statements?method=PUT', raw: form.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, version: '1.0.3' })).statusCode).toBe(400);
    const extra = await lrs.call({ method: 'POST', url: `/xapi/statements?method=PUT&statementId=${id}`, raw: form.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, version: '1.0.3' });
    expect(extra.statusCode).toBe(400);
    const twoPointOh = new URLSearchParams({ statementId: randomUUID(), content: JSON.stringify(sampleStatement()), 'X-Experience-API-Version': '2.0.0', Authorization: authorization });
    const refused = await t.app.inject({ method: 'POST', url: '/xapi/statements?method=PUT', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: twoPointOh.toString() });
    expect(refused.statusCode).toBe(400);
  });

  it('enforces client permissions and keeps scopes apart', async () => {
    const writer = await createLrsClient(t, { scope: 'college:DEMO-GD-01', permissions: ['write'] });
    const ownReader = await createLrsClient(t, { scope: 'college:DEMO-GD-01', permissions: ['write', 'read-own'] });
    const sameCollege = await createLrsClient(t, { scope: 'college:DEMO-GD-01', permissions: ['read-all'] });
    const province = await createLrsClient(t, { scope: 'province:440000', permissions: ['read-all'] });
    const otherCollege = await createLrsClient(t, { scope: 'college:DEMO-JS-01', permissions: ['read-all'] });
    const id = randomUUID();
    expect((await writer.call({ method: 'PUT', url: `/xapi/statements?statementId=${id}`, body: sampleStatement() })).statusCode).toBe(204);
    expect((await writer.call({ url: `/xapi/statements?statementId=${id}` })).statusCode).toBe(403);
    expect((await sameCollege.call({ method: 'POST', url: '/xapi/statements', body: sampleStatement() })).statusCode).toBe(403);
    expect((await ownReader.call({ url: `/xapi/statements?statementId=${id}` })).statusCode).toBe(404);
    expect((await sameCollege.call({ url: `/xapi/statements?statementId=${id}` })).statusCode).toBe(200);
    expect((await province.call({ url: `/xapi/statements?statementId=${id}` })).statusCode).toBe(200);
    expect((await otherCollege.call({ url: `/xapi/statements?statementId=${id}` })).statusCode).toBe(404);
    const listed = (await otherCollege.call({ url: '/xapi/statements' })).json<StatementResult>();
    expect(listed.statements.some((s) => s.id === id)).toBe(false);
  });
});
