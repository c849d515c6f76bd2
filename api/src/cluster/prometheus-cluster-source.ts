import { ErrorCode, VigilError } from '@vigil/ml/errors';
import type { ClusterLoad, ClusterSource, ServiceLoad } from './cluster-source.js';

const WINDOW = '1m';

/** PromQL per figure, grouped by scrape job (one job per service). */
export const clusterQueries = {
  requestsPerSecond: `sum by (job) (rate(vigil_graphql_operations_total[${WINDOW}]))`,
  p95LatencyMs: `1000 * histogram_quantile(0.95, sum by (job, le) (rate(vigil_graphql_operation_duration_seconds_bucket[${WINDOW}])))`,
  errors: `sum by (job) (rate(vigil_graphql_errors_total[${WINDOW}]))`,
  cpuPercent: `100 * sum by (job) (rate(vigil_process_cpu_seconds_total[${WINDOW}]))`,
  memoryMb: `sum by (job) (vigil_process_resident_memory_bytes) / 1048576`,
} as const;

interface InstantVector {
  status: 'success' | 'error';
  error?: string;
  data?: { resultType: string; result: { metric: Record<string, string>; value: [number, string] }[] };
}

/** Cluster figures from Prometheus's HTTP API (`/api/v1/query`), for every scraped Vigil service. */
export class PrometheusClusterSource implements ClusterSource {
  constructor(private readonly baseUrl: string, private readonly timeoutMs = 3000) {}

  async load(): Promise<ClusterLoad> {
    const entries = await Promise.all(Object.entries(clusterQueries).map(async ([name, query]) => [name, await this.query(query)] as const));
    const byJob = new Map<string, Partial<Record<keyof typeof clusterQueries, number>>>();
    for (const [name, series] of entries) {
      for (const [job, value] of series) byJob.set(job, { ...byJob.get(job), [name]: value });
    }
    const services: ServiceLoad[] = [...byJob.entries()]
      .map(([service, f]) => ({
        service,
        requestsPerSecond: f.requestsPerSecond ?? 0,
        p95LatencyMs: f.p95LatencyMs ?? null,
        errorRate: f.requestsPerSecond ? (f.errors ?? 0) / f.requestsPerSecond : 0,
        cpuPercent: f.cpuPercent ?? 0,
        memoryMb: f.memoryMb ?? 0,
      }))
      .sort((a, b) => a.service.localeCompare(b.service));
    return { source: 'prometheus', windowSeconds: 60, services };
  }

  private async query(promql: string): Promise<Map<string, number>> {
    const url = new URL('/api/v1/query', this.baseUrl);
    url.searchParams.set('query', promql);
    let body: InstantVector;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(this.timeoutMs) });
      body = (await response.json()) as InstantVector;
    } catch (error) {
      throw new VigilError(ErrorCode.UNAVAILABLE, `Prometheus at ${this.baseUrl} (PROMETHEUS_URL) did not answer: ${(error as Error).message}`, {}, { cause: error });
    }
    if (body.status !== 'success' || !body.data) {
      throw new VigilError(ErrorCode.UNAVAILABLE, `Prometheus refused a cluster query: ${body.error ?? 'unknown error'}`);
    }
    const out = new Map<string, number>();
    for (const sample of body.data.result) {
      const value = Number(sample.value[1]);
      if (Number.isFinite(value)) out.set(sample.metric.job ?? 'unknown', value);
    }
    return out;
  }
}
