import type { StoredRecord } from './record-store.js';

export type JobState = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface JobRecord extends StoredRecord {
  type: string;
  payload: unknown;
  state: JobState;
  attempts: number;
  progress: unknown;
  result: unknown;
  error: string | null;
  startedAt: string | null;
  finishedAt: string | null;
}

/** What a job handler receives; it runs off the event loop that serves GraphQL. */
export interface JobContext {
  jobId: string;
  /** Aborted when the job is cancelled or the service stops. */
  signal: AbortSignal;
  /** Serialisable options the composition root gave the queue (e.g. the artifact directory). */
  options: Record<string, unknown>;
  reportProgress(progress: unknown): void;
  /** The attempt number, from 1; above 1 a handler resumes from its last checkpoint. */
  attempt: number;
}

/** A handler module's default export. */
export type JobHandler = (payload: unknown, context: JobContext) => Promise<unknown>;

export interface JobEvent {
  jobId: string;
  type: string;
  state: JobState;
  progress: unknown;
  error: string | null;
}

export interface JobQueue {
  enqueue(type: string, payload: unknown): Promise<JobRecord>;
  get(id: string): Promise<JobRecord | null>;
  /** A queued job is dropped, a running one is asked to stop. */
  cancel(id: string): Promise<JobRecord>;
  /** Jobs waiting or running. */
  depth(): Promise<number>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
