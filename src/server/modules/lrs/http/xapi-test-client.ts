// Test support (imported only by *.test.ts): an LRS client and request helpers over app.inject.
import type { LightMyRequestResponse } from 'fastify';
import type { CreatedLrsClient, LrsPermission } from '../../../../shared/contracts/lrs/clients.js';
import type { TestLuban } from '../../../testing/test-luban.js';

export type XapiCall = {
  method?: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'DELETE';
  url: string;
  body?: unknown;
  /** Raw body (Buffer or string) sent as is, with the content type given in headers. */
  raw?: Buffer | string;
  headers?: Record<string, string>;
  /** X-Experience-API-Version; null leaves it out. */
  version?: string | null;
};

export type XapiClient = {
  client: CreatedLrsClient;
  call(request: XapiCall): Promise<LightMyRequestResponse>;
};

export async function createLrsClient(
  t: TestLuban,
  options: { scope?: string; permissions?: LrsPermission[]; admin?: string; name?: string } = {},
): Promise<XapiClient> {
  const session = await t.login(options.admin ?? 'demo.national');
  const response = await t.request({
    method: 'POST',
    url: '/api/v1/lrs/clients',
    session,
    body: { name: options.name ?? 'test client', scope: options.scope ?? 'national', permissions: options.permissions ?? ['write', 'read-all'] },
  });
  if (response.statusCode !== 201) throw new Error(`creating an LRS client failed: ${response.statusCode} ${response.body}`);
  const client = response.json<CreatedLrsClient>();
  const authorization = `Basic ${Buffer.from(`${client.key}:${client.secret}`).toString('base64')}`;
  return {
    client,
    call: ({ method = 'GET', url, body, raw, headers = {}, version = '2.0.0' }) =>
      t.app.inject({
        method,
        url,
        headers: {
          authorization,
          ...(version === null ? {} : { 'x-experience-api-version': version }),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        ...(body !== undefined ? { payload: JSON.stringify(body) } : raw !== undefined ? { payload: raw } : {}),
      }),
  };
}

let counter = 0;

/** A valid statement with a fresh actor, so tests do not see each other's data. */
export function sampleStatement(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  return {
    actor: { objectType: 'Agent', name: `学员 ${counter}`, mbox: `mailto:learner-${counter}-${Date.now()}@example.com` },
    verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed', 'zh-CN': '完成' } },
    object: {
      id: `https://luban.example/activities/course-${counter}`,
      definition: { name: { 'zh-CN': '数控加工', 'en-US': 'CNC machining' }, type: 'http://adlnet.gov/expapi/activities/course' },
    },
    ...overrides,
  };
}
