import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; p97_5: number; average: number };
  non2xx: number;
  errors: number;
  duration: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = require('autocannon') as Autocannon;

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  requests_per_s: number;
  p50_ms: number;
  p99_ms: number;
  non_2xx: number;
  errors: number;
}

/** A fixed-duration closed-loop load over loopback with autocannon. */
export async function postLoad(url: string, body: unknown, headers: Record<string, string>, connections: number, seconds: number): Promise<LoadResult> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    connections,
    seconds,
    requests: result.requests.total,
    requests_per_s: result.requests.average,
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    non_2xx: result.non2xx,
    errors: result.errors,
  };
}

/**
 * Sequential requests over one keep-alive connection, timed with a microsecond clock: autocannon's latency
 * histogram has whole-millisecond resolution, too coarse for sub-millisecond requests.
 */
export async function sequentialLatencies(url: string, body: unknown, headers: Record<string, string>, requests: number): Promise<Float64Array> {
  const { request, Agent } = await import('node:http');
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const payload = JSON.stringify(body);
  const target = new URL(url);
  const times = new Float64Array(requests);
  for (let i = 0; i < requests; i++) {
    const started = process.hrtime.bigint();
    await new Promise<void>((resolve, reject) => {
      const req = request(
        { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers } },
        (res) => {
          res.resume();
          res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`status ${res.statusCode}`))));
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
    times[i] = Number(process.hrtime.bigint() - started) / 1e6;
  }
  agent.destroy();
  return times.sort();
}
