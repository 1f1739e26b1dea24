import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { parseDemoPasswords, startServer } from '../../testing/cli-process.js';
import { testEngines } from '../../testing/test-db.js';
import { testDatabaseUrl } from '../../testing/test-env.js';
import { sampleStatement } from './http/xapi-test-client.js';

type Target = { env: Record<string, string>; cleanup(): Promise<void> };

async function newTarget(engine: 'pglite' | 'postgres'): Promise<Target> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luban-lrs-kill-'));
  if (engine === 'pglite') return { env: { LUBAN_DATA_DIR: dataDir }, cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  const name = `luban_lrs_kill_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(testDatabaseUrl ?? '');
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString(), LUBAN_DATA_DIR: dataDir },
    async cleanup() {
      const cleanup = new pg.Client({ connectionString: testDatabaseUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function createClient(base: string, password: string): Promise<string> {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'demo.national', password }),
  });
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const created = await fetch(`${base}/api/v1/lrs/clients`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ name: 'load', scope: 'national', permissions: ['write', 'read-all'] }),
  });
  const client = (await created.json()) as { key: string; secret: string };
  return `Basic ${Buffer.from(`${client.key}:${client.secret}`).toString('base64')}`;
}

/** POSTs batches from several connections until the server dies; returns the acknowledged ids. */
async function loadUntilKilled(base: string, authorization: string, verb: string): Promise<{ acknowledged: string[]; stop(): Promise<void> }> {
  const acknowledged: string[] = [];
  let isRunning = true;
  const worker = async () => {
    while (isRunning) {
      const batch = Array.from({ length: 20 }, () => sampleStatement({ id: randomUUID(), verb: { id: verb } }));
      try {
        const response = await fetch(`${base}/xapi/statements`, {
          method: 'POST',
          headers: { authorization, 'x-experience-api-version': '2.0.0', 'content-type': 'application/json' },
          body: JSON.stringify(batch),
        });
        if (response.status === 200) acknowledged.push(...((await response.json()) as string[]));
      } catch {
        return;
      }
    }
  };
  const workers = Array.from({ length: 4 }, worker);
  return {
    acknowledged,
    async stop() {
      isRunning = false;
      await Promise.all(workers);
    },
  };
}

async function storedIds(base: string, authorization: string, verb: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let next: string = `/xapi/statements?verb=${encodeURIComponent(verb)}&limit=500`;
  while (next) {
    const response = await fetch(`${base}${next}`, { headers: { authorization, 'x-experience-api-version': '2.0.0' } });
    const page = (await response.json()) as { statements: { id: string }[]; more: string };
    for (const statement of page.statements) ids.add(statement.id);
    next = page.more;
  }
  return ids;
}

describe('LRS durability', () => {
  for (const engine of testEngines()) {
    it(`keeps every acknowledged statement when the server is killed under load [${engine}]`, async () => {
      const target = await newTarget(engine);
      try {
        const server = await startServer(target.env);
        const password = parseDemoPasswords(server.output())['demo.national'] ?? '';
        const base = `http://127.0.0.1:${server.port}`;
        const authorization = await createClient(base, password);
        const verb = `https://luban.example/verbs/${randomUUID()}`;
        const load = await loadUntilKilled(base, authorization, verb);
        await new Promise((resolve) => setTimeout(resolve, 3000));
        await server.stop('SIGKILL');
        await load.stop();
        expect(load.acknowledged.length).toBeGreaterThan(100);

        const restarted = await startServer(target.env);
        try {
          const stored = await storedIds(`http://127.0.0.1:${restarted.port}`, authorization, verb);
          const missing = load.acknowledged.filter((id) => !stored.has(id));
          expect(missing).toEqual([]);
        } finally {
          await restarted.stop();
        }
      } finally {
        await target.cleanup();
      }
    }, 300_000);
  }
});
