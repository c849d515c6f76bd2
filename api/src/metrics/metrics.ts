import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { MetricsWindow } from './window.js';

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Operation names are chosen by clients; past this many distinct ones, new names count as "other". */
const MAX_OPERATION_LABELS = 200;

export interface Metrics {
  registry: Registry;
  operations: Counter<'operation' | 'type'>;
  errors: Counter<'operation' | 'code'>;
  duration: Histogram<'operation' | 'type'>;
  /** Rates and latency over the last minute, from the counters above. */
  window: MetricsWindow;
  /** A bounded, safe label for a client-supplied operation name. */
  operationLabel(name: string | null | undefined): string;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'vigil_' });
  const seen = new Set<string>();
  const operations = new Counter({
    name: 'vigil_graphql_operations_total',
    help: 'GraphQL operations handled, by operation name and type',
    labelNames: ['operation', 'type'],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'vigil_graphql_errors_total',
    help: 'GraphQL errors returned, by operation name and error code',
    labelNames: ['operation', 'code'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'vigil_graphql_operation_duration_seconds',
    help: 'GraphQL operation latency, by operation name and type',
    labelNames: ['operation', 'type'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return {
    registry,
    operations,
    errors,
    duration,
    window: new MetricsWindow(operations, errors, duration),
    operationLabel(name) {
      if (!name) return 'anonymous';
      if (!OPERATION_NAME.test(name)) return 'invalid';
      if (seen.has(name)) return name;
      if (seen.size >= MAX_OPERATION_LABELS) return 'other';
      seen.add(name);
      return name;
    },
  };
}
