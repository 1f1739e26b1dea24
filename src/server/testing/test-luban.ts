import os from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { pino } from 'pino';
import type { Config } from '../config.js';
import type { Engine } from '../db/open-db.js';
import { composeLuban, type Luban } from '../compose.js';
import { demoAccountPlan, seedDemo } from '../seed/demo-seed.js';
import { openTestDatabase } from './test-db.js';

export const TEST_PASSWORD = 'test-password-123';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: '/nonexistent',
    databaseUrl: undefined,
    mode: 'demo',
    secret: 'test-secret-test-secret-test-secret-0123456789',
    isSecretGenerated: false,
    logLevel: 'silent',
    webDir: '/nonexistent',
    secureCookies: false,
    filesDir: path.join(os.tmpdir(), `luban-test-files-${process.pid}`),
    ...overrides,
  };
}

export type Session = { cookie: string; csrf: string };

export type TestLuban = Luban & {
  request(options: {
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
    url: string;
    session?: Session | undefined;
    body?: unknown;
    headers?: Record<string, string>;
  }): Promise<LightMyRequestResponse>;
  login(username: string, password?: string): Promise<Session>;
  close(): Promise<void>;
};

/** The whole app on a fresh test database, with the demo colleges and one account per role. */
export async function createTestLuban(engine: Engine, options: { now?: () => Date; loginRateLimit?: number; config?: Partial<Config> } = {}): Promise<TestLuban> {
  const database = await openTestDatabase(engine);
  const luban = await composeLuban({
    config: testConfig(options.config),
    database,
    logger: pino({ level: 'silent' }),
    ...(options.now ? { now: options.now } : {}),
    loginRateLimit: options.loginRateLimit ?? 10_000,
  });
  await seedDemo(luban, () => TEST_PASSWORD);
  await luban.app.ready();

  const request: TestLuban['request'] = async ({ method, url, session, body, headers }) =>
    luban.app.inject({
      method,
      url,
      headers: {
        ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });

  return {
    ...luban,
    request,
    async login(username, password = TEST_PASSWORD) {
      const response = await request({ method: 'POST', url: '/api/v1/auth/login', body: { username, password } });
      if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.statusCode} ${response.body}`);
      const cookies = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      return { cookie: cookies, csrf: (response.json() as { csrfToken: string }).csrfToken };
    },
    async close() {
      await luban.app.close();
      await database.close();
    },
  };
}

export const demoUsernames = demoAccountPlan.map((a) => a.username);
