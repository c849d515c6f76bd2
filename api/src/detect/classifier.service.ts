import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Family, FlowRecord, Task } from '@vigil/ml/classify';
import { ErrorCode, VigilError, badInput, notFound } from '@vigil/ml/errors';
import type { Principal } from '../auth/roles.js';
import type { Config } from '../config/config.js';
import type { Logger } from '../logging/logger.js';
import type { ArtifactStore } from '../ports/artifact-store.js';
import type { JobEvent, JobQueue, JobRecord, JobState } from '../ports/job-queue.js';
import { topics, type PubSub } from '../ports/pubsub.js';
import type { RecordStore } from '../ports/record-store.js';
import type { SearchIndex } from '../ports/search-index.js';
import type { AlertRecord } from './alert-record.js';
import { AlertService } from './alert.service.js';
import { TechniqueCatalog } from './attack-techniques.js';
import { Detector, loadModel, type Classification } from './detector.js';
import { checkFlowRecord, recordFields, type FieldProblem } from './flow-record.js';
import type { ModelRecord } from './model-record.js';
import { syntheticKey, type TrainConfig, type TrainingData, type TrainPayload, type TrainProgress, type TrainResult } from './training.types.js';

export const TRAIN_JOB = 'train-classifier';

export interface TrainRequest {
  family: Family;
  task: Task;
  trainingData: TrainingData;
  trainPath?: string | null;
  testPath?: string | null;
  diffusionRunId?: string | null;
  augmentCounts?: Record<string, number> | null;
  config?: Partial<TrainConfig> | null;
}

/** One event of `classifierProgress`. */
export interface ClassifierProgressEvent {
  modelId: string;
  jobId: string;
  state: JobState;
  phase: TrainProgress['phase'] | null;
  step: number | null;
  total: number | null;
  loss: number | null;
  message: string | null;
  error: string | null;
}

export interface RecordProblem extends FieldProblem {
  /** 0-based index of the record in the request (or line number for NDJSON). */
  record: number;
}

export interface ClassifiedRecord extends Classification {
  alert: AlertRecord | null;
}

const TERMINAL = new Set<JobState>(['succeeded', 'failed', 'cancelled']);

type Deps = {
  config: Config;
  logger: Logger;
  store: RecordStore;
  search: SearchIndex;
  pubsub: PubSub;
  jobs: JobQueue;
  artifacts: ArtifactStore;
};

/**
 * Detect: the classifier registry (training jobs, versions, promotion) and detection with the promoted models,
 * which stay loaded in memory. Alerts are raised through the AlertService.
 */
export class DetectService {
  readonly alerts: AlertService;
  private detector = new Detector(null, null);
  private readonly stop = new AbortController();
  private readonly finalizing = new Map<string, Promise<void>>();

  constructor(private readonly deps: Deps) {
    this.alerts = new AlertService(deps.store, deps.pubsub, new TechniqueCatalog(deps.search, deps.store));
  }

  /** Loads the promoted models and picks up training that was under way before a restart. */
  async start(): Promise<void> {
    await this.reload();
    void this.listen(topics.jobs, (event: JobEvent) => {
      if (event.type === TRAIN_JOB && TERMINAL.has(event.state)) void this.finalize(event.jobId);
    });
    void this.listen(topics.classifierPromotions, () => void this.reload().catch((error: unknown) => this.deps.logger.error({ err: error }, 'reloading promoted classifiers failed')));
    const training = await this.deps.store.find<ModelRecord>('models', { where: { kind: 'classifier', status: 'training' }, limit: 1000 });
    for (const model of training.items) {
      const job = await this.deps.jobs.get(model.jobId);
      if (!job || TERMINAL.has(job.state)) await this.finalize(model.jobId);
      else this.forwardProgress(model.id, model.jobId);
    }
  }

  close(): void {
    this.stop.abort();
  }

  // ---- registry ----

  async train(request: TrainRequest, principal: Principal): Promise<ModelRecord> {
    const { nslKddDir, dataDir } = { nslKddDir: this.deps.config.detect.nslKddDir, dataDir: this.deps.config.store.dataDir };
    const config: TrainConfig = {
      seed: 1,
      noveltyFolds: 3,
      threshold: null,
      classWeighting: request.task === 'multiclass' ? 'sqrt' : 'none',
      options: {},
      ...Object.fromEntries(Object.entries(request.config ?? {}).filter(([, v]) => v !== undefined && v !== null)),
    };
    checkConfig(config);
    const needsReal = request.trainingData !== 'synthetic';
    const trainPath = needsReal ? this.dataPath(request.trainPath ?? 'KDDTrain+.txt', 'trainPath', [nslKddDir, dataDir]) : null;
    const testPaths = request.testPath
      ? [{ name: path.basename(request.testPath), path: this.dataPath(request.testPath, 'testPath', [nslKddDir, dataDir]) }]
      : ['KDDTest+.txt', 'KDDTest-21.txt']
          .map((f) => ({ name: f.replace(/\.txt$/, ''), path: path.join(nslKddDir, f) }))
          .filter((t) => existsSync(t.path));
    const runId = request.diffusionRunId ?? null;
    if (request.trainingData !== 'real') {
      if (!runId) throw badInput(`diffusionRunId is required for ${request.trainingData.toUpperCase()} training`, { field: 'diffusionRunId' });
      if (!(await this.deps.artifacts.exists(syntheticKey(runId)))) throw notFound('diffusion run with synthetic data', runId);
    } else if (runId) {
      throw badInput('diffusionRunId only applies to SYNTHETIC or AUGMENTED training', { field: 'diffusionRunId' });
    }
    if (request.trainingData === 'augmented') {
      const counts = request.augmentCounts ?? {};
      if (Object.keys(counts).length === 0) throw badInput('augmentCounts is required for AUGMENTED training, e.g. { "R2L": 2000, "U2R": 500 }', { field: 'augmentCounts' });
      for (const [c, n] of Object.entries(counts)) {
        if (!Number.isInteger(n) || n < 0) throw badInput(`augmentCounts.${c} must be a non-negative whole number`, { field: `augmentCounts.${c}` });
      }
    } else if (request.augmentCounts && Object.keys(request.augmentCounts).length > 0) {
      throw badInput('augmentCounts only applies to AUGMENTED training', { field: 'augmentCounts' });
    }
    const modelId = randomUUID();
    const payload: TrainPayload = {
      modelId,
      family: request.family,
      task: request.task,
      trainingData: request.trainingData,
      trainPath,
      testPaths,
      diffusionRunId: runId,
      augmentCounts: request.trainingData === 'augmented' ? request.augmentCounts ?? null : null,
      config,
    };
    // The record exists before the job, so a fast job always finds it.
    const jobId = randomUUID();
    await this.deps.store.insert<ModelRecord>('models', {
      id: modelId,
      kind: 'classifier',
      family: request.family,
      task: request.task,
      trainingData: request.trainingData,
      status: 'training',
      jobId,
      classes: [],
      features: null,
      threshold: null,
      validation: null,
      metrics: [],
      config,
      trainPath,
      lineage: { datasetSha256: null, syntheticSha256: null, diffusionRunId: runId, augmentCounts: payload.augmentCounts, trainRows: 0 },
      promoted: false,
      promotedBy: null,
      promotedAt: null,
      fitMs: null,
      error: null,
      createdBy: principal.name,
    });
    let job: JobRecord;
    try {
      job = await this.deps.jobs.enqueue(TRAIN_JOB, payload);
    } catch (error) {
      await this.deps.store.delete('models', modelId);
      throw error;
    }
    const record = await this.deps.store.update<ModelRecord>('models', modelId, { jobId: job.id });
    this.forwardProgress(modelId, job.id);
    // The job may have ended before the forwarder subscribed.
    const now = await this.deps.jobs.get(job.id);
    if (now && TERMINAL.has(now.state)) void this.finalize(job.id);
    return record;
  }

  async list(filter: { task?: Task | null; promoted?: boolean | null } = {}): Promise<ModelRecord[]> {
    const where: Record<string, string | boolean> = { kind: 'classifier' };
    if (filter.task) where.task = filter.task;
    if (filter.promoted !== undefined && filter.promoted !== null) where.promoted = filter.promoted;
    const out: ModelRecord[] = [];
    let after: string | undefined;
    do {
      const page = await this.deps.store.find<ModelRecord>('models', { where, order: 'desc', limit: 500, ...(after ? { after } : {}) });
      out.push(...page.items);
      after = page.nextCursor ?? undefined;
    } while (after);
    return out;
  }

  async get(id: string): Promise<ModelRecord> {
    const model = await this.deps.store.get<ModelRecord>('models', id);
    if (!model || model.kind !== 'classifier') throw notFound('classifier', id);
    return model;
  }

  /** Makes `id` the one promoted model of its task; detection switches to it at once. */
  async promote(id: string, principal: Principal): Promise<ModelRecord> {
    const model = await this.get(id);
    if (model.status !== 'ready') {
      throw new VigilError(ErrorCode.CONFLICT, `classifier '${id}' is ${model.status}; only a trained (ready) model can be promoted`, { id, status: model.status });
    }
    // Load first: a model whose files are unreadable is never promoted.
    await loadModel(this.deps.artifacts, model);
    const current = await this.deps.store.find<ModelRecord>('models', { where: { kind: 'classifier', task: model.task, promoted: true }, limit: 1000 });
    for (const other of current.items) if (other.id !== id) await this.deps.store.update<ModelRecord>('models', other.id, { promoted: false });
    const promoted = await this.deps.store.update<ModelRecord>('models', id, { promoted: true, promotedBy: principal.name, promotedAt: new Date().toISOString() });
    await this.reload();
    await this.deps.pubsub.publish(topics.classifierPromotions, { id, task: model.task });
    return promoted;
  }

  /** A model by its id or by its training job's id. */
  async resolveModel(id: string): Promise<ModelRecord> {
    const model = await this.deps.store.get<ModelRecord>('models', id);
    if (model?.kind === 'classifier') return model;
    const byJob = await this.deps.store.find<ModelRecord>('models', { where: { kind: 'classifier', jobId: id }, limit: 1 });
    if (!byJob.items[0]) throw notFound('classifier or training job', id);
    return byJob.items[0];
  }

  /** The current state first (so a late subscriber is never left waiting), then each event until the job ends. */
  async *progress(id: string, signal?: AbortSignal): AsyncGenerator<ClassifierProgressEvent> {
    const model = await this.resolveModel(id);
    const events = this.deps.pubsub.subscribe<ClassifierProgressEvent>(topics.classifier(model.id), signal);
    const fresh = await this.get(model.id);
    const job = await this.deps.jobs.get(fresh.jobId);
    const state: JobState = fresh.status === 'ready' ? 'succeeded' : fresh.status === 'training' ? (job?.state === 'queued' ? 'queued' : 'running') : fresh.status === 'failed' ? 'failed' : 'cancelled';
    const last = (job?.progress ?? null) as TrainProgress | null;
    yield { modelId: fresh.id, jobId: fresh.jobId, state, ...progressFields(last), error: fresh.error };
    if (fresh.status !== 'training') return;
    try {
      for await (const event of events) {
        yield event;
        if (TERMINAL.has(event.state)) return;
      }
    } finally {
      await events.return?.();
    }
  }

  // ---- detection ----

  get detectorReady(): boolean {
    return this.detector.ready;
  }

  /** Per-record checks; problems carry the record index and field. */
  validate(inputs: readonly unknown[]): { records: FlowRecord[]; problems: RecordProblem[] } {
    const records: FlowRecord[] = [];
    const problems: RecordProblem[] = [];
    inputs.forEach((input, i) => {
      const checked = checkFlowRecord(input);
      if ('problem' in checked) problems.push({ record: i, ...checked.problem });
      else records.push(checked.record);
    });
    return { records, problems };
  }

  /** Classifies valid records with the promoted models and raises an alert for each attack. */
  async classify(records: readonly FlowRecord[], options: { source: AlertRecord['source']; contributions?: number }): Promise<ClassifiedRecord[]> {
    const detector = this.detector;
    const decider = detector.decider;
    const results = detector.classify(records, options.contributions ? { contributions: options.contributions } : {});
    const attacks = results.flatMap((r, i) => (r.attack ? [i] : []));
    const alerts = await this.alerts.raise(
      attacks.map((i) => ({
        category: results[i]!.category!,
        pAttack: results[i]!.pAttack,
        record: recordFields(records[i]!),
        modelId: decider.id,
        categoryModelId: detector.multiclass?.id ?? null,
        threshold: decider.threshold,
      })),
      options.source,
    );
    const byRow = new Map(attacks.map((row, j) => [row, alerts[j]!]));
    return results.map((r, i) => ({ ...r, alert: byRow.get(i) ?? null }));
  }

  // ---- internals ----

  private dataPath(given: string, field: string, roots: string[]): string {
    const resolved = path.resolve(roots[0]!, given);
    const inside = roots.some((root) => {
      const rel = path.relative(path.resolve(root), resolved);
      return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
    });
    if (!inside) throw badInput(`${field} must be a file under VIGIL_NSL_KDD_DIR (${roots[0]}) or VIGIL_DATA_DIR`, { field });
    if (!existsSync(resolved)) throw badInput(`${field}: no file at '${resolved}' (set VIGIL_NSL_KDD_DIR or give the file's path)`, { field });
    return resolved;
  }

  private async reload(): Promise<void> {
    const promoted = await this.deps.store.find<ModelRecord>('models', { where: { kind: 'classifier', promoted: true }, limit: 1000 });
    const of = (task: Task) => promoted.items.filter((m) => m.task === task).sort((a, b) => (b.promotedAt ?? '').localeCompare(a.promotedAt ?? ''))[0];
    const [binary, multiclass] = await Promise.all(
      (['binary', 'multiclass'] as const).map(async (task) => {
        const record = of(task);
        if (!record) return null;
        const current = task === 'binary' ? this.detector.binary : this.detector.multiclass;
        if (current?.id === record.id) return current;
        return loadModel(this.deps.artifacts, record);
      }),
    );
    this.detector = new Detector(binary ?? null, multiclass ?? null);
  }

  private listen<T>(topic: string, handle: (event: T) => void): Promise<void> {
    return (async () => {
      for await (const event of this.deps.pubsub.subscribe<T>(topic, this.stop.signal)) handle(event);
    })().catch((error: unknown) => {
      if (!this.stop.signal.aborted) this.deps.logger.error({ err: error, topic }, 'detect listener stopped');
    });
  }

  /** Job progress → the model's progress topic, until the job ends (the end is published by finalize). */
  private forwardProgress(modelId: string, jobId: string): void {
    void (async () => {
      for await (const event of this.deps.pubsub.subscribe<JobEvent>(topics.job(jobId), this.stop.signal)) {
        if (TERMINAL.has(event.state)) return;
        const p = (event.progress ?? null) as TrainProgress | null;
        await this.deps.pubsub.publish<ClassifierProgressEvent>(topics.classifier(modelId), { modelId, jobId, state: event.state, ...progressFields(p), error: null });
      }
    })().catch((error: unknown) => {
      if (!this.stop.signal.aborted) this.deps.logger.error({ err: error, jobId }, 'classifier progress forwarding stopped');
    });
  }

  /** Records a finished training job in its model record (once), then publishes the final progress event. */
  private finalize(jobId: string): Promise<void> {
    const running = this.finalizing.get(jobId);
    if (running) return running;
    const work = (async () => {
      const found = await this.deps.store.find<ModelRecord>('models', { where: { kind: 'classifier', jobId }, limit: 1 });
      const model = found.items[0];
      if (!model || model.status !== 'training') return;
      const job = await this.deps.jobs.get(jobId);
      if (!job || !TERMINAL.has(job.state)) return;
      let updated: ModelRecord;
      if (job.state === 'succeeded') {
        const r = job.result as TrainResult;
        updated = await this.deps.store.update<ModelRecord>('models', model.id, {
          status: 'ready',
          classes: r.classes,
          features: r.features,
          threshold: r.threshold,
          validation: r.validation,
          metrics: r.metrics,
          lineage: r.lineage,
          fitMs: r.fitMs,
        });
      } else {
        updated = await this.deps.store.update<ModelRecord>('models', model.id, { status: job.state === 'failed' ? 'failed' : 'cancelled', error: job.error });
      }
      await this.deps.pubsub.publish<ClassifierProgressEvent>(topics.classifier(model.id), {
        modelId: model.id,
        jobId,
        state: job.state,
        ...progressFields((job.progress ?? null) as TrainProgress | null),
        error: updated.error,
      });
    })()
      .catch((error: unknown) => this.deps.logger.error({ err: error, jobId }, 'recording a finished training job failed'))
      .finally(() => this.finalizing.delete(jobId));
    this.finalizing.set(jobId, work);
    return work;
  }
}

function progressFields(p: TrainProgress | null): Pick<ClassifierProgressEvent, 'phase' | 'step' | 'total' | 'loss' | 'message'> {
  return { phase: p?.phase ?? null, step: p?.step ?? null, total: p?.total ?? null, loss: p?.loss ?? null, message: p?.message ?? null };
}

function checkConfig(c: TrainConfig): void {
  if (!Number.isInteger(c.seed)) throw badInput('config.seed must be a whole number', { field: 'config.seed' });
  if (!Number.isInteger(c.noveltyFolds) || c.noveltyFolds < 0 || c.noveltyFolds === 1 || c.noveltyFolds > 10) {
    throw badInput('config.noveltyFolds must be 0 (no validation) or 2 to 10', { field: 'config.noveltyFolds' });
  }
  if (c.threshold !== null && !(c.threshold > 0 && c.threshold < 1)) throw badInput('config.threshold must be between 0 and 1', { field: 'config.threshold' });
  if (!['none', 'sqrt', 'balanced'].includes(c.classWeighting)) throw badInput("config.classWeighting must be 'none', 'sqrt' or 'balanced'", { field: 'config.classWeighting' });
  if (typeof c.options !== 'object' || c.options === null || Array.isArray(c.options)) throw badInput('config.options must be an object', { field: 'config.options' });
}
