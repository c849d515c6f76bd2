/** One service's load over the last minute. */
export interface ServiceLoad {
  service: string;
  requestsPerSecond: number;
  p95LatencyMs: number | null;
  errorRate: number;
  cpuPercent: number;
  memoryMb: number;
}

export interface ClusterLoad {
  source: 'self' | 'prometheus';
  windowSeconds: number;
  services: ServiceLoad[];
}

/** Where cluster figures come from: this process's counters, or Prometheus when it is configured. */
export interface ClusterSource {
  load(): Promise<ClusterLoad>;
}
