import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../../src/server/testing/cli-process.js';
import { defineBenchmark, type Figure } from '../lib/types.js';

/** Seconds from spawning a bare Node process to its first HTTP answer: the floor any server start pays. */
async function bareNodeStartSeconds(): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['-e', "require('http').createServer((q,s)=>s.end('ok')).listen(0,'127.0.0.1',function(){console.log(this.address().port)})"]);
  const port = await new Promise<number>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim()))));
  await fetch(`http://127.0.0.1:${port}/`);
  const seconds = (performance.now() - started) / 1000;
  child.kill();
  return seconds;
}

/**
 * `luban serve` on the embedded database: the first start (migrations, GB/T 2260 regions,
 * demo colleges and accounts) and a later start, each until /readyz answers. Targets from
 * the foundation issue: first start under 60 s, later starts under 10 s on 2 cores.
 */
export const benchmark = defineBenchmark({
  name: 'startup',
  description: 'Time from `luban serve` to a ready server on the embedded database: first start (creates everything) and a later start, against a bare Node process start.',
  needs: [],
  runs: 3,
  warmupRuns: 0,
  async setup() {
    return {};
  },
  async run() {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luban-startup-'));
    try {
      const bare = await bareNodeStartSeconds();
      let started = performance.now();
      const first = await startServer({ LUBAN_DATA_DIR: dataDir, LUBAN_LOG_LEVEL: 'warn' });
      const firstSeconds = (performance.now() - started) / 1000;
      await first.stop();
      started = performance.now();
      const later = await startServer({ LUBAN_DATA_DIR: dataDir, LUBAN_LOG_LEVEL: 'warn' });
      const laterSeconds = (performance.now() - started) / 1000;
      await later.stop();
      const figures: Figure[] = [
        { name: 'bare_node_start_s', unit: 's', value: bare, better: 'lower' },
        { name: 'first_start_s', unit: 's', value: firstSeconds, better: 'lower', reference: 'bare_node_start_s' },
        { name: 'later_start_s', unit: 's', value: laterSeconds, better: 'lower', reference: 'bare_node_start_s' },
      ];
      return figures;
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
});
