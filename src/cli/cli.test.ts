import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDemoPasswords, runLuban, startServer } from '../server/testing/cli-process.js';
import { testEngines } from '../server/testing/test-db.js';
import { testDatabaseUrl } from '../server/testing/test-env.js';

type Target = { env: Record<string, string>; sql(query: string): Promise<void>; cleanup(): Promise<void> };

/** A fresh, empty database for the CLI: an embedded data directory, or a new PostgreSQL database. */
async function newTarget(engine: 'pglite' | 'postgres'): Promise<Target> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luban-cli-'));
  if (engine === 'pglite') {
    return {
      env: { LUBAN_DATA_DIR: dataDir },
      // tampering with an embedded database goes through a short-lived server process
      async sql(query) {
        const { openDb } = await import('../server/db/open-db.js');
        const database = await openDb({ embedded: { kind: 'directory', dataDir } });
        try {
          await database.pool.query(query);
        } finally {
          await database.close();
        }
      },
      async cleanup() {
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `luban_cli_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(testDatabaseUrl!);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString(), LUBAN_DATA_DIR: dataDir },
    async sql(query) {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        await client.query(query);
      } finally {
        await client.end();
      }
    },
    async cleanup() {
      const cleanup = new pg.Client({ connectionString: testDatabaseUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

for (const engine of testEngines()) {
  describe(`luban CLI [${engine}]`, () => {
    let target: Target;
    beforeAll(async () => {
      target = await newTarget(engine);
    });
    afterAll(async () => target.cleanup());

    it('seeds, creates a user, and audit verify reports an edited and a deleted row', { timeout: 180_000 }, async () => {
      const seeded = await runLuban(['seed'], target.env);
      expect(seeded.code, seeded.stderr).toBe(0);
      expect(parseDemoPasswords(seeded.stdout)['demo.national']).toMatch(/^\S{16}$/);
      const created = await runLuban(['user', 'create', '--username', 'cli.user', '--display-name', 'CLI', '--role', 'teacher', '--scope', 'college:DEMO-GD-01'], target.env);
      expect(created.code, created.stderr).toBe(0);
      expect(created.stdout).toMatch(/Password \(shown once\): \S+/);
      const bad = await runLuban(['user', 'create', '--username', 'x.y', '--role', 'wizard', '--scope', 'college:DEMO-GD-01'], target.env);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--role must be one of');

      const intact = await runLuban(['audit', 'verify'], target.env);
      expect(intact.code, intact.stdout + intact.stderr).toBe(0);
      expect(intact.stdout).toMatch(/Audit chain intact: \d+ entries/);

      await expect(target.sql(`update audit.entries set actor_label = 'mallory' where seq = 3`)).rejects.toThrow(/append-only/);
      // a database owner can bypass the trigger: the hash chain still tells
      await target.sql(`alter table audit.entries disable trigger entries_append_only`);
      await target.sql(`update audit.entries set actor_label = 'mallory' where seq = 3`);
      await target.sql(`delete from audit.entries where seq = 5`);
      const tampered = await runLuban(['audit', 'verify'], target.env);
      expect(tampered.code).toBe(1);
      expect(tampered.stdout).toContain('AUDIT CHAIN TAMPERED');
      expect(tampered.stdout).toContain('entry 3: content altered');
      expect(tampered.stdout).toContain('entries 5–5: deleted');
    });

    it('backs up and restores all data, refusing a file that is not a backup', { timeout: 180_000 }, async () => {
      const file = path.join(os.tmpdir(), `luban-backup-${randomBytes(4).toString('hex')}.jsonl.gz`);
      const backup = await runLuban(['backup', file], target.env);
      expect(backup.code, backup.stderr).toBe(0);
      expect(backup.stdout).toMatch(/Backed up \d+ rows/);
      await target.sql(`delete from identity.users where username = 'cli.user'`);
      const restored = await runLuban(['restore', file], target.env);
      expect(restored.code, restored.stderr).toBe(0);
      const created = await runLuban(['user', 'create', '--username', 'cli.user', '--role', 'teacher', '--scope', 'college:DEMO-GD-01'], target.env);
      expect(created.code).toBe(1);
      expect(created.stderr).toContain('USERNAME_TAKEN');
      fs.writeFileSync(`${file}.bad`, 'not gzip');
      const refused = await runLuban(['restore', `${file}.bad`], target.env);
      expect(refused.code).toBe(1);
      fs.rmSync(file, { force: true });
      fs.rmSync(`${file}.bad`, { force: true });
    });
  });
}

describe('embedded data directory', () => {
  it('gives a second process a clear error, and survives kill -9 during writes', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luban-kill-'));
    try {
      const server = await startServer({ LUBAN_DATA_DIR: dataDir });
      const passwords = parseDemoPasswords(server.output());
      expect(Object.keys(passwords)).toHaveLength(7);

      const second = await runLuban(['migrate'], { LUBAN_DATA_DIR: dataDir });
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(`is already open in process ${server.child.pid}`);

      const base = `http://127.0.0.1:${server.port}`;
      const login = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'demo.national', password: passwords['demo.national'] }),
      });
      const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      const acknowledged: string[] = [];
      const writes = (async () => {
        for (let i = 0; i < 200; i += 1) {
          const username = `kill.${i}`;
          try {
            const response = await fetch(`${base}/api/v1/identity/users`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
              body: JSON.stringify({ username, displayName: username, password: 'a-long-password', assignments: [{ role: 'student', scope: 'college:DEMO-GD-01' }] }),
            });
            if (response.status === 201) acknowledged.push(username);
          } catch {
            return;
          }
        }
      })();
      await new Promise((resolve) => setTimeout(resolve, 2500));
      await server.stop('SIGKILL');
      await writes;
      expect(acknowledged.length).toBeGreaterThan(0);

      const restarted = await startServer({ LUBAN_DATA_DIR: dataDir });
      try {
        const relogin = await fetch(`http://127.0.0.1:${restarted.port}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'demo.national', password: passwords['demo.national'] }),
        });
        expect(relogin.status).toBe(200);
        const cookie2 = relogin.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
        const listed = await fetch(`http://127.0.0.1:${restarted.port}/api/v1/identity/users?q=kill.&limit=200`, { headers: { cookie: cookie2 } });
        const names = ((await listed.json()) as { items: { username: string }[] }).items.map((u) => u.username);
        for (const username of acknowledged) expect(names).toContain(username);
      } finally {
        await restarted.stop();
      }
      const verified = await runLuban(['audit', 'verify'], { LUBAN_DATA_DIR: dataDir });
      expect(verified.stdout).toContain('Audit chain intact');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});
