import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { ClusterMetrics } from './cluster.type.js';

@Resolver()
export class ClusterResolver {
  @Query(() => ClusterMetrics, { description: 'Request rate, p95 latency, error rate, CPU and memory per service, and queue depth.' })
  async cluster(@Ctx() { services }: Context): Promise<ClusterMetrics> {
    const [window, queueDepth] = await Promise.all([services.metrics.window.figures(), services.jobs.depth()]);
    return {
      source: 'self',
      windowSeconds: window.windowSeconds,
      queueDepth,
      services: [
        {
          service: 'api',
          requestsPerSecond: window.requestsPerSecond,
          p95LatencyMs: window.p95LatencyMs,
          errorRate: window.errorRate,
          cpuPercent: window.cpuPercent,
          memoryMb: window.memoryMb,
        },
      ],
    };
  }
}
