import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LrsClient } from '../../../../shared/contracts/lrs/clients.js';
import { describeEachEngine } from '../../../testing/test-db.js';
import { createTestLuban, type TestLuban } from '../../../testing/test-luban.js';
import { createLrsClient } from './xapi-test-client.js';

describeEachEngine('LRS client administration', (engine) => {
  let t: TestLuban;
  beforeAll(async () => {
    t = await createTestLuban(engine);
  });
  afterAll(async () => t.close());

  it('shows the secret once, lists clients within the caller’s scope, and revokes at once', async () => {
    const lrs = await createLrsClient(t, { admin: 'demo.college', scope: 'college:DEMO-GD-01', permissions: ['write'] });
    expect(lrs.client.secret.length).toBeGreaterThanOrEqual(40);
    const college = await t.login('demo.college');
    const listed = (await t.request({ method: 'GET', url: '/api/v1/lrs/clients', session: college })).json<{ items: LrsClient[] }>();
    expect(listed.items.map((c) => c.id)).toContain(lrs.client.id);
    expect(JSON.stringify(listed)).not.toContain(lrs.client.secret);

    const province = await t.login('demo.province');
    const provinceList = (await t.request({ method: 'GET', url: '/api/v1/lrs/clients', session: province })).json<{ items: LrsClient[] }>();
    expect(provinceList.items.map((c) => c.id)).toContain(lrs.client.id);

    expect((await lrs.call({ method: 'POST', url: '/xapi/statements', body: [] })).statusCode).toBe(400);
    const revoked = await t.request({ method: 'DELETE', url: `/api/v1/lrs/clients/${lrs.client.id}`, session: college });
    expect(revoked.statusCode).toBe(204);
    expect((await lrs.call({ url: '/xapi/statements' })).statusCode).toBe(401);
    const afterRevoke = (await t.request({ method: 'GET', url: '/api/v1/lrs/clients?includeRevoked=true', session: college })).json<{ items: LrsClient[] }>();
    expect(afterRevoke.items.find((c) => c.id === lrs.client.id)?.revokedAt).not.toBeNull();
  });

  it('refuses scopes outside the caller’s and scopes that do not exist', async () => {
    const college = await t.login('demo.college');
    const outside = await t.request({ method: 'POST', url: '/api/v1/lrs/clients', session: college, body: { name: 'x', scope: 'college:DEMO-JS-01', permissions: ['write'] } });
    expect(outside.statusCode).toBe(403);
    const national = await t.login('demo.national');
    const unknown = await t.request({ method: 'POST', url: '/api/v1/lrs/clients', session: national, body: { name: 'x', scope: 'college:NO-SUCH', permissions: ['write'] } });
    expect(unknown.statusCode).toBe(400);
    const self = await t.request({ method: 'POST', url: '/api/v1/lrs/clients', session: national, body: { name: 'x', scope: 'self', permissions: ['write'] } });
    expect(self.statusCode).toBe(400);
  });

  it('records client creation and revocation in the audit log', async () => {
    const lrs = await createLrsClient(t);
    const auditor = await t.login('demo.auditor');
    const entries = await t.request({ method: 'GET', url: '/api/v1/audit/entries?limit=200', session: auditor });
    expect(entries.body).toContain(lrs.client.id);
    expect(entries.body).not.toContain(lrs.client.secret);
  });
});
