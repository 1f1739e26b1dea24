import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Config } from '../../src/server/config.js';
import { composeLuban, createLogger, type Luban } from '../../src/server/compose.js';
import type { BenchDatabase } from './types.js';
import { seedDemo, seedReferenceData } from '../../src/server/seed/demo-seed.js';
import { SESSION_COOKIE } from '../../src/server/http/security.js';
import { makeTempDir, removeDir } from '../env/temp-dir.js';

export const BENCH_PASSWORD = 'bench-password-123';

export type RunningLuban = {
  luban: Luban;
  /** e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  close(): Promise<void>;
};

export type CapturedResponse = {
  status: number;
  /** Every response header except the ones node:http writes itself (date, connection, keep-alive, content-length, transfer-encoding). */
  headers: Record<string, string>;
  body: Buffer;
};

/** A `Config` as `luban serve` would build it in demo mode, silent, with no web app. */
export function benchConfig(environment: BenchDatabase, dataDir: string): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    databaseUrl: environment.databaseUrl,
    mode: 'demo',
    secret: randomBytes(36).toString('base64url'), // 48 characters
    isSecretGenerated: false,
    logLevel: 'silent',
    webDir: path.join(dataDir, 'no-web-app'),
    secureCookies: false,
    filesDir: path.join(dataDir, 'files'),
  };
}

/**
 * The whole app exactly as the server composes it (composeLuban), with regions and the demo
 * accounts loaded (every demo password is BENCH_PASSWORD), listening on a loopback port.
 */
export async function startLuban(environment: BenchDatabase, options: { seedDemo?: boolean } = {}): Promise<RunningLuban> {
  const dataDir = makeTempDir('luban-bench-app-');
  const config = benchConfig(environment, dataDir);
  const luban = await composeLuban({ config, database: environment.database, logger: createLogger(config) });
  try {
    await seedReferenceData(luban);
    if (options.seedDemo ?? true) await seedDemo(luban, () => BENCH_PASSWORD);
    await luban.app.listen({ port: 0, host: '127.0.0.1' });
  } catch (error) {
    await luban.app.close();
    removeDir(dataDir);
    throw error;
  }
  const { port } = luban.app.server.address() as AddressInfo;
  return {
    luban,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await luban.app.close();
      await luban.deps.events.drain();
      removeDir(dataDir);
    },
  };
}

/** Signs in through POST /api/v1/auth/login and returns the `Cookie` header value for the session. */
export async function logIn(baseUrl: string, username: string, password = BENCH_PASSWORD): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`login as ${username} failed: ${response.status} ${await response.text()}`);
  const session = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!session) throw new Error(`login as ${username} set no ${SESSION_COOKIE} cookie`);
  return session.split(';')[0]!;
}

const NODE_WRITES_ITSELF = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);

/** One request, its status, headers and body bytes: what a reference server replays. */
export async function capture(url: string, headers: Record<string, string>): Promise<CapturedResponse> {
  const response = await fetch(url, { headers });
  const body = Buffer.from(await response.arrayBuffer());
  const kept: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!NODE_WRITES_ITSELF.has(name)) kept[name] = value;
  });
  return { status: response.status, headers: kept, body };
}
