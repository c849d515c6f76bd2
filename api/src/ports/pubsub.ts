/**
 * Topic-based publish/subscribe. In-process on the embedded default; Redis in the distributed mode, so any
 * replica reaches any subscriber. Payloads must be JSON-serialisable.
 */
export interface PubSub {
  publish<T>(topic: string, payload: T): Promise<void>;
  /** Ends when `signal` aborts or the consumer returns. */
  subscribe<T>(topic: string, signal?: AbortSignal): AsyncIterableIterator<T>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Topic names in one place, so publishers and subscribers cannot drift apart. */
export const topics = {
  audit: 'audit',
  job: (jobId: string) => `job:${jobId}`,
  jobs: 'jobs',
  run: (runId: string) => `run:${runId}`,
  /** Detect: alerts as they are raised; a classifier's training progress; promotions (replicas reload). */
  alerts: 'alerts',
  classifier: (modelId: string) => `classifier:${modelId}`,
  classifierPromotions: 'classifier-promotions',
  /** Document ingestion progress (Ask). */
  ingestion: 'ingestion',
} as const;
