// Training job: load + clean the table, train with checkpoints (resuming from the last one), save the model,
// sample, score. Runs in a worker thread (embedded) or an ml-worker; reports progress to the main thread.
import { sample, serializeModel, storedConfig, tableFromSampled, train, trainingTableFrom, disposeModel } from '@vigil/ml/diffusion';
import { evaluateSynthetic } from '@vigil/ml/quality';
import { formatDelimited } from '@vigil/ml/tables';
import { initBackend } from '@vigil/ml/tf';
import { DirectoryArtifactStore } from '../adapters/fs/artifact-store.js';
import type { JobContext } from '../ports/job-queue.js';
import { backToNumeric, discreteAsCategorical, roundLike } from '@vigil/ml/diffusion';
import { loadAndClean, splitHoldout } from './load-dataset.js';
import { artifactKeys, type TrainPayload, type TrainProgress, type TrainResultPayload } from './run.record.js';

export default async function runDiffusionTraining(payload: unknown, ctx: JobContext): Promise<TrainResultPayload> {
  const stored = payload as TrainPayload;
  // A job queued before an upgrade carries the config of its time; missing fields mean what they meant then.
  const p: TrainPayload = { ...stored, config: storedConfig(stored.config) };
  const report = (progress: TrainProgress) => ctx.reportProgress(progress);
  const artifacts = new DirectoryArtifactStore(String(ctx.options.artifactDir));
  const backend = await initBackend();
  const started = performance.now();
  const { table, report: cleaning } = await loadAndClean(p.source, p.cleaning);
  const { train: trainTable, holdout } = splitHoldout(table, p.holdoutFraction, p.config.seed);
  const discrete = discreteAsCategorical(trainTable);
  const checkpoint = await artifacts.get(artifactKeys.checkpoint(p.runId));
  report({
    kind: 'prepared',
    backend: backend.detail,
    rows: trainTable.rowCount,
    holdoutRows: holdout?.rowCount ?? 0,
    columns: table.names,
    discreteColumns: discrete.converted,
    cleaning,
    loadSeconds: (performance.now() - started) / 1000,
    resumedFrom: null,
  });

  const stop = () => ctx.signal.aborted;
  const result = await train(trainingTableFrom(discrete.table), p.config, {
    progressEvery: 1,
    onProgress: (step, loss, lr, etaSeconds) => report({ kind: 'step', step, totalSteps: p.config.steps, loss, lr, etaSeconds }),
    shouldStop: stop,
    checkpointEvery: p.checkpointEvery,
    saveCheckpoint: (bytes) => artifacts.put(artifactKeys.checkpoint(p.runId), bytes),
    loadCheckpoint: () => checkpoint ?? undefined,
  });
  // Stopped (cancel or shutdown): the checkpoint is written; throwing marks the job cancelled (or requeued).
  if (result.status === 'stopped' || !result.model) throw ctx.signal.reason instanceof Error ? ctx.signal.reason : new Error('cancelled');

  const model = result.model;
  await artifacts.put(artifactKeys.model(p.runId), serializeModel(model));
  const rows = p.sampleRows ?? trainTable.rowCount;
  report({ kind: 'phase', phase: 'sampling', rowsDone: 0, rowsTotal: rows });
  const sampleStart = performance.now();
  const sampled = await sample(model, rows, {
    seed: p.config.seed + 1,
    onProgress: (rowsDone, rowsTotal) => report({ kind: 'phase', phase: 'sampling', rowsDone, rowsTotal }),
  });
  disposeModel(model);
  const synthetic = roundLike(trainTable, backToNumeric(tableFromSampled(sampled, table.names), discrete.converted));
  const sampleSeconds = (performance.now() - sampleStart) / 1000;
  await artifacts.put(artifactKeys.synthetic(p.runId), new TextEncoder().encode(formatDelimited(synthetic)));

  report({ kind: 'phase', phase: 'scoring' });
  const scoreStart = performance.now();
  const evaluation = evaluateSynthetic({ real: trainTable, synthetic, ...(holdout ? { holdout } : {}), privacy: { seed: p.config.seed } });
  return {
    steps: result.steps,
    resumedFrom: result.resumedFrom,
    trainSeconds: result.seconds,
    sampleSeconds,
    scoreSeconds: (performance.now() - scoreStart) / 1000,
    syntheticRows: synthetic.rowCount,
    evaluation,
  };
}
