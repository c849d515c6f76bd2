// AUGMENTED and SYNTHETIC training on NSL-KDD with a diffusion run's samples (bench/results/diffusion-nsl-kdd.synthetic.csv.gz,
// written by the diffusion bench). Merges into bench/results/detect-nsl-kdd.json:
// - r2l_recall_augmented / u2r_recall_augmented: the best family's 5-class model trained on KDDTrain+ plus synthetic R2L and
//   U2R rows, under the same alert decision as the REAL figures (binary model on KDDTrain+, its novelty-validated threshold);
// - tstr: per family, binary accuracy on KDDTest+ of a model trained on synthetic rows only (TSTR) beside TRTR.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeBenchResult, type Figure } from '../src/bench/index.js';
import {
  augment,
  categoriseAttacks,
  classWeights,
  createClassifier,
  encodeSplit,
  evaluate,
  evaluatePredictions,
  FeatureEncoder,
  featureSpecs,
  families,
  noveltyThreshold,
  nslKddClasses,
  parseSyntheticNslKdd,
  tableRecords,
  type Family,
} from '../src/classify/index.js';
import { loadTableFile, NSL_KDD } from '../src/tables/index.js';
import { repoRoot, sharedData } from '../src/testing/index.js';

const SEED = 1;
/** Synthetic rows added per minority class, fixed before any result was seen (capped at what the run produced). */
const AUGMENT: Record<string, number> = { R2L: 2000, U2R: 500 };

const log = (msg: string) => process.stderr.write(`[detect-augmented] ${msg}\n`);
const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

export default async function detectAugmentedBench(
  syntheticFile = path.join(repoRoot(), 'bench', 'results', 'diffusion-nsl-kdd.synthetic.csv.gz'),
): Promise<string> {
  const results = path.join(repoRoot(), 'bench', 'results');
  if (!existsSync(syntheticFile)) return `skipped: ${syntheticFile} does not exist (run the diffusion bench first)`;
  const previous = JSON.parse(await readFile(path.join(results, 'detect-nsl-kdd.json'), 'utf8')) as Record<string, unknown> & {
    best_model: Family;
    models: Record<string, Record<string, unknown>>;
    work: Record<string, number | string>;
    figures: Record<string, Figure>;
    notes?: string[];
  };
  const best = previous.best_model;
  const load = async (file: string) => (await loadTableFile(sharedData('nsl-kdd', file), NSL_KDD)).table;
  const [trainRaw, plusRaw] = await Promise.all([load('KDDTrain+.txt'), load('KDDTest+.txt')]);
  const synthetic = parseSyntheticNslKdd(await readFile(syntheticFile));
  log(`synthetic rows: ${synthetic.table.rowCount}`);

  const five = nslKddClasses('multiclass');
  const binary = nslKddClasses('binary');
  const encoder = FeatureEncoder.fit(tableRecords(trainRaw), featureSpecs(trainRaw));
  const trainB = encodeSplit(encoder, trainRaw, 'binary');
  const trainF = encodeSplit(encoder, trainRaw, 'multiclass');
  const plusB = encodeSplit(encoder, plusRaw, 'binary');
  const plusF = encodeSplit(encoder, plusRaw, 'multiclass');
  const synF = encodeSplit(encoder, synthetic.table, 'multiclass');
  const synB = encodeSplit(encoder, synthetic.table, 'binary');

  // 1. AUGMENTED vs REAL for the best family, same binary decision.
  const threshold = Number(previous.models[best]!.threshold);
  const binaryModel = createClassifier(best, { task: 'binary', classes: binary, features: encoder.features });
  await binaryModel.fit(trainB.X, trainB.y, { seed: SEED });
  const pPlus = binaryModel.predictProba(plusB.X);
  const available = Object.fromEntries(five.map((c, i) => [c, synF.y.filter((y) => y === i).length]));
  const counts: Record<number, number> = {};
  for (const [cls, n] of Object.entries(AUGMENT)) counts[five.indexOf(cls)] = Math.min(n, available[cls] ?? 0);
  const aug = augment({ X: trainF.X, y: trainF.y }, { X: synF.X, y: synF.y }, counts, SEED);
  const recalls: Record<'real' | 'augmented', Record<string, number>> = { real: {}, augmented: {} };
  for (const [kind, data] of [['real', { X: trainF.X, y: trainF.y }], ['augmented', aug]] as const) {
    const model = createClassifier(best, { task: 'multiclass', classes: five, features: encoder.features });
    await model.fit(data.X, data.y, { seed: SEED, sampleWeights: classWeights(data.y, five.length, 'sqrt') });
    const e = evaluatePredictions(plusF.y, categoriseAttacks(pPlus, model.predictProba(plusF.X), five, threshold), five);
    recalls[kind] = Object.fromEntries(e.perClass.map((m) => [m.class, round(m.recall)]));
    recalls[kind]!.macro_f1 = round(e.macro.f1);
    log(`${best} ${kind}: R2L ${recalls[kind]!.R2L}, U2R ${recalls[kind]!.U2R}, macro-F1 ${recalls[kind]!.macro_f1}`);
  }

  // 2. TSTR vs TRTR per family (binary, KDDTest+), each with a threshold from novelty validation on its own training rows.
  const tstr: Record<string, Record<string, number | null>> = {};
  for (const family of families) {
    const model = createClassifier(family, { task: 'binary', classes: binary, features: encoder.features });
    await model.fit(synB.X, synB.y, { seed: SEED });
    const p = model.predictProba(plusB.X);
    let t: number | null = null;
    try {
      t = (await noveltyThreshold(family, synB, encoder.features, { task: 'binary', seed: SEED })).threshold;
    } catch (error) {
      log(`${family}: no novelty threshold on synthetic rows (${(error as Error).message})`);
    }
    const atHalf = evaluate(plusB.y, p, binary);
    const atT = t === null ? null : evaluate(plusB.y, p, binary, { threshold: t });
    tstr[family] = {
      tstr_accuracy_kddtest_plus_at_0_5: round(atHalf.accuracy),
      tstr_accuracy_kddtest_plus: atT ? round(atT.accuracy) : null,
      tstr_roc_auc_kddtest_plus: atHalf.rocAuc === undefined ? null : round(atHalf.rocAuc),
      trtr_accuracy_kddtest_plus_at_0_5: Number(previous.models[family]!.binary_accuracy_kddtest_plus_at_0_5),
      trtr_accuracy_kddtest_plus: Number(previous.models[family]!.binary_accuracy_kddtest_plus),
      trtr_roc_auc_kddtest_plus: Number(previous.models[family]!.roc_auc_kddtest_plus),
    };
    log(`${family}: TSTR acc ${tstr[family]!.tstr_accuracy_kddtest_plus} (0.5: ${tstr[family]!.tstr_accuracy_kddtest_plus_at_0_5}) vs TRTR ${tstr[family]!.trtr_accuracy_kddtest_plus}`);
  }

  const { name: _n, date: _d, machine: _m, work, figures, notes, ...keys } = previous;
  return writeBenchResult('detect-nsl-kdd', {
    keys: {
      ...(keys as Record<string, number | string | null | Record<string, unknown>>),
      r2l_recall_augmented: recalls.augmented.R2L!,
      u2r_recall_augmented: recalls.augmented.U2R!,
      augmented: { family: best, added: Object.fromEntries(Object.entries(aug.added).map(([c, n]) => [five[Number(c)]!, n])), synthetic_available: available, recall_real_rerun: recalls.real, recall_augmented: recalls.augmented, synthetic_sha256: synthetic.sha256 },
      tstr,
    },
    figures: { ...figures, r2l_recall_augmented: { value: recalls.augmented.R2L!, unit: 'fraction' }, u2r_recall_augmented: { value: recalls.augmented.U2R!, unit: 'fraction' } },
    work: { ...work, synthetic_rows: synthetic.table.rowCount },
    notes: [
      ...(notes ?? []).filter((n) => !n.startsWith('r2l_recall_augmented and u2r_recall_augmented are null') && !n.startsWith('AUGMENTED:') && !n.startsWith('TSTR:')),
      `AUGMENTED: the ${best} 5-class model trained on KDDTrain+ plus synthetic rows (R2L up to ${AUGMENT.R2L}, U2R up to ${AUGMENT.U2R}, capped at what the diffusion run produced) ` +
        'from bench/results/diffusion-nsl-kdd.synthetic.csv.gz; the alert decision uses the REAL binary model and its stored threshold, as for the REAL figures. ' +
        'augmented.recall_real_rerun repeats the REAL 5-class fit in this run for a like-for-like comparison; augmented.synthetic_sha256 is the sha256 of the uncompressed CSV.',
      'TSTR: each family trained on the synthetic rows only (binary), tested on KDDTest+; TRTR figures are the REAL models above.',
    ],
  });
}
