import type { MetricsWindow } from '../metrics/window.js';
import type { ClusterLoad, ClusterSource } from './cluster-source.js';

/** The embedded default: one service, this process, from its own counters. */
export class SelfClusterSource implements ClusterSource {
  constructor(private readonly window: MetricsWindow) {}

  async load(): Promise<ClusterLoad> {
    const w = await this.window.figures();
    return {
      source: 'self',
      windowSeconds: w.windowSeconds,
      services: [
        { service: 'api', requestsPerSecond: w.requestsPerSecond, p95LatencyMs: w.p95LatencyMs, errorRate: w.errorRate, cpuPercent: w.cpuPercent, memoryMb: w.memoryMb },
      ],
    };
  }
}
