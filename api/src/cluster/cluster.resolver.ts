import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { ClusterMetrics } from './cluster.type.js';

@Resolver()
export class ClusterResolver {
  @Query(() => ClusterMetrics, { description: 'Request rate, p95 latency, error rate, CPU and memory per service, and queue depth.' })
  async cluster(@Ctx() { services }: Context): Promise<ClusterMetrics> {
    const [load, queueDepth] = await Promise.all([services.cluster.load(), services.jobs.depth()]);
    return { ...load, queueDepth };
  }
}
