import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { parseDemoPasswords, startServer } from '../src/server/testing/cli-process.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    demoPasswords: Record<string, string>;
  }
}

/** A first start seeds the governance and learning demo data: over two minutes on a busy machine. */
const SERVER_READY_MS = 300_000;

/** Starts the real server on a fresh embedded data directory, as `npm start` would, and reads the printed demo passwords. `LUBAN_E2E_WEB_DIR` serves another build of the web app than dist/web. */
export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luban-e2e-'));
  const server = await startServer({ LUBAN_DATA_DIR: dataDir, LUBAN_WEB_DIR: path.resolve(process.env.LUBAN_E2E_WEB_DIR ?? 'dist/web') }, SERVER_READY_MS);
  project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
  project.provide('demoPasswords', parseDemoPasswords(server.output()));
  return async () => {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
