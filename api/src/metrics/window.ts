import type { Histogram, Counter } from 'prom-client';

interface Snapshot {
  at: number;
  operations: number;
  errors: number;
  /** Cumulative count per upper bound (seconds), summed over operations. */
  buckets: Map<number, number>;
  cpuMicros: number;
}

export interface WindowFigures {
  windowSeconds: number;
  requestsPerSecond: number;
  errorRate: number;
  p95LatencyMs: number | null;
  cpuPercent: number;
  memoryMb: number;
}

/**
 * Keeps snapshots of the service's own counters so rates and a windowed p95 can be read without Prometheus.
 * One snapshot every `everyMs`, `keep` of them.
 */
export class MetricsWindow {
  private readonly snapshots: Snapshot[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly operations: Counter<string>,
    private readonly errors: Counter<string>,
    private readonly duration: Histogram<string>,
    private readonly everyMs = 5000,
    private readonly keep = 13,
  ) {}

  start(): void {
    if (this.timer) return;
    void this.take();
    this.timer = setInterval(() => void this.take(), this.everyMs).unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Figures from the oldest kept snapshot to now. */
  async figures(): Promise<WindowFigures> {
    const now = await this.snapshot();
    const then = this.snapshots[0] ?? now;
    const seconds = Math.max((now.at - then.at) / 1000, 1e-3);
    const operations = now.operations - then.operations;
    const errors = now.errors - then.errors;
    return {
      windowSeconds: then === now ? 0 : seconds,
      requestsPerSecond: then === now ? 0 : operations / seconds,
      errorRate: operations > 0 ? errors / operations : 0,
      p95LatencyMs: quantileMs(then.buckets, now.buckets, 0.95),
      cpuPercent: then === now ? 0 : ((now.cpuMicros - then.cpuMicros) / 1e6 / seconds) * 100,
      memoryMb: process.memoryUsage().rss / 2 ** 20,
    };
  }

  private async take(): Promise<void> {
    this.snapshots.push(await this.snapshot());
    if (this.snapshots.length > this.keep) this.snapshots.shift();
  }

  private async snapshot(): Promise<Snapshot> {
    const [ops, errs, hist] = await Promise.all([this.operations.get(), this.errors.get(), this.duration.get()]);
    const buckets = new Map<number, number>();
    for (const v of hist.values) {
      if (v.metricName?.endsWith('_bucket') && v.labels.le !== undefined && v.labels.le !== '+Inf') {
        const le = Number(v.labels.le);
        buckets.set(le, (buckets.get(le) ?? 0) + v.value);
      }
    }
    const cpu = process.cpuUsage();
    return {
      at: Date.now(),
      operations: ops.values.reduce((s, v) => s + v.value, 0),
      errors: errs.values.reduce((s, v) => s + v.value, 0),
      buckets,
      cpuMicros: cpu.user + cpu.system,
    };
  }
}

/** The q-quantile of the observations between two cumulative-bucket snapshots, interpolated within its bucket. */
export function quantileMs(before: Map<number, number>, after: Map<number, number>, q: number): number | null {
  const bounds = [...after.keys()].sort((a, b) => a - b);
  const counts = bounds.map((le) => (after.get(le) ?? 0) - (before.get(le) ?? 0));
  const total = counts.at(-1) ?? 0;
  if (total <= 0) return null;
  const target = q * total;
  let lower = 0;
  let below = 0;
  for (let i = 0; i < bounds.length; i++) {
    if (counts[i]! >= target) {
      const inBucket = counts[i]! - below;
      const fraction = inBucket > 0 ? (target - below) / inBucket : 1;
      return (lower + (bounds[i]! - lower) * fraction) * 1000;
    }
    lower = bounds[i]!;
    below = counts[i]!;
  }
  return bounds.at(-1)! * 1000;
}
