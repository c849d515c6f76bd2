import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "One service's load over the metrics window." })
export class ServiceMetrics {
  @Field()
  service!: string;

  @Field(() => Float)
  requestsPerSecond!: number;

  @Field(() => Float, { nullable: true, description: 'p95 GraphQL latency; null when no request ran in the window.' })
  p95LatencyMs!: number | null;

  @Field(() => Float, { description: 'Errors per operation, 0..1.' })
  errorRate!: number;

  @Field(() => Float, { description: 'CPU time as a percentage of one core.' })
  cpuPercent!: number;

  @Field(() => Float)
  memoryMb!: number;
}

@ObjectType({ description: 'Cluster load: from Prometheus when configured, otherwise from this service’s own metrics.' })
export class ClusterMetrics {
  @Field({ description: "'self' (this process's metrics) or 'prometheus'" })
  source!: string;

  @Field(() => Float, { description: 'Seconds the figures cover (0 right after start).' })
  windowSeconds!: number;

  @Field(() => [ServiceMetrics])
  services!: ServiceMetrics[];

  @Field(() => Int, { description: 'Jobs waiting or running.' })
  queueDepth!: number;
}
