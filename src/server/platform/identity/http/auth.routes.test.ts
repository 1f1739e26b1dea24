import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-db.js';
import { createTestLuban, TEST_PASSWORD, type TestLuban } from '../../../testing/test-luban.js';

describeEachEngine('auth routes', (engine) => {
  let t: TestLuban;
  beforeAll(async () => {
    t = await createTestLuban(engine);
  });
  afterAll(async () => t.close());

  it('logs in, reports the current user and logs out', async () => {
    const session = await t.login('demo.college');
    const me = await t.request({ method: 'GET', url: '/api/v1/auth/me', session });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ username: 'demo.college', assignments: [{ role: 'college_admin', scope: 'college:DEMO-GD-01' }] });
    expect(me.body).not.toContain('password');
    const out = await t.request({ method: 'POST', url: '/api/v1/auth/logout', session });
    expect(out.statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: '/api/v1/auth/me', session })).statusCode).toBe(401);
  });

  it('sets an HttpOnly signed session cookie and a readable CSRF cookie', async () => {
    const response = await t.request({ method: 'POST', url: '/api/v1/auth/login', body: { username: 'demo.teacher', password: TEST_PASSWORD } });
    const session = response.cookies.find((c) => c.name === 'luban_session');
    const csrf = response.cookies.find((c) => c.name === 'luban_csrf');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');
    expect(csrf?.httpOnly).toBeFalsy();
  });

  it('answers 401 problem+json to an anonymous /me, in the caller’s language', async () => {
    const zh = await t.request({ method: 'GET', url: '/api/v1/auth/me', headers: { 'accept-language': 'zh-CN' } });
    expect(zh.statusCode).toBe(401);
    expect(zh.headers['content-type']).toContain('application/problem+json');
    expect(zh.json()).toMatchObject({ code: 'UNAUTHENTICATED', detail: '请先登录' });
    const en = await t.request({ method: 'GET', url: '/api/v1/auth/me', headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(en.json()).toMatchObject({ code: 'UNAUTHENTICATED', detail: 'Please sign in first' });
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const session = await t.login('demo.national');
    const response = await t.request({
      method: 'PATCH',
      url: '/api/v1/auth/me',
      session: { cookie: session.cookie, csrf: 'wrong' },
      body: { locale: 'en' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'CSRF_FAILED' });
  });

  it('locks an account after five failed attempts with a clear message, and keeps it locked for the right password', async () => {
    for (let i = 0; i < 4; i += 1) {
      const wrong = await t.request({ method: 'POST', url: '/api/v1/auth/login', body: { username: 'demo.student', password: 'wrong-password' } });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json()).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    }
    const fifth = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { username: 'demo.student', password: 'wrong-password' },
      headers: { 'accept-language': 'en' },
    });
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().detail).toMatch(/locked until \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    const right = await t.request({ method: 'POST', url: '/api/v1/auth/login', body: { username: 'demo.student', password: TEST_PASSWORD } });
    expect(right.statusCode).toBe(423);
  });

  it('does not say whether a username exists', async () => {
    const unknown = await t.request({ method: 'POST', url: '/api/v1/auth/login', body: { username: 'nobody.here', password: 'whatever-123' } });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().code).toBe('INVALID_CREDENTIALS');
  });

  it('changes the own language setting and password', async () => {
    const session = await t.login('demo.enterprise');
    const patched = await t.request({ method: 'PATCH', url: '/api/v1/auth/me', session, body: { locale: 'en' } });
    expect(patched.json()).toMatchObject({ locale: 'en' });
    const noHeader = await t.request({ method: 'GET', url: '/api/v1/identity/users', session });
    expect(noHeader.json().detail).toMatch(/permission/);
    const wrong = await t.request({ method: 'POST', url: '/api/v1/auth/password', session, body: { currentPassword: 'nope', newPassword: 'a-new-password-1' } });
    expect(wrong.json().code).toBe('WRONG_CURRENT_PASSWORD');
    const changed = await t.request({ method: 'POST', url: '/api/v1/auth/password', session, body: { currentPassword: TEST_PASSWORD, newPassword: 'a-new-password-1' } });
    expect(changed.statusCode).toBe(204);
    await expect(t.login('demo.enterprise', 'a-new-password-1')).resolves.toBeDefined();
  });

  it('authenticates machine clients by API key with their own scopes', async () => {
    const admin = await t.login('demo.national');
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/identity/api-keys',
      session: admin,
      body: { name: 'importer', assignments: [{ role: 'province_admin', scope: 'province:440000' }] },
    });
    expect(created.statusCode).toBe(201);
    const { secret, id } = created.json() as { secret: string; id: string };
    const listed = await t.request({ method: 'GET', url: '/api/v1/identity/users', headers: { authorization: `Bearer ${secret}` } });
    expect(listed.statusCode).toBe(200);
    const usernames = (listed.json().items as { username: string }[]).map((u) => u.username);
    expect(usernames).toContain('demo.college');
    expect(usernames).not.toContain('demo.national');
    await t.request({ method: 'DELETE', url: `/api/v1/identity/api-keys/${id}`, session: admin });
    const revoked = await t.request({ method: 'GET', url: '/api/v1/identity/users', headers: { authorization: `Bearer ${secret}` } });
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().code).toBe('INVALID_API_KEY');
  });
});

describe('health', () => {
  it('serves /healthz and /readyz', async () => {
    const t = await createTestLuban('pglite');
    try {
      expect((await t.request({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
      expect((await t.request({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
      const docs = await t.request({ method: 'GET', url: '/api/docs/json' });
      expect(docs.json().openapi).toBe('3.1.0');
      expect(Object.keys(docs.json().paths)).toContain('/api/v1/identity/users');
      const headers = (await t.request({ method: 'GET', url: '/healthz' })).headers;
      expect(String(headers['content-security-policy'])).toContain("script-src 'self'");
      expect(headers['x-content-type-options']).toBe('nosniff');
    } finally {
      await t.close();
    }
  });
});
