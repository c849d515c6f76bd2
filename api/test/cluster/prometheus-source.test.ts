import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { freePort, repoRoot } from '@vigil/ml/testing';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { tempDir } from '../support/temp-dir.js';

const installed = spawnSync('which', ['prometheus']).status === 0;

describe('cluster metrics from a real Prometheus (PROMETHEUS_URL)', { timeout: 90_000, skip: installed ? false : 'prometheus is not installed (.ci/run installs it: apt-get install prometheus)' }, () => {
  let t: TestApp;
  let prometheus: ChildProcess;
  let data: Awaited<ReturnType<typeof tempDir>>;
  let prometheusUrl: string;

  before(async () => {
    const port = await freePort();
    prometheusUrl = `http://127.0.0.1:${port}`;
    t = await startTestApp({ PROMETHEUS_URL: prometheusUrl });
    data = await tempDir('vigil-prometheus-');
    prometheus = spawn(path.join(repoRoot(), 'ops/scripts/start-prometheus.sh'), [String(port), data.dir, `vigil-api=${new URL(t.url).host}`], { stdio: 'ignore' });
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${prometheusUrl}/-/ready`)).ok) break;
      } catch {
        // starting
      }
      if (i > 150) throw new Error('Prometheus did not become ready');
      await new Promise((r) => setTimeout(r, 100));
    }
    // Prometheus applies discovered targets after a few seconds: wait for the first scrape of ours.
    for (let i = 0; ; i++) {
      const up = (await (await fetch(`${prometheusUrl}/api/v1/query?query=up`)).json()) as { data: { result: unknown[] } };
      if (up.data.result.length > 0) break;
      if (i > 300) throw new Error('Prometheus never scraped the API');
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  after(async () => {
    prometheus?.kill('SIGTERM');
    await new Promise((r) => prometheus?.once('exit', r));
    await t?.close();
    await data?.remove();
  });

  it('reports the scraped service’s request rate, latency, errors, CPU and memory by job', async () => {
    // Traffic across several scrapes, so rate() has at least two samples in its window.
    const until = Date.now() + 5000;
    while (Date.now() < until) {
      await t.gql('query Load { me { id } }');
      await t.gql('query Fails { nope }');
      await new Promise((r) => setTimeout(r, 20));
    }
    await new Promise((r) => setTimeout(r, 1500));
    const res = await t.gql<{ cluster: { source: string; services: { service: string; requestsPerSecond: number; p95LatencyMs: number | null; errorRate: number; cpuPercent: number; memoryMb: number }[] } }>(
      '{ cluster { source services { service requestsPerSecond p95LatencyMs errorRate cpuPercent memoryMb } } }',
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data!.cluster.source, 'prometheus');
    const api = res.data!.cluster.services.find((s) => s.service === 'vigil-api');
    assert.ok(api, `the scraped job is listed: ${JSON.stringify(res.data!.cluster.services)}`);
    assert.ok(api.requestsPerSecond > 1, `rate from Prometheus: ${api.requestsPerSecond}`);
    assert.ok(api.errorRate > 0.2 && api.errorRate < 0.8, `about half the operations fail: ${api.errorRate}`);
    assert.ok(api.p95LatencyMs !== null && api.p95LatencyMs > 0);
    assert.ok(api.memoryMb > 10);
  });

  it('a Prometheus that does not answer gives a typed UNAVAILABLE error naming PROMETHEUS_URL', async () => {
    const dead = await startTestApp({ PROMETHEUS_URL: `http://127.0.0.1:${await freePort()}` });
    try {
      const res = await dead.gql('{ cluster { source } }');
      assert.equal(res.errors?.[0]?.extensions?.code, 'UNAVAILABLE');
      assert.match(res.errors?.[0]?.message ?? '', /PROMETHEUS_URL/);
    } finally {
      await dead.close();
    }
  });
});
