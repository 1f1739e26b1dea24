import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-db.js';
import { createTestLuban, type TestLuban } from '../../../testing/test-luban.js';
import { createLrsClient, sampleStatement, type XapiClient } from './xapi-test-client.js';

const origin = 'https://simulations.vendor.example';
const csv = (value: string | number | string[] | undefined) => String(value ?? '').toLowerCase().split(/\s*,\s*/);

describeEachEngine('CORS for browser-based xAPI clients', (engine) => {
  let t: TestLuban;
  let client: XapiClient;
  beforeAll(async () => {
    t = await createTestLuban(engine);
    client = await createLrsClient(t, { scope: 'college:DEMO-GD-01', permissions: ['write', 'read-own'] });
  });
  afterAll(async () => t.close());

  it('answers a preflight without credentials, allowing the xAPI methods and headers', async () => {
    for (const url of ['/xapi/statements', '/xapi/activities/state?activityId=x', '/xapi/about']) {
      const response = await t.app.inject({
        method: 'OPTIONS',
        url,
        headers: { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization, content-type, x-experience-api-version, if-match' },
      });
      expect(response.statusCode, url).toBe(204);
      expect(response.headers['access-control-allow-origin']).toBe('*');
      expect(csv(response.headers['access-control-allow-methods'])).toEqual(expect.arrayContaining(['get', 'put', 'post', 'delete', 'head']));
      expect(csv(response.headers['access-control-allow-headers'])).toEqual(
        expect.arrayContaining(['authorization', 'content-type', 'x-experience-api-version', 'if-match', 'if-none-match']),
      );
      expect(Number(response.headers['access-control-max-age'])).toBeGreaterThan(0);
      expect(response.headers['access-control-allow-credentials']).toBeUndefined();
    }
  });

  it('lets the browser read the xAPI headers of responses, errors included', async () => {
    const statement = sampleStatement();
    const posted = await client.call({ method: 'POST', url: '/xapi/statements', body: [statement], headers: { origin } });
    expect(posted.statusCode).toBe(200);
    expect(posted.headers['access-control-allow-origin']).toBe('*');
    const [id] = posted.json<string[]>();
    const read = await client.call({ url: `/xapi/statements?statementId=${id}`, headers: { origin } });
    expect(read.statusCode).toBe(200);
    expect(read.headers['access-control-allow-origin']).toBe('*');
    expect(csv(read.headers['access-control-expose-headers'])).toEqual(
      expect.arrayContaining(['x-experience-api-version', 'x-experience-api-consistent-through', 'etag', 'last-modified']),
    );
    expect(read.headers['last-modified']).toBeDefined();

    const refused = await t.app.inject({ method: 'GET', url: '/xapi/statements', headers: { origin, 'x-experience-api-version': '2.0.0' } });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['access-control-allow-origin']).toBe('*');
    expect(csv(refused.headers['access-control-expose-headers'])).toContain('x-experience-api-version');
  });

  it('exposes document ETags cross-origin', async () => {
    const agent = encodeURIComponent(JSON.stringify({ mbox: 'mailto:cors@example.com' }));
    const url = `/xapi/activities/state?activityId=${encodeURIComponent('https://luban.example/sim/1')}&agent=${agent}&stateId=progress`;
    expect((await client.call({ method: 'PUT', url, body: { step: 3 }, headers: { origin } })).statusCode).toBe(204);
    const read = await client.call({ url, headers: { origin } });
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBeDefined();
    expect(csv(read.headers['access-control-expose-headers'])).toContain('etag');
  });

  it('adds nothing for same-origin requests or outside /xapi', async () => {
    const sameOrigin = await client.call({ url: '/xapi/about' });
    expect(sameOrigin.headers['access-control-allow-origin']).toBeUndefined();
    const api = await t.app.inject({ method: 'GET', url: '/api/v1/meta', headers: { origin } });
    expect(api.headers['access-control-allow-origin']).toBeUndefined();
    const apiPreflight = await t.app.inject({ method: 'OPTIONS', url: '/api/v1/auth/me', headers: { origin, 'access-control-request-method': 'GET' } });
    expect(apiPreflight.headers['access-control-allow-origin']).toBeUndefined();
  });
});
