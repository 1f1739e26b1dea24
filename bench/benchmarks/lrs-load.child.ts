// The xAPI load generator's own process (forked by lrs.bench.ts): keep-alive POSTs of statement
// batches, and optionally GET queries at the same time, over plain node:http.
import http from 'node:http';
import { percentileOfSorted } from '../lib/stats.js';

/** `bodies` names a set of request bodies sent before (a BodiesMessage), so large sets cross the IPC channel once. */
export type IngestLoad = { url: string; authorization: string; bodies: string; batchSize: number; connections: number };
export type BodiesMessage = { kind: 'bodies'; bodies: Record<string, string[]> };
export type QueryLoad = { url: string; authorization: string; paths: string[]; connections: number };
export type LrsLoadRequest = { id: number; seconds: number; ingest: IngestLoad; query?: QueryLoad };
export type Latencies = { p50: number; p95: number; p99: number };
export type LrsLoadResult = {
  id: number;
  statementsPerSecond: number;
  requests: number;
  failures: number;
  ingestMs: Latencies;
  queries: number;
  queryFailures: number;
  queryMs: Latencies | undefined;
  clientCpuMicros: number;
};

function send(agent: http.Agent, url: URL, method: 'GET' | 'POST', headers: Record<string, string>, body?: string): Promise<number> {
  return new Promise((resolve) => {
    const request = http.request({ agent, host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', () => resolve(0));
    request.end(body);
  });
}

function summarize(values: number[]): Latencies {
  const sorted = Float64Array.from(values).sort();
  return { p50: percentileOfSorted(sorted, 50), p95: percentileOfSorted(sorted, 95), p99: percentileOfSorted(sorted, 99) };
}

async function loop(until: number, work: (index: number) => Promise<boolean>, latencies: number[], counters: { ok: number; failed: number }, offset: number) {
  for (let index = offset; performance.now() < until; index += 1) {
    const started = performance.now();
    const isOk = await work(index);
    if (isOk) {
      latencies.push(performance.now() - started);
      counters.ok += 1;
    } else counters.failed += 1;
  }
}

const bodySets = new Map<string, string[]>();

async function run(request: LrsLoadRequest): Promise<LrsLoadResult> {
  const cpuBefore = process.cpuUsage();
  const { ingest, query } = request;
  const started = performance.now();
  const until = started + request.seconds * 1000;
  const ingestAgent = new http.Agent({ keepAlive: true, maxSockets: ingest.connections });
  const ingestUrl = new URL(ingest.url);
  const ingestHeaders = { authorization: ingest.authorization, 'x-experience-api-version': '2.0.0', 'content-type': 'application/json' };
  const ingestLatencies: number[] = [];
  const ingestCounts = { ok: 0, failed: 0 };
  const bodies = bodySets.get(ingest.bodies) ?? [];
  const post = async (index: number) => {
    const body = bodies[index % bodies.length] ?? '[]';
    return (await send(ingestAgent, ingestUrl, 'POST', { ...ingestHeaders, 'content-length': String(Buffer.byteLength(body)) }, body)) === 200;
  };
  const workers = Array.from({ length: ingest.connections }, (_, c) => loop(until, post, ingestLatencies, ingestCounts, c * 7));
  const queryLatencies: number[] = [];
  const queryCounts = { ok: 0, failed: 0 };
  if (query) {
    const queryAgent = new http.Agent({ keepAlive: true, maxSockets: query.connections });
    const base = new URL(query.url);
    const get = async (index: number) => {
      const path = query.paths[index % query.paths.length] ?? '';
      return (await send(queryAgent, new URL(path, base), 'GET', { authorization: query.authorization, 'x-experience-api-version': '2.0.0' })) === 200;
    };
    workers.push(...Array.from({ length: query.connections }, (_, c) => loop(until, get, queryLatencies, queryCounts, c * 13)));
  }
  await Promise.all(workers);
  const elapsed = (performance.now() - started) / 1000;
  ingestAgent.destroy();
  const cpu = process.cpuUsage(cpuBefore);
  return {
    id: request.id,
    statementsPerSecond: (ingestCounts.ok * ingest.batchSize) / elapsed,
    requests: ingestCounts.ok,
    failures: ingestCounts.failed,
    ingestMs: summarize(ingestLatencies),
    queries: queryCounts.ok,
    queryFailures: queryCounts.failed,
    queryMs: query ? summarize(queryLatencies) : undefined,
    clientCpuMicros: cpu.user + cpu.system,
  };
}

process.on('message', (message: LrsLoadRequest | BodiesMessage) => {
  if ('kind' in message) {
    for (const [name, bodies] of Object.entries(message.bodies)) bodySets.set(name, bodies);
    return;
  }
  void run(message).then((result) => process.send?.(result));
});
