// Trains one classifier in a worker thread: load, choose the threshold on training rows, fit, evaluate on the
// official test splits, and write model + encoder to the artifact store. The main thread owns the registry record.
import {
  augment,
  attackProba,
  categoriseAttacks,
  classWeights,
  createClassifier,
  encodeSplit,
  evaluate,
  evaluatePredictions,
  FeatureEncoder,
  featureSpecs,
  noveltyThreshold,
  nslKddClasses,
  parseSyntheticNslKdd,
  tableRecords,
  type EncodedSplit,
  type Evaluation,
  type Family,
  type FamilyOptions,
} from '@vigil/ml/classify';
import { badInput, notFound } from '@vigil/ml/errors';
import { loadTableFile, NSL_KDD, type Table } from '@vigil/ml/tables';
import { DirectoryArtifactStore } from '../adapters/fs/artifact-store.js';
import type { JobContext } from '../ports/job-queue.js';
import { artifactKeys, syntheticKey, type SplitMetrics, type TrainPayload, type TrainProgress, type TrainResult } from './training.types.js';

const round = (x: number, digits = 6) => Math.round(x * 10 ** digits) / 10 ** digits;

export default async function trainClassifierJob(raw: unknown, ctx: JobContext): Promise<TrainResult> {
  const p = raw as TrainPayload;
  const artifacts = new DirectoryArtifactStore(String(ctx.options.artifactDir));
  let lastReport = 0;
  const report = (progress: TrainProgress, force = true) => {
    const now = Date.now();
    if (!force && now - lastReport < 100) return;
    lastReport = now;
    ctx.reportProgress(progress);
  };
  const abortIfCancelled = () => {
    if (ctx.signal.aborted) throw new Error('cancelled');
  };

  // 1. Data.
  report({ phase: 'load', step: 0, total: 1, loss: null, message: 'loading training data' });
  let real: { table: Table; sha256: string } | null = null;
  if (p.trainingData !== 'synthetic') {
    if (!p.trainPath) throw badInput('trainPath is required for REAL and AUGMENTED training');
    real = await loadTableFile(p.trainPath, NSL_KDD);
  }
  let synthetic: { table: Table; sha256: string } | null = null;
  if (p.trainingData !== 'real') {
    if (!p.diffusionRunId) throw badInput('diffusionRunId is required for SYNTHETIC and AUGMENTED training');
    const bytes = await artifacts.get(syntheticKey(p.diffusionRunId));
    if (!bytes) throw notFound('diffusion run synthetic data', p.diffusionRunId);
    synthetic = parseSyntheticNslKdd(bytes);
  }
  abortIfCancelled();

  const classes = nslKddClasses(p.task);
  const base = (real ?? synthetic)!.table;
  // Preprocessing is fitted on the rows the model trains on, never on a test row.
  const fitRows = p.trainingData === 'synthetic' ? synthetic!.table : real!.table;
  const encoder = FeatureEncoder.fit(tableRecords(fitRows), featureSpecs(base));
  let train: EncodedSplit = encodeSplit(encoder, fitRows, p.task);
  let added: Record<string, number> | null = null;
  if (p.trainingData === 'augmented') {
    const syn = encodeSplit(encoder, synthetic!.table, p.task);
    const counts: Record<number, number> = {};
    for (const [name, count] of Object.entries(p.augmentCounts ?? {})) {
      const c = classes.indexOf(name);
      if (c < 0) throw badInput(`augmentCounts: '${name}' is not a class of the ${p.task} task (${classes.join(', ')})`, { field: 'augmentCounts' });
      counts[c] = count;
    }
    const merged = augment({ X: train.X, y: train.y }, { X: syn.X, y: syn.y }, counts, p.config.seed);
    const extraNames: string[] = [];
    for (let i = train.rows; i < merged.y.length; i++) extraNames.push(classes[merged.y[i]!]!);
    train = { X: merged.X, y: merged.y, names: [...train.names, ...extraNames], rows: merged.y.length };
    added = Object.fromEntries(Object.entries(merged.added).map(([c, n]) => [classes[Number(c)]!, n]));
  }
  report({ phase: 'load', step: 1, total: 1, loss: null, message: `${train.rows} training rows, ${encoder.width} features` });

  const options = p.config.options as Partial<FamilyOptions[Family]>;
  const weighting = p.config.classWeighting;
  const weightsFor = (y: Int32Array) => (weighting === 'none' ? undefined : classWeights(y, classes.length, weighting));

  // 2. Threshold from novelty validation on the training rows only.
  let threshold = p.config.threshold ?? 0.5;
  const validation: TrainResult['validation'] = { folds: 0, youden: null, tpr: null, fpr: null, note: null };
  if (p.config.threshold === null && p.config.noveltyFolds >= 2) {
    try {
      const choice = await noveltyThreshold(p.family, train, encoder.features, {
        task: p.task,
        options,
        folds: p.config.noveltyFolds,
        seed: p.config.seed,
        signal: ctx.signal,
        sampleWeights: (rows) => weightsFor(Int32Array.from(rows, (r) => train.y[r]!)),
        onFold: (i, n, heldOut) => report({ phase: 'validate', step: i, total: n, loss: null, message: `novelty fold ${i}/${n}: held out ${heldOut.join(', ')}` }),
      });
      threshold = choice.threshold;
      Object.assign(validation, { folds: p.config.noveltyFolds, youden: round(choice.youden), tpr: round(choice.tpr), fpr: round(choice.fpr) });
    } catch (error) {
      if (ctx.signal.aborted) throw error;
      validation.note = `no novelty validation (${(error as Error).message}); threshold 0.5`;
    }
  } else if (p.config.threshold !== null) {
    validation.note = 'threshold fixed by the training config';
  }
  abortIfCancelled();

  // 3. The model on every training row.
  const model = createClassifier(p.family, { task: p.task, classes, features: encoder.features }, options);
  const weights = weightsFor(train.y);
  const fit = await model.fit(train.X, train.y, {
    seed: p.config.seed,
    signal: ctx.signal,
    ...(weights ? { sampleWeights: weights } : {}),
    onProgress: (fp) => report({ phase: 'fit', step: fp.step, total: fp.total, loss: fp.loss ?? null, message: `${p.family} step ${fp.step}/${fp.total}` }, fp.step === fp.total),
  });

  // 4. Official test splits.
  const metrics: SplitMetrics[] = [];
  for (const [i, test] of p.testPaths.entries()) {
    abortIfCancelled();
    report({ phase: 'evaluate', step: i, total: p.testPaths.length, loss: null, message: `evaluating on ${test.name}` });
    const split = encodeSplit(encoder, (await loadTableFile(test.path, NSL_KDD)).table, p.task);
    const proba = model.predictProba(split.X);
    let decision: Evaluation;
    let argmax: Evaluation;
    if (p.task === 'binary') {
      decision = evaluate(split.y, proba, classes, { threshold });
      argmax = evaluate(split.y, proba, classes);
    } else {
      decision = evaluatePredictions(split.y, categoriseAttacks(attackProba(proba, classes), proba, classes, threshold), classes);
      argmax = evaluate(split.y, proba, classes);
    }
    metrics.push(toSplitMetrics(test.name, split.rows, decision, argmax));
  }

  // 5. Artifacts.
  report({ phase: 'save', step: 0, total: 1, loss: null, message: 'saving model and encoder' });
  const keys = artifactKeys(p.modelId);
  await artifacts.put(keys.model, Buffer.from(JSON.stringify(model.toJSON())));
  await artifacts.put(keys.encoder, Buffer.from(JSON.stringify(encoder.toJSON())));
  report({ phase: 'save', step: 1, total: 1, loss: null, message: 'saved' });

  return {
    classes,
    features: encoder.width,
    threshold,
    validation,
    metrics,
    lineage: {
      datasetSha256: real?.sha256 ?? synthetic?.sha256 ?? null,
      syntheticSha256: synthetic?.sha256 ?? null,
      diffusionRunId: p.diffusionRunId,
      augmentCounts: added,
      trainRows: train.rows,
    },
    fitMs: Math.round(fit.ms),
    artifacts: keys,
  };
}

function toSplitMetrics(name: string, rows: number, e: Evaluation, argmax: Evaluation): SplitMetrics {
  return {
    split: name,
    rows,
    accuracy: round(e.accuracy),
    argmaxAccuracy: round(argmax.accuracy),
    perClass: e.perClass.map((m) => ({ class: m.class, precision: round(m.precision), recall: round(m.recall), f1: round(m.f1), support: m.support })),
    macro: { precision: round(e.macro.precision), recall: round(e.macro.recall), f1: round(e.macro.f1) },
    confusion: e.confusion,
    rocAuc: e.rocAuc === undefined ? null : round(e.rocAuc),
    roc: e.roc ? e.roc.map((pt) => ({ threshold: round(pt.threshold), fpr: round(pt.fpr), tpr: round(pt.tpr) })) : null,
  };
}
