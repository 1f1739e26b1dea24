// The load generator's own process: autocannon here, the servers in the benchmark process.
import autocannon from 'autocannon';
import { percentileOfSorted } from './stats.js';
import type { LoadOptions, LoadReply, LoadRequest, LoadResult } from './load-protocol.js';

function runLoad(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    let latencies = new Float64Array(1 << 16);
    let count = 0;
    const cpuBefore = process.cpuUsage();
    const instance = autocannon(
      {
        url: options.url,
        method: options.method ?? 'GET',
        headers: options.headers ?? {},
        ...(options.body === undefined ? {} : { body: options.body }),
        connections: options.connections,
        pipelining: options.pipelining,
        duration: options.durationSeconds,
      },
      (error, result) => {
        if (error) {
          reject(error);
          return;
        }
        const cpu = process.cpuUsage(cpuBefore);
        const sorted = latencies.subarray(0, count).sort();
        let sum = 0;
        for (const value of sorted) sum += value;
        const duration = result.duration > 0 ? result.duration : options.durationSeconds;
        resolve({
          requestsPerSecond: result['2xx'] / duration,
          durationSeconds: duration,
          responses2xx: result['2xx'],
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          latencyMs: {
            p50: percentileOfSorted(sorted, 50),
            p95: percentileOfSorted(sorted, 95),
            p99: percentileOfSorted(sorted, 99),
            mean: count > 0 ? sum / count : Number.NaN,
            max: count > 0 ? sorted[count - 1]! : Number.NaN,
          },
          bytesPerSecond: result.throughput.average,
          clientCpuMicros: cpu.user + cpu.system,
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode < 200 || statusCode >= 300) return;
      if (count === latencies.length) {
        const grown = new Float64Array(latencies.length * 2);
        grown.set(latencies);
        latencies = grown;
      }
      latencies[count++] = responseTime;
    });
  });
}

function reply(message: LoadReply): void {
  process.send?.(message);
}

process.on('message', (message: LoadRequest) => {
  if (message.type !== 'run') return;
  runLoad(message.options).then(
    (result) => reply({ type: 'result', id: message.id, result }),
    (error: unknown) => reply({ type: 'error', id: message.id, message: error instanceof Error ? error.message : String(error) }),
  );
});
process.on('disconnect', () => process.exit(0));
