/** Messages between the benchmark process and the autocannon client process. */

export type LoadOptions = {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  connections: number;
  pipelining: number;
  durationSeconds: number;
};

export type LoadResult = {
  /** 2xx responses per second over the measured duration */
  requestsPerSecond: number;
  durationSeconds: number;
  responses2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** response times of 2xx responses in ms, from each response (not autocannon's 1 ms histogram) */
  latencyMs: { p50: number; p95: number; p99: number; mean: number; max: number };
  bytesPerSecond: number;
  /** CPU time (µs) the load generator's process used during the run */
  clientCpuMicros: number;
};

export type LoadRequest = { type: 'run'; id: number; options: LoadOptions };

export type LoadReply = { type: 'result'; id: number; result: LoadResult } | { type: 'error'; id: number; message: string };
