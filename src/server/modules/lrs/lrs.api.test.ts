import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../platform/authz/actor.js';
import { describeEachEngine } from '../../testing/test-db.js';
import { createTestLuban, TEST_PASSWORD, type TestLuban } from '../../testing/test-luban.js';
import { STATEMENT_STORED, type StatementStored } from './index.js';
import { createLrsClient, sampleStatement } from './http/xapi-test-client.js';

describeEachEngine('LRS module API, events and storage', (engine) => {
  let t: TestLuban;
  beforeAll(async () => {
    t = await createTestLuban(engine);
  });
  afterAll(async () => t.close());

  it('stores the platform’s own statements with its authority and publishes StatementStored after commit', async () => {
    const events: StatementStored[] = [];
    const unsubscribe = t.deps.events.subscribe<StatementStored>(STATEMENT_STORED, (event) => {
      events.push(event);
    });
    const statement = sampleStatement({ context: { registration: randomUUID() } });
    const [id] = await t.lrs.api.storeStatements(systemActor('learning'), [statement], { scope: 'college:DEMO-GD-01' });
    await t.deps.events.drain();
    unsubscribe();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'StatementStored',
      statementId: id,
      verbId: 'http://adlnet.gov/expapi/verbs/completed',
      scope: 'college:DEMO-GD-01',
      clientId: null,
      statement: { id, authority: { name: 'Luban', account: { name: 'platform:system:learning' } } },
    });

    const reader = await createLrsClient(t, { scope: 'college:DEMO-GD-01', permissions: ['read-all'] });
    expect((await reader.call({ url: `/xapi/statements?statementId=${id}` })).statusCode).toBe(200);
  });

  it('lets users write only where their role reaches', async () => {
    const teacher = await t.identity.api.createUser(systemActor('test'), {
      username: `lrs.teacher.${Date.now()}`,
      displayName: 'teacher',
      password: TEST_PASSWORD,
      locale: 'en',
      assignments: [{ role: 'teacher', scope: 'college:DEMO-GD-01' }],
    });
    const actor = { kind: 'user' as const, userId: teacher.id, username: teacher.username, displayName: 'teacher', locale: 'en' as const, assignments: [{ role: 'teacher' as const, scope: 'college:DEMO-GD-01' }] };
    await expect(t.lrs.api.storeStatements(actor, [sampleStatement()])).resolves.toHaveLength(1);
    await expect(t.lrs.api.storeStatements(actor, [sampleStatement()], { scope: 'college:DEMO-JS-01' })).rejects.toMatchObject({ code: 'SCOPE_DENIED' });
    await expect(t.lrs.api.storeStatements(actor, [{ actor: 'nobody' }])).rejects.toMatchObject({ code: 'LRS_INVALID_STATEMENT' });
  });

  it('keeps stored statements immutable in the database itself', async () => {
    const [id] = await t.lrs.api.storeStatements(systemActor('test'), [sampleStatement()]);
    const expectRefused = async (query: ReturnType<typeof sql>) => {
      const error: unknown = await t.deps.db.execute(query).then(
        () => undefined,
        (failure: unknown) => failure,
      );
      expect(error instanceof Error ? String(error.cause) : 'not refused').toMatch(/immutable|append-only/);
      // embedded: the PGlite socket drops the connection after an error; let the pool replace it
      await t.deps.db.execute(sql`select 1`).catch(() => undefined);
    };
    await expectRefused(sql`update lrs.statements set verb_id = 'http://example.com/x' where id = ${id}`);
    await expectRefused(sql`delete from lrs.statements where id = ${id}`);
    await expectRefused(sql`delete from lrs.statement_ids where id = ${id}`);
    await t.deps.db.execute(sql`update lrs.statements set voided_by = ${randomUUID()} where id = ${id}`);
    await expectRefused(sql`update lrs.statements set voided_by = ${randomUUID()} where id = ${id}`);
  });
});
