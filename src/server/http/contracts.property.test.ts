import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestLuban, type Session, type TestLuban } from '../testing/test-luban.js';

/**
 * Throws arbitrary JSON, strings and query strings at every route as a signed-in national
 * administrator: the answer may be any 2xx/4xx, never a 5xx, and every 4xx is problem+json.
 */
describe('route contracts under arbitrary input', () => {
  let t: TestLuban;
  let session: Session;
  beforeAll(async () => {
    t = await createTestLuban('pglite');
    session = await t.login('demo.national');
  });
  afterAll(async () => t.close());

  const idLike = fc.oneof(fc.uuid(), fc.string({ maxLength: 40 }), fc.constant('00000000-0000-0000-0000-000000000000'));
  const jsonValue = fc.jsonValue({ maxDepth: 3 });
  const assignment = fc.record({ role: fc.oneof(fc.constantFrom('teacher', 'student', 'national_admin', 'auditor'), fc.string()), scope: fc.oneof(fc.constantFrom('national', 'province:440000', 'college:DEMO-GD-01', 'self', 'province:999999'), fc.string()) }, { requiredKeys: [] });
  const userBody = fc.record(
    {
      username: fc.oneof(fc.string({ maxLength: 70 }), fc.stringMatching(/^[a-z][a-z0-9.]{2,20}$/)),
      displayName: fc.string({ maxLength: 120 }),
      email: fc.oneof(fc.emailAddress(), fc.string()),
      password: fc.string({ maxLength: 210 }),
      locale: fc.oneof(fc.constantFrom('zh-CN', 'en'), fc.string()),
      assignments: fc.array(assignment, { maxLength: 3 }),
      status: fc.oneof(fc.constantFrom('active', 'disabled'), fc.string()),
    },
    { requiredKeys: [] },
  );
  const body = fc.oneof(jsonValue, userBody);
  const query = fc.dictionary(fc.constantFrom('limit', 'cursor', 'q', 'role', 'scope', 'status', 'level', 'parent', 'province', 'from', 'to', 'action'), fc.string({ maxLength: 30 }), { maxKeys: 4 });

  const routes = (id: string) => [
    { method: 'POST' as const, url: '/api/v1/auth/login' },
    { method: 'PATCH' as const, url: '/api/v1/auth/me' },
    { method: 'POST' as const, url: '/api/v1/auth/password' },
    { method: 'GET' as const, url: '/api/v1/identity/users' },
    { method: 'POST' as const, url: '/api/v1/identity/users' },
    { method: 'GET' as const, url: `/api/v1/identity/users/${encodeURIComponent(id)}` },
    { method: 'PATCH' as const, url: `/api/v1/identity/users/${encodeURIComponent(id)}` },
    { method: 'PUT' as const, url: `/api/v1/identity/users/${encodeURIComponent(id)}/assignments` },
    { method: 'POST' as const, url: `/api/v1/identity/users/${encodeURIComponent(id)}/password` },
    { method: 'GET' as const, url: '/api/v1/identity/assignable-scopes' },
    { method: 'GET' as const, url: '/api/v1/identity/api-keys' },
    { method: 'POST' as const, url: '/api/v1/identity/api-keys' },
    { method: 'DELETE' as const, url: `/api/v1/identity/api-keys/${encodeURIComponent(id)}` },
    { method: 'GET' as const, url: '/api/v1/audit/entries' },
    { method: 'GET' as const, url: '/api/v1/institutions/regions' },
    { method: 'GET' as const, url: '/api/v1/institutions/colleges' },
  ];

  it('never answers 5xx, and every refusal is problem+json naming a code', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 15 }), idLike, body, query, async (index, id, payload, params) => {
        const route = routes(id)[index]!;
        const search = new URLSearchParams(params).toString();
        const response = await t.request({
          method: route.method,
          url: `${route.url}${search ? `?${search}` : ''}`,
          session,
          ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { body: payload }),
        });
        expect(response.statusCode, `${route.method} ${route.url} → ${response.body}`).toBeLessThan(500);
        if (response.statusCode >= 400) {
          expect(response.headers['content-type']).toContain('application/problem+json');
          expect(typeof response.json().code).toBe('string');
        }
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('names the offending field in a 400', async () => {
    const response = await t.request({ method: 'POST', url: '/api/v1/identity/users', session, body: { username: 'ok.name', displayName: 'x', password: 'long-enough-pw', assignments: [{ role: 'wizard', scope: 'national' }] }, headers: { 'accept-language': 'zh-CN' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ field: 'assignments.0.role' }));
    expect(response.json().detail).toContain('请求无效');
  });

  it('answers malformed JSON with 400 MALFORMED_BODY', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username":' });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('MALFORMED_BODY');
  });
});
