// Detect on NSL-KDD: each family trained on KDDTrain+ (binary and 5-class), evaluated on KDDTest+ and KDDTest-21.
// Writes bench/results/detect-nsl-kdd.json and bench/results/detect-perf.json.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeBenchResult, type Figure } from '../src/bench/index.js';
import detectAugmented from './detect-augmented.js';
import {
  classWeights,
  categoriseAttacks,
  createClassifier,
  evaluate,
  evaluatePredictions,
  families,
  FeatureEncoder,
  featureSpecs,
  noveltyThreshold,
  attackNames,
  tableLabels,
  tableRecords,
  type Evaluation,
  type Family,
  type FamilyOptions,
  type Matrix,
} from '../src/classify/index.js';
import { loadTableFile, NSL_KDD, NSL_KDD_LEVELS, relabelNslKdd, type Table } from '../src/tables/index.js';
import { repoRoot, sharedData } from '../src/testing/index.js';

const SEED = 1;
const FOLDS = 3;
/** Defaults of each family, fixed before looking at any test figure. */
const OPTIONS: { [F in Family]: Partial<FamilyOptions[F]> } = {
  logistic: {},
  mlp: {},
  trees: {},
};

const log = (msg: string) => process.stderr.write(`[detect] ${msg}\n`);
const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

interface Split {
  X: Matrix;
  yBinary: Int32Array;
  yFive: Int32Array;
  rows: number;
}

export default async function detectBench(): Promise<string> {
  const started = performance.now();
  const load = async (file: string) => (await loadTableFile(sharedData('nsl-kdd', file), NSL_KDD)).table;
  const [trainRaw, plusRaw, hardRaw] = await Promise.all([load('KDDTrain+.txt'), load('KDDTest+.txt'), load('KDDTest-21.txt')]);
  const binary = [...NSL_KDD_LEVELS.binary];
  const five = [...NSL_KDD_LEVELS['five-class']];

  const t0 = performance.now();
  const encoder = FeatureEncoder.fit(tableRecords(trainRaw), featureSpecs(relabelNslKdd(trainRaw, 'binary')));
  const split = (t: Table): Split => ({
    X: encoder.transform(tableRecords(t)),
    yBinary: tableLabels(relabelNslKdd(t, 'binary'), binary),
    yFive: tableLabels(relabelNslKdd(t, 'five-class'), five),
    rows: t.rowCount,
  });
  const train = split(trainRaw);
  const encodeMs = performance.now() - t0;
  const plus = split(plusRaw);
  const hard = split(hardRaw);
  const encodeStart = performance.now();
  encoder.transform(tableRecords(plusRaw));
  const encodeRecordsPerS = plus.rows / ((performance.now() - encodeStart) / 1000);
  const trainNames = attackNames(trainRaw);
  log(`encoded ${train.rows} + ${plus.rows} + ${hard.rows} rows into ${encoder.width} features (${(encodeMs / 1000).toFixed(1)} s)`);

  const models: Record<string, unknown> = {};
  const figures: Record<string, Figure> = {};
  const perFamily = new Map<Family, { youden: number; plus: Evaluation; hard: Evaluation; fivePlus: Evaluation; fiveHard: Evaluation }>();
  const recordsPerS: Record<string, number> = {};

  for (const family of families) {
    // 1. Operating point from novelty validation on KDDTrain+ only: hold out whole attack types, pool the
    //    out-of-fold P(attack), take the threshold with the best Youden J (TPR averaged over attack types).
    const choice = await noveltyThreshold(
      family,
      { X: train.X, y: train.yBinary, names: trainNames, rows: train.rows },
      encoder.features,
      {
        task: 'binary',
        options: OPTIONS[family],
        folds: FOLDS,
        seed: SEED,
        onFold: (i, n, heldOut) => log(`${family}: novelty fold ${i}/${n} (held out ${heldOut.join(', ')})`),
      },
    );

    // 2. Binary model on all of KDDTrain+.
    const model = createClassifier(family, { task: 'binary', classes: binary, features: encoder.features }, OPTIONS[family]);
    const fit = await model.fit(train.X, train.yBinary, { seed: SEED });
    const scoreStart = performance.now();
    const pPlus = model.predictProba(plus.X);
    const scoreMs = performance.now() - scoreStart;
    recordsPerS[family] = Math.round(plus.rows / (scoreMs / 1000));
    const pHard = model.predictProba(hard.X);
    const plusAtT = evaluate(plus.yBinary, pPlus, binary, { threshold: choice.threshold });
    const hardAtT = evaluate(hard.yBinary, pHard, binary, { threshold: choice.threshold });
    const plusAtHalf = evaluate(plus.yBinary, pPlus, binary);
    const hardAtHalf = evaluate(hard.yBinary, pHard, binary);

    // 3. 5-class model on all of KDDTrain+, square-root class weights (so R2L and U2R are not drowned).
    const fiveModel = createClassifier(family, { task: 'multiclass', classes: five, features: encoder.features }, OPTIONS[family]);
    const fiveFit = await fiveModel.fit(train.X, train.yFive, { seed: SEED, sampleWeights: classWeights(train.yFive, five.length, 'sqrt') });
    const p5Plus = fiveModel.predictProba(plus.X);
    const p5Hard = fiveModel.predictProba(hard.X);
    const argmaxPlus = evaluate(plus.yFive, p5Plus, five);
    // The product's decision: attack when the binary model passes its operating threshold, category from the
    // 5-class model's most probable attack class (see categoriseAttacks). Fixed before any test figure was seen.
    const fivePlus = evaluatePredictions(plus.yFive, categoriseAttacks(pPlus, p5Plus, five, choice.threshold), five);
    const fiveHard = evaluatePredictions(hard.yFive, categoriseAttacks(pHard, p5Hard, five, choice.threshold), five);

    perFamily.set(family, { youden: choice.youden, plus: plusAtT, hard: hardAtT, fivePlus, fiveHard });
    const recall = (e: Evaluation, c: string) => round(e.perClass.find((m) => m.class === c)!.recall);
    models[family] = {
      options: OPTIONS[family],
      threshold: choice.threshold,
      novelty_validation: { youden: round(choice.youden), tpr_macro_over_attack_types: round(choice.tpr), fpr: round(choice.fpr) },
      binary_accuracy_kddtest_plus: round(plusAtT.accuracy),
      binary_accuracy_kddtest_21: round(hardAtT.accuracy),
      binary_accuracy_kddtest_plus_at_0_5: round(plusAtHalf.accuracy),
      binary_accuracy_kddtest_21_at_0_5: round(hardAtHalf.accuracy),
      binary_f1_attack_kddtest_plus: round(plusAtT.perClass[1]!.f1),
      binary_fpr_kddtest_plus: round(1 - plusAtT.perClass[0]!.recall),
      roc_auc_kddtest_plus: round(plusAtT.rocAuc!),
      roc_auc_kddtest_21: round(hardAtT.rocAuc!),
      binary_confusion_kddtest_plus: plusAtT.confusion,
      macro_f1_5class: round(fivePlus.macro.f1),
      macro_f1_5class_kddtest_21: round(fiveHard.macro.f1),
      macro_f1_5class_argmax_only: round(argmaxPlus.macro.f1),
      recall_5class_argmax_only: Object.fromEntries(argmaxPlus.perClass.map((m) => [m.class, round(m.recall)])),
      accuracy_5class: round(fivePlus.accuracy),
      recall_5class: Object.fromEntries(fivePlus.perClass.map((m) => [m.class, round(m.recall)])),
      r2l_recall_real: recall(fivePlus, 'R2L'),
      u2r_recall_real: recall(fivePlus, 'U2R'),
      confusion_5class_kddtest_plus: fivePlus.confusion,
      train_s_binary: round(fit.ms / 1000, 2),
      train_s_5class: round(fiveFit.ms / 1000, 2),
      batch_records_per_s: recordsPerS[family],
    };
    figures[`${family}_train_binary`] = { value: round(fit.ms / 1000, 2), unit: 's' };
    figures[`${family}_train_5class`] = { value: round(fiveFit.ms / 1000, 2), unit: 's' };
    figures[`${family}_batch_scoring`] = { value: recordsPerS[family]!, unit: 'records/s' };
    figures[`${family}_binary_accuracy_kddtest_plus`] = { value: round(plusAtT.accuracy), unit: 'fraction' };
    log(
      `${family}: t=${choice.threshold.toPrecision(3)} acc+ ${plusAtT.accuracy.toFixed(4)} (0.5: ${plusAtHalf.accuracy.toFixed(4)}) ` +
        `acc-21 ${hardAtT.accuracy.toFixed(4)} macro-F1 ${fivePlus.macro.f1.toFixed(4)} ${recordsPerS[family]} rec/s`,
    );
  }

  // The best model is chosen on the novelty validation (training data), never on a test figure.
  const best = [...perFamily.entries()].sort((a, b) => b[1].youden - a[1].youden)[0]!;
  const [bestFamily, bestResult] = best;
  const recallOf = (e: Evaluation, c: string) => round(e.perClass.find((m) => m.class === c)!.recall);
  const work = {
    train_rows: train.rows,
    kddtest_plus_rows: plus.rows,
    kddtest_21_rows: hard.rows,
    encoded_features: encoder.width,
    novelty_folds: FOLDS,
    seed: SEED,
  };
  const notes = [
    'Binary decisions use a P(attack) threshold chosen on KDDTrain+ only: 3 folds each hold out whole attack types ' +
      '(plus a third of the normal rows); the threshold maximises Youden J with TPR averaged over the held-out attack types. ' +
      'Accuracy at 0.5 is reported beside it per model. No test row is used for fitting, thresholds or model choice.',
    'best_model is the family with the highest novelty-validation Youden J; its 5-class model supplies macro_f1_5class and the R2L/U2R recall.',
    'Features: one-hot protocol_type/service/flag (unseen categories all-zero), log1p + standardise for count columns, standardise for rates; fitted on KDDTrain+.',
    '5-class figures use the alert decision: attack when the binary model passes its threshold, category = the 5-class ' +
      "model's most probable attack class; the 5-class model's own argmax is reported beside it (…_argmax_only). " +
      '5-class models use square-root class weights. Attack names only in the test sets are mapped by ml/src/tables (DARPA taxonomy).',
    'r2l_recall_augmented and u2r_recall_augmented are null: they need diffusion samples of R2L/U2R rows, not produced by this bench.',
    `Encoding throughput (records → features) ${Math.round(encodeRecordsPerS)} records/s, not included in batch scoring.`,
  ];
  const nsl = await writeBenchResult('detect-nsl-kdd', {
    keys: {
      best_model: bestFamily,
      binary_accuracy_kddtest_plus: round(bestResult.plus.accuracy),
      binary_accuracy_kddtest_21: round(bestResult.hard.accuracy),
      macro_f1_5class: round(bestResult.fivePlus.macro.f1),
      r2l_recall_real: recallOf(bestResult.fivePlus, 'R2L'),
      r2l_recall_augmented: null,
      u2r_recall_real: recallOf(bestResult.fivePlus, 'U2R'),
      u2r_recall_augmented: null,
      models,
    },
    figures,
    work,
    notes,
  });
  // The API bench adds alert_latency_p99_ms and ndjson_records_per_s to the same file: keep them.
  const api = await apiFigures();
  const perf = await writeBenchResult('detect-perf', {
    keys: { batch_records_per_s: recordsPerS, alert_latency_p99_ms: api.keys.alert_latency_p99_ms ?? null, ndjson_records_per_s: api.keys.ndjson_records_per_s ?? null },
    figures: {
      ...Object.fromEntries(Object.entries(recordsPerS).map(([f, v]) => [`batch_${f}`, { value: v, unit: 'records/s' }])),
      encode: { value: Math.round(encodeRecordsPerS), unit: 'records/s' },
      ...api.figures,
    },
    work: { ...api.work, batch_rows: plus.rows, features: encoder.width, batch: 'KDDTest+ in one predictProba call, encoded beforehand' },
    notes: [
      'Batch scoring: predictProba over all of KDDTest+ (already encoded), single thread.',
      ...(api.notes.length ? api.notes : ['alert_latency_p99_ms and ndjson_records_per_s are API-level figures, measured by the API bench (api/bench/detect-api.bench.ts).']),
    ],
  });
  // AUGMENTED and TSTR figures need a diffusion run's samples; merged into detect-nsl-kdd.json when present.
  log(`augmented: ${await detectAugmented()}`);
  log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return `${nsl}, ${perf}`;
}

/** The API bench's figures in detect-perf.json (alert latency, NDJSON ingestion), to carry over. */
async function apiFigures(): Promise<{ keys: Record<string, number | null>; figures: Record<string, Figure>; work: Record<string, number | string>; notes: string[] }> {
  try {
    const old = JSON.parse(await readFile(path.join(repoRoot(), 'bench', 'results', 'detect-perf.json'), 'utf8')) as {
      alert_latency_p99_ms?: number | null;
      ndjson_records_per_s?: number | null;
      figures?: Record<string, Figure>;
      work?: Record<string, number | string>;
      notes?: string[];
    };
    const pick = <T>(o: Record<string, T> | undefined, keep: (k: string) => boolean) => Object.fromEntries(Object.entries(o ?? {}).filter(([k]) => keep(k)));
    return {
      keys: { alert_latency_p99_ms: old.alert_latency_p99_ms ?? null, ndjson_records_per_s: old.ndjson_records_per_s ?? null },
      figures: pick(old.figures, (k) => k.startsWith('alert_latency') || k.startsWith('ndjson')),
      // load_average_1m_* in this file are the API bench's (this bench records none here), so they travel with its figures.
      work: pick(old.work, (k) => k.startsWith('alert_latency') || k.startsWith('ndjson') || k.startsWith('api_') || k.startsWith('load_average') || k === 'cores_shared_with_load_generator'),
      notes: (old.notes ?? []).filter((n) => n.startsWith('API:')),
    };
  } catch {
    return { keys: {}, figures: {}, work: {}, notes: [] };
  }
}
