import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { ErrorCode, VigilError, badInput, notFound } from '@vigil/ml/errors';
import type { Logger } from '../../logging/logger.js';
import type { JobEvent, JobQueue, JobRecord, JobState } from '../../ports/job-queue.js';
import { topics, type PubSub } from '../../ports/pubsub.js';
import type { RecordStore } from '../../ports/record-store.js';
import type { WorkerInput, WorkerMessage } from './job-worker.js';

export interface LocalJobQueueOptions {
  store: RecordStore;
  pubsub: PubSub;
  logger: Logger;
  /** Job type → URL of the module whose default export handles it. */
  handlers: Record<string, string>;
  concurrency: number;
  /** Passed to every handler (serialisable). */
  handlerOptions?: Record<string, unknown>;
  /** How long a cancelled job may take to stop before its thread is terminated. */
  cancelGraceMs?: number;
}

interface Running {
  worker: Worker;
  cancelRequested: boolean;
  shuttingDown: boolean;
  lastPersist: number;
  /** Worker messages are handled in order; the exit handler waits for them. */
  chain: Promise<void>;
  settled: boolean;
  /** Resolves once the job's exit has been recorded. */
  finished: Promise<void>;
}

const workerUrl = new URL('./job-worker.js', import.meta.url);
const PERSIST_PROGRESS_EVERY_MS = 500;

/**
 * The embedded job queue: jobs persist in the record store, run in worker threads, `concurrency` at a time.
 * A job that was running when the process stopped is queued again at the next start, as attempt n+1, and
 * its handler resumes from its last checkpoint.
 */
export class LocalJobQueue implements JobQueue {
  private readonly waiting: string[] = [];
  private readonly running = new Map<string, Running>();
  private closed = false;
  private started = false;

  constructor(private readonly options: LocalJobQueueOptions) {}

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    for (const state of ['running', 'queued'] as const) {
      let after: string | undefined;
      do {
        const page = await this.options.store.find<JobRecord>('jobs', { where: { state }, limit: 500, ...(after ? { after } : {}) });
        for (const job of page.items) {
          if (state === 'running') await this.options.store.update<JobRecord>('jobs', job.id, { state: 'queued' });
          this.waiting.push(job.id);
        }
        after = page.nextCursor ?? undefined;
      } while (after);
    }
    this.pump();
  }

  async enqueue(type: string, payload: unknown): Promise<JobRecord> {
    if (this.closed) throw new VigilError(ErrorCode.UNAVAILABLE, 'the job queue is shutting down');
    if (!this.options.handlers[type]) throw badInput(`unknown job type '${type}'`, { known: Object.keys(this.options.handlers) });
    const job = await this.options.store.insert<JobRecord>('jobs', {
      id: randomUUID(),
      type,
      payload,
      state: 'queued',
      attempts: 0,
      progress: null,
      result: null,
      error: null,
      startedAt: null,
      finishedAt: null,
    });
    this.waiting.push(job.id);
    await this.emit(job);
    this.pump();
    return job;
  }

  get(id: string): Promise<JobRecord | null> {
    return this.options.store.get<JobRecord>('jobs', id);
  }

  async cancel(id: string): Promise<JobRecord> {
    const job = await this.get(id);
    if (!job) throw notFound('job', id);
    const waitingAt = this.waiting.indexOf(id);
    if (waitingAt >= 0) {
      this.waiting.splice(waitingAt, 1);
      return this.finish(id, 'cancelled', { error: 'cancelled before it started' });
    }
    const running = this.running.get(id);
    if (running) {
      running.cancelRequested = true;
      running.worker.postMessage({ kind: 'cancel', reason: 'cancelled' });
      setTimeout(() => void running.worker.terminate(), this.options.cancelGraceMs ?? 5000).unref();
      return job;
    }
    return job;
  }

  async depth(): Promise<number> {
    return this.waiting.length + this.running.size;
  }

  async ping(): Promise<void> {
    if (this.closed) throw new Error('job queue is closed');
  }

  /** Stops taking jobs; running ones are asked to stop and will resume at the next start. */
  async close(graceMs = 5000): Promise<void> {
    this.closed = true;
    const exits = [...this.running.values()].map((r) => {
      r.shuttingDown = true;
      r.worker.postMessage({ kind: 'cancel', reason: 'shutdown' });
      setTimeout(() => void r.worker.terminate(), graceMs).unref();
      return r.finished;
    });
    await Promise.all(exits);
  }

  private pump(): void {
    while (!this.closed && this.started && this.running.size < this.options.concurrency && this.waiting.length > 0) {
      const id = this.waiting.shift()!;
      void this.run(id).catch((error: unknown) => this.options.logger.error({ err: error, jobId: id }, 'job bookkeeping failed'));
    }
  }

  private async run(id: string): Promise<void> {
    const job = await this.get(id);
    if (!job || job.state !== 'queued') return this.pump();
    const attempt = job.attempts + 1;
    const input: WorkerInput = {
      moduleUrl: this.options.handlers[job.type]!,
      jobId: id,
      payload: job.payload,
      attempt,
      options: this.options.handlerOptions ?? {},
    };
    const worker = new Worker(workerUrl, { workerData: input });
    let recorded!: () => void;
    const finished = new Promise<void>((resolve) => (recorded = resolve));
    const running: Running = { worker, cancelRequested: false, shuttingDown: false, lastPersist: 0, chain: Promise.resolve(), settled: false, finished };
    this.running.set(id, running);
    await this.emit(
      await this.options.store.update<JobRecord>('jobs', id, { state: 'running', attempts: attempt, startedAt: new Date().toISOString(), error: null }),
    );
    const log = (error: unknown) => this.options.logger.error({ err: error, jobId: id }, 'job bookkeeping failed');
    worker.on('message', (message: WorkerMessage) => {
      running.chain = running.chain
        .then(() => this.onMessage(id, running, message))
        .then((final) => void (running.settled ||= final))
        .catch(log);
    });
    worker.on('error', (error) => this.options.logger.error({ err: error, jobId: id }, 'job worker crashed'));
    worker.on('exit', (code) => {
      this.running.delete(id);
      void (async () => {
        await running.chain;
        const settled = running.settled;
        if (running.shuttingDown) {
          if (!settled) await this.options.store.update<JobRecord>('jobs', id, { state: 'queued' });
        } else if (!settled) {
          const state: JobState = running.cancelRequested ? 'cancelled' : 'failed';
          await this.finish(id, state, { error: running.cancelRequested ? 'cancelled' : `the job's worker exited with code ${code}` });
        }
        this.pump();
      })()
        .catch(log)
        .finally(recorded);
    });
  }

  /** Returns true when the message settles the job. */
  private async onMessage(id: string, running: Running, message: WorkerMessage): Promise<boolean> {
    switch (message.kind) {
      case 'progress': {
        const now = Date.now();
        const event: JobEvent = { jobId: id, type: '', state: 'running', progress: message.progress, error: null };
        if (now - running.lastPersist >= PERSIST_PROGRESS_EVERY_MS) {
          running.lastPersist = now;
          const job = await this.options.store.update<JobRecord>('jobs', id, { progress: message.progress });
          event.type = job.type;
        }
        await this.options.pubsub.publish(topics.job(id), event);
        return false;
      }
      case 'result':
        if (running.shuttingDown) return false;
        await this.finish(id, 'succeeded', { result: message.result });
        return true;
      case 'error':
        if (running.shuttingDown) return false;
        if (message.cancelled || running.cancelRequested) await this.finish(id, 'cancelled', { error: 'cancelled' });
        else await this.finish(id, 'failed', { error: message.message });
        return true;
      default: {
        const unreachable: never = message;
        throw new Error(`unknown worker message ${JSON.stringify(unreachable)}`);
      }
    }
  }

  private async finish(id: string, state: JobState, changes: Partial<JobRecord>): Promise<JobRecord> {
    const job = await this.options.store.update<JobRecord>('jobs', id, { ...changes, state, finishedAt: new Date().toISOString() });
    await this.emit(job);
    return job;
  }

  private async emit(job: JobRecord): Promise<void> {
    const event: JobEvent = { jobId: job.id, type: job.type, state: job.state, progress: job.progress, error: job.error };
    await this.options.pubsub.publish(topics.job(job.id), event);
    await this.options.pubsub.publish(topics.jobs, event);
  }
}
