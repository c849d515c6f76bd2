import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quantileMs } from '../../src/metrics/window.js';
import { startTestApp } from '../support/test-app.js';

describe('cluster metrics from the service’s own counters', () => {
  it('interpolates a windowed quantile from cumulative histogram buckets', () => {
    const before = new Map([[0.001, 10], [0.01, 10], [0.1, 10]]);
    // 100 new observations: 50 under 1 ms, 40 in (1, 10] ms, 10 in (10, 100] ms.
    const after = new Map([[0.001, 60], [0.01, 100], [0.1, 110]]);
    assert.equal(quantileMs(before, after, 0.5), 1);
    assert.ok(Math.abs(quantileMs(before, after, 0.95)! - 55) < 1e-9);
    assert.equal(quantileMs(after, after, 0.95), null);
  });

  it('reports request rate, errors, latency, memory and queue depth over GraphQL', async () => {
    const t = await startTestApp();
    try {
      for (let i = 0; i < 20; i++) await t.gql('query Ping { me { id } }');
      await t.gql('{ nope }');
      const res = await t.gql<{ cluster: { source: string; queueDepth: number; services: { service: string; requestsPerSecond: number; p95LatencyMs: number | null; errorRate: number; memoryMb: number }[] } }>(
        '{ cluster { source windowSeconds queueDepth services { service requestsPerSecond p95LatencyMs errorRate cpuPercent memoryMb } } }',
      );
      const api = res.data!.cluster.services[0]!;
      assert.equal(res.data!.cluster.source, 'self');
      assert.equal(res.data!.cluster.queueDepth, 0);
      assert.equal(api.service, 'api');
      assert.ok(api.requestsPerSecond > 0, 'requests in the window give a positive rate');
      assert.ok(api.errorRate > 0 && api.errorRate < 0.2, `one failed operation out of ~22 (got ${api.errorRate})`);
      assert.ok(api.p95LatencyMs !== null && api.p95LatencyMs > 0 && api.p95LatencyMs < 1000);
      assert.ok(api.memoryMb > 10);
    } finally {
      await t.close();
    }
  });
});
