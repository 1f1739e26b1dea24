import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestLuban, type TestLuban } from '../../../testing/test-luban.js';
import { createLrsClient, type XapiClient } from './xapi-test-client.js';

/** Arbitrary input to every xAPI resource: any 2xx/4xx answer is fine, a 5xx never is. */
describe('xAPI resources under arbitrary input', () => {
  let t: TestLuban;
  let lrs: XapiClient;
  beforeAll(async () => {
    t = await createTestLuban('pglite');
    lrs = await createLrsClient(t);
  });
  afterAll(async () => t.close());

  const json = fc.jsonValue({ maxDepth: 3 });
  const agent = fc.oneof(
    json,
    fc.record({ objectType: fc.constantFrom('Agent', 'Group', 'agent'), mbox: fc.oneof(fc.emailAddress().map((e) => `mailto:${e}`), fc.string()), member: fc.array(json, { maxLength: 2 }) }, { requiredKeys: [] }),
  );
  const object = fc.oneof(
    json,
    fc.record({ objectType: fc.constantFrom('Activity', 'Agent', 'Group', 'StatementRef', 'SubStatement', 'x'), id: fc.oneof(fc.webUrl(), fc.uuid(), fc.string()), definition: json }, { requiredKeys: [] }),
  );
  const statement = fc.record(
    {
      id: fc.oneof(fc.uuid(), fc.string()),
      actor: agent,
      verb: fc.oneof(json, fc.record({ id: fc.oneof(fc.webUrl(), fc.string()), display: json }, { requiredKeys: [] })),
      object,
      result: json,
      context: fc.oneof(json, fc.record({ registration: fc.oneof(fc.uuid(), fc.string()), contextActivities: json, instructor: agent, team: agent, contextAgents: json }, { requiredKeys: [] })),
      timestamp: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.string()),
      attachments: json,
      version: fc.constantFrom('1.0.0', '2.0.0', '3', ''),
    },
    { requiredKeys: [] },
  );
  const params = fc.dictionary(
    fc.constantFrom('statementId', 'voidedStatementId', 'agent', 'verb', 'activity', 'activityId', 'registration', 'since', 'until', 'limit', 'format', 'ascending', 'stateId', 'profileId', 'more', 'method', 'x'),
    fc.oneof(fc.string({ maxLength: 40 }), fc.uuid(), fc.constant('{"mbox":"mailto:a@example.com"}'), fc.constant('http://example.com/a')),
    { maxKeys: 4 },
  );
  const resources = ['/xapi/statements', '/xapi/activities/state', '/xapi/activities/profile', '/xapi/agents/profile', '/xapi/activities', '/xapi/agents', '/xapi/about'];

  it('never answers 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...resources),
        fc.constantFrom('GET' as const, 'PUT' as const, 'POST' as const, 'DELETE' as const),
        params,
        fc.oneof(statement, fc.array(statement, { maxLength: 3 }), json),
        fc.constantFrom('2.0.0', '1.0.3'),
        async (resource, method, query, body, version) => {
          const search = new URLSearchParams(query).toString();
          const response = await lrs.call({ method, url: `${resource}?${search}`, ...(method === 'GET' || method === 'DELETE' ? {} : { body }), version });
          expect(response.statusCode, `${method} ${resource}?${search} → ${response.body}`).toBeLessThan(500);
        },
      ),
      { numRuns: 300 },
    );
  });
});
