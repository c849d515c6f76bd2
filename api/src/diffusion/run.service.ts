// The main thread's side of Generate: creates runs, queues their training jobs, follows the jobs' events into
// the run records (status, loss curve, lr, ETA, durations) and republishes them as run progress.
import { randomUUID } from 'node:crypto';
import { decimalsOf, resolveConfig, type DiffusionConfig } from '@vigil/ml/diffusion';
import { badInput, notFound } from '@vigil/ml/errors';
import type { SyntheticEvaluation } from '@vigil/ml/quality';
import type { CleaningOptions } from '@vigil/ml/tables';
import type { Logger } from '../logging/logger.js';
import type { ArtifactStore } from '../ports/artifact-store.js';
import type { JobEvent, JobQueue } from '../ports/job-queue.js';
import { topics, type PubSub } from '../ports/pubsub.js';
import type { RecordStore } from '../ports/record-store.js';
import type { EvaluateTaskInput } from './evaluate.task.js';
import type { InspectResult } from './inspect.task.js';
import {
  artifactKeys,
  type DatasetSpec,
  type LossPoint,
  type ReportRecord,
  type RunRecord,
  type RunStatus,
  type TrainPayload,
  type TrainProgress,
  type TrainResultPayload,
} from './run.record.js';
import type { SampleTaskInput, SampleTaskResult } from './sample.task.js';
import { runTask } from './worker-task.js';

export const TRAIN_JOB = 'diffusion.train';
export const MAX_SAMPLE_ROWS = 500_000;
const FLUSH_EVERY_MS = 1000;
const task = (name: string) => new URL(`./${name}.task.js`, import.meta.url);

export interface StartRunRequest {
  source: DatasetSpec;
  cleaning: CleaningOptions;
  config: Partial<DiffusionConfig>;
  sampleRows: number | null;
  holdoutFraction: number;
  checkpointEvery: number;
}

export interface RunProgressEvent {
  runId: string;
  status: RunStatus;
  phase: string | null;
  step: number;
  totalSteps: number;
  loss: number | null;
  lr: number | null;
  etaSeconds: number | null;
  rowsDone: number | null;
  rowsTotal: number | null;
}

export interface SampleResult extends SampleTaskResult {
  id: string;
  runId: string;
  downloadPath: string;
}

interface Watch {
  record: RunRecord;
  dirty: Partial<RunRecord>;
  lastFlush: number;
}

export class RunService {
  private readonly watching = new Map<string, Watch>();
  private readonly stopping = new AbortController();
  private backendProbe: Promise<string> | undefined;

  constructor(
    private readonly deps: { store: RecordStore; jobs: JobQueue; pubsub: PubSub; artifacts: ArtifactStore; logger: Logger; artifactDir: string },
  ) {}

  /** Follows runs that were queued or running when the service last stopped (their jobs resume). */
  async start(): Promise<void> {
    void this.backend().then(
      (backend) => this.deps.logger.info({ backend }, 'ML backend'),
      (error: unknown) => this.deps.logger.error({ err: error }, `ML backend unavailable: ${(error as Error).message}`),
    );
    for (const status of ['queued', 'running'] as const) {
      const page = await this.deps.store.find<RunRecord>('runs', { where: { status }, limit: 1000 });
      for (const run of page.items) this.follow(run);
    }
  }

  /** The tfjs backend the ML workers use (probed once in a worker thread). */
  backend(): Promise<string> {
    this.backendProbe ??= runTask<string>(task('backend'), null).catch((error: unknown) => {
      this.backendProbe = undefined;
      throw error;
    });
    return this.backendProbe;
  }

  async startRun(request: StartRunRequest): Promise<RunRecord> {
    const config = resolveConfig(request.config);
    if (!(request.holdoutFraction >= 0 && request.holdoutFraction < 0.5)) throw badInput('holdoutFraction must be in [0, 0.5)', { field: 'holdoutFraction' });
    if (request.sampleRows !== null && !(Number.isInteger(request.sampleRows) && request.sampleRows >= 1 && request.sampleRows <= MAX_SAMPLE_ROWS)) {
      throw badInput(`sampleRows must be a whole number in 1..${MAX_SAMPLE_ROWS}`, { field: 'sampleRows' });
    }
    if (!(Number.isInteger(request.checkpointEvery) && request.checkpointEvery >= 1)) throw badInput('checkpointEvery must be a positive whole number', { field: 'checkpointEvery' });
    // Load and clean once in a worker before queueing: a bad file fails here, with its typed error and line.
    const inspected = await runTask<InspectResult>(task('inspect'), { source: request.source, cleaning: request.cleaning });
    const id = randomUUID();
    const payload: TrainPayload = {
      runId: id,
      source: request.source,
      cleaning: request.cleaning,
      config,
      sampleRows: request.sampleRows,
      holdoutFraction: request.holdoutFraction,
      checkpointEvery: request.checkpointEvery,
    };
    const record = await this.deps.store.insert<RunRecord>('runs', {
      id,
      status: 'queued',
      source: request.source,
      cleaningOptions: request.cleaning,
      config,
      sampleRows: request.sampleRows,
      holdoutFraction: request.holdoutFraction,
      checkpointEvery: request.checkpointEvery,
      jobId: '',
      jobIds: [],
      phase: null,
      backend: null,
      rows: inspected.rows,
      holdoutRows: null,
      columns: inspected.columns,
      discreteColumns: [],
      cleaning: inspected.cleaning,
      lossCurve: [],
      step: 0,
      loss: null,
      lr: null,
      etaSeconds: null,
      resumedFrom: null,
      syntheticRows: null,
      durations: { loadSeconds: null, trainSeconds: null, sampleSeconds: null, scoreSeconds: null, totalSeconds: null },
      error: null,
      startedAt: null,
      finishedAt: null,
    });
    return this.enqueue(record, payload);
  }

  private async enqueue(record: RunRecord, payload: TrainPayload): Promise<RunRecord> {
    const job = await this.deps.jobs.enqueue(TRAIN_JOB, payload);
    const updated = await this.deps.store.update<RunRecord>('runs', record.id, {
      jobId: job.id,
      jobIds: [...record.jobIds, job.id],
      status: 'queued',
      error: null,
      finishedAt: null,
    });
    this.follow(updated);
    return updated;
  }

  async get(id: string): Promise<RunRecord> {
    const watched = this.watching.get(id);
    if (watched) return { ...watched.record };
    const run = await this.deps.store.get<RunRecord>('runs', id);
    if (!run) throw notFound('run', id);
    return run;
  }

  async list(limit: number, after?: string): Promise<{ items: RunRecord[]; nextCursor: string | null }> {
    const page = await this.deps.store.find<RunRecord>('runs', { order: 'desc', limit, ...(after ? { after } : {}) });
    return { items: page.items.map((r) => (this.watching.has(r.id) ? { ...this.watching.get(r.id)!.record } : r)), nextCursor: page.nextCursor };
  }

  /** Stops a queued or running run; its last checkpoint stays, so `resume` continues from it. */
  async cancel(id: string): Promise<RunRecord> {
    const run = await this.get(id);
    if (run.status !== 'queued' && run.status !== 'running') throw badInput(`run '${id}' is ${run.status}; only a queued or running run can be cancelled`, { status: run.status });
    await this.deps.jobs.cancel(run.jobId);
    return this.get(id);
  }

  /** Queues a cancelled or failed run again; training continues from its last checkpoint. */
  async resume(id: string): Promise<RunRecord> {
    const run = await this.get(id);
    if (run.status !== 'cancelled' && run.status !== 'failed') throw badInput(`run '${id}' is ${run.status}; only a cancelled or failed run can be resumed`, { status: run.status });
    const payload: TrainPayload = {
      runId: run.id,
      source: run.source,
      cleaning: run.cleaningOptions,
      config: run.config,
      sampleRows: run.sampleRows,
      holdoutFraction: run.holdoutFraction,
      checkpointEvery: run.checkpointEvery,
    };
    return this.enqueue(run, payload);
  }

  async report(runId: string): Promise<SyntheticEvaluation | null> {
    await this.get(runId);
    const report = await this.deps.store.get<ReportRecord>('reports', runId);
    return report?.evaluation ?? null;
  }

  async sample(runId: string, rows: number, perClass: Record<string, number> | undefined, seed: number | undefined): Promise<SampleResult> {
    const run = await this.get(runId);
    if (run.status !== 'succeeded') throw badInput(`run '${runId}' is ${run.status}; sampling needs a succeeded run`, { status: run.status });
    const total = perClass ? Object.values(perClass).reduce((a, b) => a + b, 0) : rows;
    if (!(Number.isInteger(total) && total >= 1 && total <= MAX_SAMPLE_ROWS)) throw badInput(`rows must be a whole number in 1..${MAX_SAMPLE_ROWS}`, { field: 'rows' });
    const id = randomUUID();
    const input: SampleTaskInput = {
      artifactDir: this.deps.artifactDir,
      runId,
      sampleId: id,
      rows,
      ...(perClass ? { perClass } : {}),
      seed: seed ?? Math.floor(Math.random() * 2 ** 31),
      columns: run.columns,
      discreteColumns: run.discreteColumns ?? [],
      decimals: await this.decimals(run),
      previewRows: 20,
    };
    const result = await runTask<SampleTaskResult>(task('sample'), input);
    return { ...result, id, runId, downloadPath: `/runs/${runId}/samples/${id}.csv` };
  }

  /** Decimals per numeric column, read from the run's synthetic table (rounded like the real data). */
  private async decimals(run: RunRecord): Promise<Record<string, number>> {
    const bytes = await this.deps.artifacts.get(artifactKeys.synthetic(run.id));
    if (!bytes) return {};
    const lines = new TextDecoder().decode(bytes).split('\n', 2001);
    const names = lines[0]!.split(',');
    const out: Record<string, number> = {};
    names.forEach((name, c) => {
      const values = lines.slice(1).filter(Boolean).map((l) => Number(l.split(',')[c]));
      if (values.every((v) => Number.isFinite(v))) out[name] = decimalsOf(values);
    });
    return out;
  }

  evaluate(input: EvaluateTaskInput): Promise<SyntheticEvaluation> {
    return runTask<SyntheticEvaluation>(task('evaluate'), input);
  }

  async close(): Promise<void> {
    this.stopping.abort();
    await Promise.all([...this.watching.keys()].map((id) => this.flush(id)));
  }

  private follow(run: RunRecord): void {
    if (!run.jobId) return;
    const watch: Watch = { record: { ...run }, dirty: {}, lastFlush: 0 };
    this.watching.set(run.id, watch);
    const events = this.deps.pubsub.subscribe<JobEvent>(topics.job(run.jobId), this.stopping.signal);
    void (async () => {
      // Reconcile with the job's state, in case events passed before the subscription.
      const job = await this.deps.jobs.get(run.jobId);
      if (job) await this.onEvent(run.id, { jobId: job.id, type: job.type, state: job.state, progress: null, error: job.error });
      if (job && isTerminal(job.state)) return;
      for await (const event of events) {
        await this.onEvent(run.id, event);
        if (isTerminal(event.state)) break;
      }
    })()
      .catch((error: unknown) => this.deps.logger.error({ err: error, runId: run.id }, 'following a run failed'))
      .finally(() => {
        void events.return?.();
        if (this.watching.get(run.id) === watch) this.watching.delete(run.id);
      });
  }

  private async onEvent(runId: string, event: JobEvent): Promise<void> {
    const watch = this.watching.get(runId);
    if (!watch || watch.record.jobId !== event.jobId) return;
    const set = (changes: Partial<RunRecord>) => {
      Object.assign(watch.record, changes);
      Object.assign(watch.dirty, changes);
    };
    const progress = event.progress as TrainProgress | null;
    if (event.state === 'running' && watch.record.status !== 'running') set({ status: 'running', startedAt: watch.record.startedAt ?? new Date().toISOString() });
    if (event.state === 'queued' && watch.record.status !== 'queued') set({ status: 'queued' });
    let rows: { done: number | null; total: number | null } = { done: null, total: null };
    if (progress && event.state === 'running') {
      switch (progress.kind) {
        case 'prepared':
          set({
            backend: progress.backend,
            rows: progress.rows,
            holdoutRows: progress.holdoutRows,
            columns: progress.columns,
            discreteColumns: progress.discreteColumns,
            cleaning: progress.cleaning,
            phase: 'training',
            durations: { ...watch.record.durations, loadSeconds: progress.loadSeconds },
          });
          break;
        case 'step': {
          const point: LossPoint = { step: progress.step, loss: progress.loss, lr: progress.lr };
          // A resumed run replays nothing: drop points past the checkpoint it restarted from.
          const curve = watch.record.lossCurve.filter((p) => p.step < progress.step);
          curve.push(point);
          set({ lossCurve: curve, step: progress.step, loss: progress.loss, lr: progress.lr, etaSeconds: progress.etaSeconds, phase: 'training' });
          break;
        }
        case 'phase':
          set({ phase: progress.phase, etaSeconds: null });
          rows = { done: progress.rowsDone ?? null, total: progress.rowsTotal ?? null };
          break;
      }
    }
    if (isTerminal(event.state)) await this.finish(watch, event, set);
    await this.publish(watch.record, rows);
    if (isTerminal(event.state) || Date.now() - watch.lastFlush >= FLUSH_EVERY_MS) await this.flush(runId);
  }

  private async finish(watch: Watch, event: JobEvent, set: (changes: Partial<RunRecord>) => void): Promise<void> {
    const finishedAt = new Date().toISOString();
    if (event.state === 'succeeded') {
      const job = await this.deps.jobs.get(event.jobId);
      const result = job?.result as TrainResultPayload | undefined;
      if (result) {
        await this.deps.store.put<ReportRecord>('reports', { id: watch.record.id, runId: watch.record.id, evaluation: result.evaluation });
        const d = watch.record.durations;
        set({
          syntheticRows: result.syntheticRows,
          resumedFrom: result.resumedFrom > 0 ? result.resumedFrom : null,
          step: result.steps,
          durations: {
            ...d,
            trainSeconds: result.trainSeconds,
            sampleSeconds: result.sampleSeconds,
            scoreSeconds: result.scoreSeconds,
            totalSeconds: (d.loadSeconds ?? 0) + result.trainSeconds + result.sampleSeconds + result.scoreSeconds,
          },
        });
      }
      set({ status: 'succeeded', phase: 'done', etaSeconds: 0, finishedAt });
    } else if (event.state === 'cancelled') {
      set({ status: 'cancelled', phase: null, etaSeconds: null, finishedAt });
    } else {
      set({ status: 'failed', phase: null, etaSeconds: null, error: event.error ?? 'failed', finishedAt });
    }
  }

  private async publish(run: RunRecord, rows: { done: number | null; total: number | null }): Promise<void> {
    const event: RunProgressEvent = {
      runId: run.id,
      status: run.status,
      phase: run.phase,
      step: run.step,
      totalSteps: run.config.steps,
      loss: run.loss,
      lr: run.lr,
      etaSeconds: run.etaSeconds,
      rowsDone: rows.done,
      rowsTotal: rows.total,
    };
    await this.deps.pubsub.publish(topics.run(run.id), event);
  }

  private async flush(runId: string): Promise<void> {
    const watch = this.watching.get(runId);
    if (!watch || Object.keys(watch.dirty).length === 0) return;
    const changes = watch.dirty;
    watch.dirty = {};
    watch.lastFlush = Date.now();
    await this.deps.store.update<RunRecord>('runs', runId, changes);
  }
}

const isTerminal = (state: string) => state === 'succeeded' || state === 'failed' || state === 'cancelled';

