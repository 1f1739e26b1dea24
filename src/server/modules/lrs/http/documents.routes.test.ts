import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-db.js';
import { createTestLuban, type TestLuban } from '../../../testing/test-luban.js';
import { createLrsClient, sampleStatement, type XapiClient } from './xapi-test-client.js';

const agent = () => JSON.stringify({ objectType: 'Agent', account: { homePage: 'https://luban.example', name: randomUUID() } });
const activity = () => `https://luban.example/simulations/${randomUUID()}`;

describeEachEngine('xAPI document resources', (engine) => {
  let t: TestLuban;
  let lrs: XapiClient;
  beforeAll(async () => {
    t = await createTestLuban(engine);
    lrs = await createLrsClient(t);
  });
  afterAll(async () => t.close());

  const stateUrl = (params: Record<string, string>) => `/xapi/activities/state?${new URLSearchParams(params).toString()}`;

  describe('State', () => {
    it('stores, returns with ETag and Last-Modified, lists ids, and deletes', async () => {
      const base = { activityId: activity(), agent: agent() };
      const put = await lrs.call({ method: 'PUT', url: stateUrl({ ...base, stateId: 'bookmark' }), raw: 'page 7', headers: { 'content-type': 'text/plain' } });
      expect(put.statusCode).toBe(204);
      const got = await lrs.call({ url: stateUrl({ ...base, stateId: 'bookmark' }) });
      expect(got.statusCode).toBe(200);
      expect(got.body).toBe('page 7');
      expect(got.headers['content-type']).toBe('text/plain');
      expect(got.headers.etag).toMatch(/^"[0-9a-f]{40}"$/);
      expect(got.headers['last-modified']).toBeDefined();
      await lrs.call({ method: 'POST', url: stateUrl({ ...base, stateId: 'progress' }), body: { step: 1 } });
      expect((await lrs.call({ url: stateUrl(base) })).json()).toEqual(['bookmark', 'progress']);
      expect((await lrs.call({ url: stateUrl({ ...base, since: new Date(Date.now() + 60_000).toISOString() }) })).json()).toEqual([]);
      expect((await lrs.call({ method: 'DELETE', url: stateUrl({ ...base, stateId: 'bookmark' }) })).statusCode).toBe(204);
      expect((await lrs.call({ url: stateUrl({ ...base, stateId: 'bookmark' }) })).statusCode).toBe(404);
      expect((await lrs.call({ method: 'DELETE', url: stateUrl(base) })).statusCode).toBe(204);
      expect((await lrs.call({ url: stateUrl(base) })).json()).toEqual([]);
    });

    it('keeps registrations apart', async () => {
      const base = { activityId: activity(), agent: agent(), stateId: 's' };
      const registration = randomUUID();
      await lrs.call({ method: 'PUT', url: stateUrl({ ...base, registration }), body: { a: 1 } });
      expect((await lrs.call({ url: stateUrl(base) })).statusCode).toBe(404);
      expect((await lrs.call({ url: stateUrl({ ...base, registration }) })).json()).toEqual({ a: 1 });
    });

    it('merges JSON on POST and refuses to merge anything else', async () => {
      const params = { activityId: activity(), agent: agent(), stateId: 'merge' };
      await lrs.call({ method: 'POST', url: stateUrl(params), body: { a: 1, b: 1 } });
      await lrs.call({ method: 'POST', url: stateUrl(params), body: { b: 2, c: 3 } });
      expect((await lrs.call({ url: stateUrl(params) })).json()).toEqual({ a: 1, b: 2, c: 3 });
      expect((await lrs.call({ method: 'POST', url: stateUrl(params), raw: 'text', headers: { 'content-type': 'text/plain' } })).statusCode).toBe(400);
      expect((await lrs.call({ method: 'POST', url: stateUrl(params), raw: '{"broken', headers: { 'content-type': 'application/json' } })).statusCode).toBe(400);
      expect((await lrs.call({ url: stateUrl(params) })).json()).toEqual({ a: 1, b: 2, c: 3 });
    });

    it('refuses missing or malformed parameters with 400', async () => {
      expect((await lrs.call({ url: stateUrl({ agent: agent(), stateId: 's' }) })).statusCode).toBe(400);
      expect((await lrs.call({ url: stateUrl({ activityId: activity(), stateId: 's' }) })).statusCode).toBe(400);
      expect((await lrs.call({ url: stateUrl({ activityId: activity(), agent: '{"name":"no ifi"}' }) })).statusCode).toBe(400);
      expect((await lrs.call({ url: stateUrl({ activityId: activity(), agent: agent(), registration: 'x' }) })).statusCode).toBe(400);
      expect((await lrs.call({ url: stateUrl({ activityId: activity(), agent: agent(), since: 'x' }) })).statusCode).toBe(400);
      expect((await lrs.call({ method: 'PUT', url: stateUrl({ activityId: activity(), agent: agent() }), body: {} })).statusCode).toBe(400);
      expect((await lrs.call({ url: stateUrl({ activityId: activity(), agent: agent(), StateId: 's' }) })).statusCode).toBe(400);
    });
  });

  describe('concurrency (ETag, If-Match, If-None-Match)', () => {
    for (const resource of ['state', 'activity profile', 'agent profile'] as const) {
      it(`${resource}: 409 on a blind overwrite, 412 on a failed precondition, success with the right ETag`, async () => {
        const url =
          resource === 'state'
            ? stateUrl({ activityId: activity(), agent: agent(), stateId: 'doc' })
            : resource === 'activity profile'
              ? `/xapi/activities/profile?${new URLSearchParams({ activityId: activity(), profileId: 'doc' }).toString()}`
              : `/xapi/agents/profile?${new URLSearchParams({ agent: agent(), profileId: 'doc' }).toString()}`;
        expect((await lrs.call({ method: 'PUT', url, body: { v: 1 }, headers: { 'if-none-match': '*' } })).statusCode).toBe(204);
        const etag = String((await lrs.call({ url })).headers.etag);
        expect((await lrs.call({ method: 'PUT', url, body: { v: 2 } })).statusCode).toBe(409);
        expect((await lrs.call({ method: 'PUT', url, body: { v: 2 }, headers: { 'if-none-match': '*' } })).statusCode).toBe(412);
        expect((await lrs.call({ method: 'PUT', url, body: { v: 2 }, headers: { 'if-match': '"0000"' } })).statusCode).toBe(412);
        expect((await lrs.call({ method: 'POST', url, body: { w: 2 }, headers: { 'if-match': '"0000"' } })).statusCode).toBe(412);
        expect((await lrs.call({ method: 'DELETE', url, headers: { 'if-match': '"0000"' } })).statusCode).toBe(412);
        expect((await lrs.call({ url })).json()).toEqual({ v: 1 });
        expect((await lrs.call({ method: 'PUT', url, body: { v: 3 }, headers: { 'if-match': etag } })).statusCode).toBe(204);
        expect((await lrs.call({ url })).json()).toEqual({ v: 3 });
      });
    }

    it('1.0.3 profile PUT without a precondition is refused; 1.0.3 state PUT overwrites', async () => {
      const profile = `/xapi/agents/profile?${new URLSearchParams({ agent: agent(), profileId: 'p' }).toString()}`;
      expect((await lrs.call({ method: 'PUT', url: profile, body: { v: 1 }, version: '1.0.3' })).statusCode).toBe(400);
      const state = stateUrl({ activityId: activity(), agent: agent(), stateId: 's' });
      expect((await lrs.call({ method: 'PUT', url: state, body: { v: 1 }, version: '1.0.3' })).statusCode).toBe(204);
      expect((await lrs.call({ method: 'PUT', url: state, body: { v: 2 }, version: '1.0.3' })).statusCode).toBe(204);
    });
  });

  describe('Activities, Agents and About', () => {
    it('returns the merged definition of an activity, or just its id', async () => {
      const id = activity();
      await lrs.call({ method: 'POST', url: '/xapi/statements', body: sampleStatement({ object: { id, definition: { name: { 'en-US': 'Welding' } } } }) });
      await lrs.call({ method: 'POST', url: '/xapi/statements', body: sampleStatement({ object: { id, definition: { name: { 'zh-CN': '焊接' } } } }) });
      const described = await lrs.call({ url: `/xapi/activities?activityId=${encodeURIComponent(id)}` });
      expect(described.json()).toEqual({ objectType: 'Activity', id, definition: { name: { 'en-US': 'Welding', 'zh-CN': '焊接' } } });
      const unknown = activity();
      expect((await lrs.call({ url: `/xapi/activities?activityId=${encodeURIComponent(unknown)}` })).json()).toEqual({ objectType: 'Activity', id: unknown });
      expect((await lrs.call({ url: '/xapi/activities' })).statusCode).toBe(400);
    });

    it('returns a Person for an agent', async () => {
      const person = await lrs.call({ url: `/xapi/agents?agent=${encodeURIComponent(JSON.stringify({ name: '李四', mbox: 'mailto:lisi@example.com' }))}` });
      expect(person.json()).toEqual({ objectType: 'Person', name: ['李四'], mbox: ['mailto:lisi@example.com'] });
      expect((await lrs.call({ url: '/xapi/agents' })).statusCode).toBe(400);
      expect((await lrs.call({ url: `/xapi/agents?agent=${encodeURIComponent('{"mbox":"x"}')}` })).statusCode).toBe(400);
    });

    it('About needs neither credentials nor a version header', async () => {
      const about = await t.app.inject({ method: 'GET', url: '/xapi/about' });
      expect(about.json()).toMatchObject({ version: expect.arrayContaining(['1.0.3', '2.0.0']) });
    });

    it('refuses methods a resource does not have (405)', async () => {
      expect((await lrs.call({ method: 'DELETE', url: '/xapi/statements' })).statusCode).toBe(405);
      expect((await lrs.call({ method: 'PUT', url: '/xapi/about', body: {} })).statusCode).toBe(405);
    });
  });
});
