import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestLuban, type Session, type TestLuban } from '../../../testing/test-luban.js';

/**
 * Arbitrary JSON, strings, ids, cursors and query strings at every offerings / filings /
 * warnings / notifications route, as a national and as a college administrator: only 2xx/4xx,
 * never a 5xx, and every 4xx is problem+json.
 */
describe('governance route contracts under arbitrary input', () => {
  let t: TestLuban;
  let sessions: Session[];
  beforeAll(async () => {
    t = await createTestLuban('pglite');
    sessions = [await t.login('demo.national'), await t.login('demo.college')];
    await t.request({ method: 'POST', url: '/api/v1/governance/filing-cycles', session: sessions[0], body: { year: 2045 } });
  });
  afterAll(async () => t.close());

  const text = fc.oneof(fc.string({ maxLength: 60 }), fc.constant('\u0000'), fc.constant('SAMPLE-H010103'), fc.constant('DEMO-GD-01'));
  const id = fc.oneof(fc.uuid(), fc.string({ maxLength: 40 }), fc.constant('00000000-0000-0000-0000-000000000000'));
  const cursor = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }).map((s) => Buffer.from(JSON.stringify([s]), 'utf8').toString('base64url')));
  const body = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.record({
      collegeId: text, programCode: text, year: fc.oneof(fc.integer({ min: 1990, max: 2110 }), fc.string()), kind: fc.oneof(fc.constantFrom('new', 'adjusted', 'suspended', 'withdrawn'), fc.string()),
      justification: fc.oneof(fc.string({ minLength: 30, maxLength: 80 }), fc.string()), reason: text, plan: text, dueDate: fc.oneof(fc.constant('2046-01-31'), fc.string()),
      severity: fc.oneof(fc.constantFrom('notice', 'yellow', 'red'), fc.string()), action: fc.oneof(fc.constant('review'), fc.string()), note: text, regulatorOpinion: text,
      collegeFilingClosesAt: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.string()),
    }, { requiredKeys: [] }),
  );
  const query = fc.dictionary(fc.constantFrom('limit', 'cursor', 'year', 'province', 'college', 'program', 'status', 'kind', 'controlled', 'open', 'severity', 'source', 'canEnroll', 'unread'), fc.oneof(text, cursor), { maxKeys: 4 });

  const routes = (itemId: string, year: string) => [
    { method: 'GET' as const, url: '/api/v1/governance/offerings' },
    { method: 'GET' as const, url: '/api/v1/governance/filing-cycles' },
    { method: 'POST' as const, url: '/api/v1/governance/filing-cycles' },
    { method: 'GET' as const, url: `/api/v1/governance/filing-cycles/${year}` },
    { method: 'PATCH' as const, url: `/api/v1/governance/filing-cycles/${year}` },
    { method: 'GET' as const, url: `/api/v1/governance/filing-cycles/${year}/colleges/${encodeURIComponent(itemId)}/timeline` },
    { method: 'GET' as const, url: '/api/v1/governance/filing-items' },
    { method: 'POST' as const, url: '/api/v1/governance/filing-items' },
    { method: 'GET' as const, url: `/api/v1/governance/filing-items/${encodeURIComponent(itemId)}` },
    { method: 'PATCH' as const, url: `/api/v1/governance/filing-items/${encodeURIComponent(itemId)}` },
    ...['internal-review', 'submit', 'return', 'record', 'forward', 'approve', 'reject'].map((a) => ({ method: 'POST' as const, url: `/api/v1/governance/filing-items/${encodeURIComponent(itemId)}/${a}` })),
    { method: 'GET' as const, url: '/api/v1/governance/warnings' },
    { method: 'GET' as const, url: '/api/v1/governance/warnings/counts' },
    { method: 'POST' as const, url: '/api/v1/governance/warnings' },
    ...['respond', 'accept', 'escalate', 'close'].map((a) => ({ method: 'POST' as const, url: `/api/v1/governance/warnings/${encodeURIComponent(itemId)}/${a}` })),
    { method: 'GET' as const, url: '/api/v1/governance/notifications' },
    { method: 'POST' as const, url: `/api/v1/governance/notifications/${encodeURIComponent(itemId)}/read` },
  ];

  it('never answers 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(id, fc.oneof(fc.constant('2045'), fc.string({ maxLength: 8 })), fc.nat({ max: 40 }), body, query, fc.boolean(), async (itemId, year, pick, payload, params, isCollege) => {
        const list = routes(itemId, encodeURIComponent(year));
        const route = list[pick % list.length]!;
        const search = new URLSearchParams(params).toString();
        const response = await t.request({
          method: route.method, url: `${route.url}${search ? `?${search}` : ''}`, session: sessions[isCollege ? 1 : 0],
          ...(route.method === 'GET' ? {} : { body: payload }),
        });
        expect(response.statusCode, `${route.method} ${route.url}?${search} ${JSON.stringify(payload)} → ${response.body}`).toBeLessThan(500);
        if (response.statusCode >= 400) expect(response.headers['content-type']).toContain('application/problem+json');
      }),
      { numRuns: 300 },
    );
  });
});
