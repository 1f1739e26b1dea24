import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoadOptions, LoadReply, LoadRequest, LoadResult } from './load-protocol.js';

export type LoadClient = {
  /** Runs autocannon in the client process and returns its figures. */
  run(options: LoadOptions): Promise<LoadResult>;
  close(): Promise<void>;
};

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * autocannon in a child process of its own, so the client does not share the servers'
 * event loop (it still shares the machine's cores with them, which the results say).
 */
export async function startLoadClient(): Promise<LoadClient> {
  const child: ChildProcess = fork(fileURLToPath(new URL('./load-child.ts', import.meta.url)), [], {
    cwd: repoRoot,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', reject);
  });
  let nextId = 1;
  const pending = new Map<number, { resolve(result: LoadResult): void; reject(error: Error): void }>();
  child.on('message', (message: LoadReply) => {
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.type === 'result') waiter.resolve(message.result);
    else waiter.reject(new Error(`load client: ${message.message}`));
  });
  child.on('exit', (code) => {
    for (const waiter of pending.values()) waiter.reject(new Error(`load client exited with code ${code}`));
    pending.clear();
  });
  return {
    run(options) {
      const id = nextId++;
      return new Promise<LoadResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        const request: LoadRequest = { type: 'run', id, options };
        child.send(request);
      });
    },
    async close() {
      if (child.exitCode !== null || !child.connected) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.disconnect();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
