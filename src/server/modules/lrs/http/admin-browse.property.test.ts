import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../../platform/authz/actor.js';
import { AppError } from '../../../platform/errors/app-error.js';
import { createTestLuban, type Session, type TestLuban } from '../../../testing/test-luban.js';
import { reportCourseActivity } from '../use-cases/report-course-activity.js';
import { createLrsClient, sampleStatement } from './xapi-test-client.js';

/**
 * Arbitrary filters, windows, time zones and cursors at the statement browser and the course
 * activity routes: only 2xx/4xx, never a 5xx, and every refusal is problem+json with a code.
 */
describe('LRS admin routes under arbitrary input', () => {
  let t: TestLuban;
  let session: Session;
  beforeAll(async () => {
    t = await createTestLuban('pglite');
    session = await t.login('demo.college');
    const client = await createLrsClient(t, { scope: 'college:DEMO-GD-01', permissions: ['write'] });
    await client.call({ method: 'POST', url: '/xapi/statements', body: [sampleStatement(), sampleStatement()] });
  });
  afterAll(async () => t.close());

  const day = fc.oneof(
    fc.date({ min: new Date('1970-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.string({ maxLength: 12 }),
  );
  const zones = Intl.supportedValuesOf('timeZone');
  const timeZone = fc.oneof(fc.constantFrom(...zones), fc.constantFrom('UTC', 'utc', 'asia/shanghai', 'Etc/GMT+5', 'Mars/Olympus'), fc.string({ maxLength: 20 }));
  const text = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.webUrl(),
    fc.uuid(),
    fc.emailAddress(),
    fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
    fc.constantFrom('{"mbox":"mailto:a@b.c"}', '{"account":{"homePage":"https://x.org","name":"1"}}', 'mailto:x@y.z', '2025-01-01T00:00:00Z'),
  );
  const browseQuery = fc.dictionary(
    fc.constantFrom('agent', 'verb', 'activity', 'relatedActivities', 'registration', 'since', 'until', 'includeVoided', 'cursor', 'limit'),
    text,
    { maxKeys: 5 },
  );
  const windowQuery = fc.record({ from: day, to: day, timeZone, course: fc.oneof(fc.webUrl(), fc.string({ maxLength: 30 })) }, { requiredKeys: [] });

  const expectNo5xx = async (url: string) => {
    const response = await t.request({ method: 'GET', url, session });
    expect(response.statusCode, `${url} → ${response.body}`).toBeLessThan(500);
    if (response.statusCode >= 400) {
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(typeof response.json<{ code: unknown }>().code).toBe('string');
    }
  };

  it('the statement browser never answers 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(browseQuery, async (params) => expectNo5xx(`/api/v1/lrs/statements?${new URLSearchParams(params).toString()}`)),
      { numRuns: 150 },
    );
  }, 120_000);

  it('the course routes never answer 5xx, whatever the window and time zone', async () => {
    await fc.assert(
      fc.asyncProperty(windowQuery, fc.boolean(), async (params, isList) => {
        const search = new URLSearchParams(params).toString();
        await expectNo5xx(`/api/v1/lrs/courses${isList ? '' : '/activity'}?${search}`);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('every time zone the browser offers either works or is refused naming timeZone', async () => {
    const failures: string[] = [];
    for (const zone of zones) {
      const response = await t.request({ method: 'GET', url: `/api/v1/lrs/courses?from=2025-01-01&to=2025-01-02&timeZone=${encodeURIComponent(zone)}`, session });
      if (response.statusCode === 200) continue;
      if (response.statusCode !== 400 || !response.body.includes('timeZone')) failures.push(`${zone}: ${response.statusCode}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('turns a time zone the database does not know into a validation error on timeZone', async () => {
    const deps = { ...t.deps, authorityHomePage: 'https://luban.local/xapi/clients', recentDefinitions: new Map<string, string>() };
    // past the contract (which asks the JavaScript runtime): only the database can refuse it here
    const query = { course: 'https://luban.example/courses/1', from: '2025-01-01', to: '2025-01-02', timeZone: 'Mars/Olympus' };
    const error: unknown = await reportCourseActivity(deps, systemActor('test'), query).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error instanceof AppError ? [error.code, error.fieldIssues[0]?.field] : []).toEqual(['VALIDATION_FAILED', 'timeZone']);
  });
});
