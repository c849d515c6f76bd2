// A trivial authenticated query over loopback, at concurrency 1 and 32: what the GraphQL stack itself costs.
import { machine, percentile, writeBenchResult } from '@vigil/ml/bench';
import { startApiProcess } from '@vigil/ml/testing';
import { postLoad, sequentialLatencies } from './support/load.js';
import { tempDir } from '../test/support/temp-dir.js';

const TOKEN = 'vgl_bench-admin-token-0123456789abcdef';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

const round = (ms: number) => Math.round(ms * 1000) / 1000;

export default async function graphqlBench(): Promise<string> {
  const tmp = await tempDir('vigil-bench-');
  const api = await startApiProcess({ VIGIL_DATA_DIR: tmp.dir, VIGIL_ADMIN_TOKEN: TOKEN });
  try {
    const body = { query: 'query Me { me { id role } }', operationName: 'Me' };
    const headers = { authorization: `Bearer ${TOKEN}` };
    await postLoad(`${api.url}/graphql`, body, headers, 4, 2); // warm-up
    const c1 = await postLoad(`${api.url}/graphql`, body, headers, 1, SECONDS);
    const c32 = await postLoad(`${api.url}/graphql`, body, headers, 32, SECONDS);
    for (const run of [c1, c32]) if (run.non_2xx || run.errors) throw new Error(`bench requests failed: ${JSON.stringify(run)}`);
    const sequential = await sequentialLatencies(`${api.url}/graphql`, body, headers, 5000);
    const p50 = percentile(sequential, 50);
    const p99 = percentile(sequential, 99);
    return await writeBenchResult('graphql', {
      keys: {
        rps_c1: c1.requests_per_s,
        p50_ms_c1: round(p50),
        p99_ms_c1: round(p99),
        rps_c32: c32.requests_per_s,
        p50_ms_c32: c32.p50_ms,
        p99_ms_c32: c32.p99_ms,
      },
      figures: {
        requests_per_s_c1: { value: c1.requests_per_s, unit: 'requests/s' },
        latency_p50_c1: { value: round(p50), unit: 'ms' },
        latency_p99_c1: { value: round(p99), unit: 'ms' },
        autocannon_latency_p99_c1: { value: c1.p99_ms, unit: 'ms (whole-ms resolution)' },
        requests_per_s_c32: { value: c32.requests_per_s, unit: 'requests/s' },
        latency_p50_c32: { value: c32.p50_ms, unit: 'ms' },
        latency_p99_c32: { value: c32.p99_ms, unit: 'ms' },
      },
      work: {
        query: body.query,
        auth: 'API key (bearer)',
        seconds_per_level: SECONDS,
        requests_c1: c1.requests,
        requests_c32: c32.requests,
        sequential_latency_requests_c1: sequential.length,
        server: 'separate process, embedded mode, log level warn',
        load_generator: 'autocannon (same machine, loopback)',
        cores_shared_with_load_generator: machine().cores,
      },
      notes: [
        'requests/s: autocannon, closed loop, over the whole run. c1 latency percentiles: 5,000 sequential keep-alive requests timed in microseconds (autocannon rounds to whole ms); c32 latency: autocannon.',
        'Server and load generator share the 2 cores.',
      ],
    });
  } finally {
    await api.stop();
    await tmp.remove();
  }
}
