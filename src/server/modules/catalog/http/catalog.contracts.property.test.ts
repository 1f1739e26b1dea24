import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestLuban, type Session, type TestLuban } from '../../../testing/test-luban.js';

/**
 * Arbitrary JSON, ids and query strings at every catalog and college-admin route as a national
 * administrator: any 2xx/4xx, never a 5xx, and every 4xx is problem+json with a code.
 */
describe('catalog and college-admin routes under arbitrary input', () => {
  let t: TestLuban;
  let session: Session;
  beforeAll(async () => {
    t = await createTestLuban('pglite');
    session = await t.login('demo.national');
  });
  afterAll(async () => t.close());

  const id = fc.oneof(fc.constantFrom('SAMPLE-2021', 'SAMPLE-2024S', 'SAMPLE-H010101', 'DEMO-GD-01', 'SAMPLE-CHAINS', '%', '..'), fc.string({ maxLength: 30 }));
  const b64 = (text: string) => Buffer.from(text).toString('base64');
  const uploaded = fc.record({ fileName: fc.oneof(fc.constantFrom('a.csv', 'a.xlsx'), fc.string({ maxLength: 20 })), contentBase64: fc.oneof(fc.string({ maxLength: 40 }).map(b64), fc.string({ maxLength: 40 })) }, { requiredKeys: [] });
  const body = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.record({
      version: fc.record({ id, title: fc.string({ maxLength: 10 }), kind: fc.constantFrom('edition', 'supplement', 'x'), year: fc.integer({ min: 1980, max: 2110 }), previousVersionId: id, isSample: fc.boolean() }, { requiredKeys: [] }),
      mode: fc.constantFrom('full', 'delta', 'x'),
      programs: uploaded,
      revisions: uploaded,
      file: uploaded,
      set: fc.record({ id, kind: fc.constantFrom('industry', 'isced', 'alignment', 'chain', 'x'), version: fc.string({ maxLength: 5 }), title: fc.string({ maxLength: 5 }) }, { requiredKeys: [] }),
      fingerprint: fc.oneof(fc.constant('0'.repeat(64)), fc.string({ maxLength: 70 })),
      outsideScope: fc.constantFrom('reject', 'skip', 'x'),
      items: fc.array(fc.record({ setId: id, itemCode: fc.string({ maxLength: 10 }) }), { maxLength: 3 }),
      memberships: fc.array(fc.record({ round: fc.constantFrom('2019', '2025', 'x'), kind: fc.constantFrom('school', 'program-group'), tier: fc.constantFrom('A', 'D', null), groupName: fc.string({ maxLength: 5 }) }, { requiredKeys: [] }), { maxLength: 3 }),
    }, { requiredKeys: [] }),
  );
  const query = fc.dictionary(
    fc.constantFrom('limit', 'cursor', 'q', 'level', 'major', 'category', 'classification', 'kind', 'against', 'code', 'from', 'to', 'tier', 'region', 'format', 'sheet'),
    fc.oneof(fc.constantFrom('higher', 'SAMPLE-2021', 'SAMPLE-2024S', 'xlsx', 'csv', 'added', 'SAMPLE-CHAINS:SAMPLE-CH-01'), fc.string({ maxLength: 20 })),
    { maxKeys: 4 },
  );

  const routes = (x: string) => {
    const e = encodeURIComponent(x);
    return [
      { method: 'GET' as const, url: '/api/v1/catalog/versions' },
      { method: 'GET' as const, url: `/api/v1/catalog/versions/${e}` },
      { method: 'GET' as const, url: `/api/v1/catalog/versions/${e}/categories` },
      { method: 'GET' as const, url: `/api/v1/catalog/versions/${e}/programs` },
      { method: 'GET' as const, url: `/api/v1/catalog/versions/SAMPLE-2021/programs/${e}` },
      { method: 'GET' as const, url: `/api/v1/catalog/versions/${e}/revisions` },
      { method: 'GET' as const, url: `/api/v1/catalog/versions/${e}/amplitude` },
      { method: 'GET' as const, url: '/api/v1/catalog/follow' },
      { method: 'GET' as const, url: '/api/v1/catalog/reference-sets' },
      { method: 'GET' as const, url: `/api/v1/catalog/reference-sets/${e}/items` },
      { method: 'GET' as const, url: '/api/v1/catalog/imports/template' },
      { method: 'POST' as const, url: '/api/v1/catalog/imports/preview' },
      { method: 'POST' as const, url: '/api/v1/catalog/imports' },
      { method: 'POST' as const, url: '/api/v1/catalog/reference-sets/imports/preview' },
      { method: 'POST' as const, url: '/api/v1/catalog/reference-sets/imports' },
      { method: 'PUT' as const, url: `/api/v1/catalog/versions/SAMPLE-2021/programs/${e}/classifications` },
      { method: 'GET' as const, url: `/api/v1/institutions/colleges/${e}` },
      { method: 'PUT' as const, url: `/api/v1/institutions/colleges/${e}/double-high` },
      { method: 'GET' as const, url: '/api/v1/institutions/imports/template' },
      { method: 'POST' as const, url: '/api/v1/institutions/imports/preview' },
      { method: 'POST' as const, url: '/api/v1/institutions/imports' },
    ];
  };

  it('never answers 5xx, and every refusal is problem+json naming a code', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 20 }), id, body, query, async (index, x, payload, params) => {
        const route = routes(x)[index]!;
        const search = new URLSearchParams(params).toString();
        const response = await t.request({ method: route.method, url: `${route.url}${search ? `?${search}` : ''}`, session, ...(route.method === 'GET' ? {} : { body: payload }) });
        expect(response.statusCode, `${route.method} ${route.url}?${search} → ${response.body.slice(0, 300)}`).toBeLessThan(500);
        if (response.statusCode >= 400) {
          expect(response.headers['content-type']).toContain('application/problem+json');
          expect(typeof response.json().code).toBe('string');
        }
      }),
      { numRuns: 400 },
    );
  }, 180_000);
});
