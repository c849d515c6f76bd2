// The training recipe shared by the detect bench and the API's training job: NSL-KDD labels, encoding into
// matrices, and the decision threshold chosen by novelty validation on the training rows only.
import { badInput } from '../errors/index.js';
import { gunzipSync } from 'node:zlib';
import { NSL_KDD_COLUMNS, NSL_KDD_LEVELS, nslKddClass, parseTable, type Table } from '../tables/index.js';
import type { FeatureEncoder } from './encoder.js';
import { takeRows, type Matrix } from './matrix.js';
import { createClassifier, type FamilyOptions } from './models.js';
import { noveltyFolds, youdenThreshold, type ThresholdChoice } from './novelty.js';
import { tableRecords } from './table-adapter.js';
import type { Family, Task } from './types.js';

const FIVE = NSL_KDD_LEVELS['five-class'];

/** The classes of a task on NSL-KDD: `normal`/`attack`, or normal/DoS/Probe/R2L/U2R. */
export function nslKddClasses(task: Task): string[] {
  return [...(task === 'binary' ? NSL_KDD_LEVELS.binary : FIVE)];
}

/** The raw label of each row (an attack name such as `neptune`, a category, `attack` or `normal`). */
export function attackNames(table: Table, labelColumn = 'label'): string[] {
  const label = table.categorical(labelColumn);
  return Array.from(label.codes, (c) => (c < 0 ? '' : label.levels[c]!));
}

/**
 * Class indices for a task from NSL-KDD labels. Accepts attack names (`neptune`), the categories themselves
 * (`DoS`, as diffusion samples may carry) and, for the binary task, `attack`. Anything else is a typed error
 * naming the row.
 */
export function nslKddTargets(names: readonly string[], task: Task): Int32Array {
  const classes = nslKddClasses(task);
  const cache = new Map<string, number>();
  const classOf = (name: string, row: number): number => {
    let c = cache.get(name);
    if (c !== undefined) return c;
    let category: string;
    if ((FIVE as readonly string[]).includes(name)) category = name;
    else if (name === 'attack' && task === 'binary') category = 'attack';
    else {
      try {
        category = nslKddClass(name);
      } catch {
        throw badInput(`row ${row}: label '${name || '(missing)'}' is neither an NSL-KDD attack name nor one of ${FIVE.join(', ')}`, { row });
      }
    }
    c = task === 'binary' ? (category === 'normal' ? 0 : 1) : classes.indexOf(category);
    cache.set(name, c);
    return c;
  };
  return Int32Array.from(names, (n, r) => classOf(n, r));
}

export interface EncodedSplit {
  X: Matrix;
  y: Int32Array;
  /** Raw labels, for novelty validation. */
  names: string[];
  rows: number;
}

/** Encodes an NSL-KDD table (attack-name labels) with an encoder fitted elsewhere (on training rows only). */
export function encodeSplit(encoder: FeatureEncoder, table: Table, task: Task): EncodedSplit {
  const names = attackNames(table);
  return { X: encoder.transform(tableRecords(table)), y: nslKddTargets(names, task), names, rows: table.rowCount };
}

/**
 * P(attack) as a two-column (normal, attack) matrix from any model's probabilities: column 1 of a binary model,
 * 1 − P(normal) of a multiclass one. This is the score a decision threshold applies to.
 */
export function attackProba(proba: Float32Array, classes: readonly string[], normal = 'normal'): Float32Array {
  const k = classes.length;
  const n = classes.indexOf(normal);
  if (n < 0) throw badInput(`classes must include '${normal}'`, { classes });
  const rows = proba.length / k;
  const out = new Float32Array(rows * 2);
  for (let r = 0; r < rows; r++) {
    const pn = proba[r * k + n]!;
    out[r * 2] = pn;
    // A binary model's own P(attack) column as is (not 1 − P(normal), which may differ in the last bit).
    out[r * 2 + 1] = k === 2 ? proba[r * k + (1 - n)]! : 1 - pn;
  }
  return out;
}

export interface NoveltyThresholdOptions<F extends Family> {
  task: Task;
  options?: Partial<FamilyOptions[F]>;
  folds?: number;
  seed: number;
  signal?: AbortSignal;
  sampleWeights?: (train: Int32Array) => Float32Array | undefined;
  onFold?: (fold: number, folds: number, heldOut: readonly string[]) => void;
}

/**
 * The P(attack) operating threshold from novelty validation on training rows only: each fold holds out whole
 * attack types (plus a share of normal rows), the out-of-fold scores are pooled, and the threshold maximises
 * Youden's J with TPR averaged over attack types. Works for both tasks (the multiclass score is 1 − P(normal)).
 */
export async function noveltyThreshold<F extends Family>(
  family: F,
  split: EncodedSplit,
  features: readonly string[],
  opts: NoveltyThresholdOptions<F>,
): Promise<ThresholdChoice> {
  const folds = noveltyFolds(split.names, opts.folds ?? 3, opts.seed);
  const classes = nslKddClasses(opts.task);
  const scores: number[] = [];
  const names: string[] = [];
  for (const [i, fold] of folds.entries()) {
    const model = createClassifier(family, { task: opts.task, classes, features }, opts.options ?? {});
    const weights = opts.sampleWeights?.(fold.train);
    await model.fit(takeRows(split.X, fold.train), Int32Array.from(fold.train, (r) => split.y[r]!), {
      seed: opts.seed,
      ...(opts.signal ? { signal: opts.signal } : {}),
      ...(weights ? { sampleWeights: weights } : {}),
    });
    const p = attackProba(model.predictProba(takeRows(split.X, fold.heldOut)), classes);
    fold.heldOut.forEach((r, j) => (scores.push(p[j * 2 + 1]!), names.push(split.names[r]!)));
    opts.onFold?.(i + 1, folds.length, fold.heldOutAttacks);
  }
  return youdenThreshold(scores, names);
}

/**
 * Synthetic NSL-KDD rows as a diffusion run writes them: CSV with a header naming NSL-KDD columns (gzip accepted),
 * the label by attack name or category. Columns it lacks encode as missing; columns NSL-KDD lacks are dropped.
 */
export function parseSyntheticNslKdd(bytes: Uint8Array): { table: Table; sha256: string } {
  const text = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : Buffer.from(bytes);
  const end = text.indexOf(10);
  const header = text.subarray(0, end < 0 ? text.length : end).toString('utf8').replace(/\r$/, '');
  const names = new Set(header.split(/[,\t]/).map((h) => h.trim().replace(/^"|"$/g, '')));
  if (!names.has('label')) throw badInput("the synthetic CSV has no 'label' column");
  const known = NSL_KDD_COLUMNS.filter((c) => names.has(c.name));
  const unknown = [...names].filter((n) => !NSL_KDD_COLUMNS.some((c) => c.name === n));
  const loaded = parseTable(text, { header: true, columns: [...known, ...unknown.map((name) => ({ name, kind: 'drop' as const }))] });
  return { table: loaded.table, sha256: loaded.sha256 };
}
