import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { composeLuban, type Luban } from '../compose.js';
import { openTestDatabase } from '../testing/test-db.js';
import { testConfig } from '../testing/test-luban.js';
import type { Database } from '../db/open-db.js';

describe('serving the built web app', () => {
  const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luban-web-'));
  let luban: Luban;
  let database: Database;
  beforeAll(async () => {
    fs.mkdirSync(path.join(webDir, 'assets'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Luban</title>');
    fs.writeFileSync(path.join(webDir, 'assets', 'app-abc123.js'), 'console.log(1)');
    database = await openTestDatabase('pglite');
    luban = await composeLuban({ config: testConfig({ webDir }), database, logger: pino({ level: 'silent' }) });
  });
  afterAll(async () => {
    await luban.app.close();
    await database.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it('serves the app shell for client routes, uncached, with a strict CSP', async () => {
    const response = await luban.app.inject({ method: 'GET', url: '/users/new' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.body).toContain('<title>Luban</title>');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(String(response.headers['content-security-policy'])).toContain("default-src 'self'");
  });

  it('serves the app shell at the root address', async () => {
    const response = await luban.app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });

  it('serves hashed assets as immutable, including ones built after start-up', async () => {
    fs.writeFileSync(path.join(webDir, 'assets', 'late-def456.js'), 'console.log(2)');
    const response = await luban.app.inject({ method: 'GET', url: '/assets/late-def456.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('answers a missing asset or API route with a 404, never the app shell', async () => {
    const asset = await luban.app.inject({ method: 'GET', url: '/assets/gone-000.js' });
    expect(asset.statusCode).toBe(404);
    const api = await luban.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND' });
  });
});
