import { badInput } from '../errors/index.js';

export interface ClassMetrics {
  class: string;
  precision: number;
  recall: number;
  f1: number;
  /** Number of true rows of this class. */
  support: number;
}

export interface RocPoint {
  threshold: number;
  fpr: number;
  tpr: number;
}

export interface Evaluation {
  accuracy: number;
  perClass: ClassMetrics[];
  macro: { precision: number; recall: number; f1: number };
  /** confusion[true][predicted] counts, in `classes` order. */
  confusion: number[][];
  classes: string[];
  /** Binary task only (positive class = index 1). */
  rocAuc?: number;
  roc?: RocPoint[];
}

/** Index of the largest probability in each row. */
export function argmaxRows(proba: Float32Array, classes: number): Int32Array {
  const rows = proba.length / classes;
  const out = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let best = 0;
    for (let c = 1; c < classes; c++) if (proba[r * classes + c]! > proba[r * classes + best]!) best = c;
    out[r] = best;
  }
  return out;
}

export function accuracy(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  sameLength(yTrue, yPred);
  let hit = 0;
  for (let i = 0; i < yTrue.length; i++) if (yTrue[i] === yPred[i]) hit++;
  return yTrue.length ? hit / yTrue.length : Number.NaN;
}

export function confusionMatrix(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, classes: number): number[][] {
  sameLength(yTrue, yPred);
  const m = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  for (let i = 0; i < yTrue.length; i++) m[yTrue[i]!]![yPred[i]!]! += 1;
  return m;
}

/**
 * Precision, recall and F1 per class from a confusion matrix. A class never predicted has precision 0; a class
 * absent from the truth has recall 0 (and support 0); F1 is 0 when precision + recall is 0 (scikit-learn's
 * zero_division=0 convention). Macro averages run over every class.
 */
export function perClassMetrics(confusion: number[][], classes: readonly string[]): ClassMetrics[] {
  return classes.map((name, c) => {
    const tp = confusion[c]![c]!;
    const support = confusion[c]!.reduce((s, v) => s + v, 0);
    const predicted = confusion.reduce((s, row) => s + row[c]!, 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { class: name, precision, recall, f1, support };
  });
}

/**
 * ROC curve of scores for the positive class (label 1), one point per distinct threshold (descending), starting
 * at (0, 0). AUC by the trapezoid rule, which equals the Mann–Whitney probability with ties counted as ½.
 */
export function rocCurve(yTrue: ArrayLike<number>, scores: ArrayLike<number>): { auc: number; points: RocPoint[] } {
  sameLength(yTrue, scores);
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  let positives = 0;
  for (let i = 0; i < yTrue.length; i++) if (yTrue[i] === 1) positives++;
  const negatives = yTrue.length - positives;
  if (positives === 0 || negatives === 0) throw badInput('ROC needs both positive and negative rows');
  const points: RocPoint[] = [{ threshold: Infinity, fpr: 0, tpr: 0 }];
  let tp = 0;
  let fp = 0;
  let auc = 0;
  for (let i = 0; i < order.length; ) {
    const t = scores[order[i]!]!;
    while (i < order.length && scores[order[i]!] === t) {
      if (yTrue[order[i]!] === 1) tp++;
      else fp++;
      i++;
    }
    const prev = points[points.length - 1]!;
    const point = { threshold: t, fpr: fp / negatives, tpr: tp / positives };
    auc += ((point.fpr - prev.fpr) * (point.tpr + prev.tpr)) / 2;
    points.push(point);
  }
  return { auc, points };
}

/** Keeps at most `max` ROC points (evenly spaced, always the first and last) for storage and plotting. */
export function thinRoc(points: RocPoint[], max = 200): RocPoint[] {
  if (points.length <= max) return points;
  const step = (points.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => points[Math.round(i * step)]!);
}

/** Accuracy, per-class and macro precision/recall/F1 and the confusion matrix of hard predictions. */
export function evaluatePredictions(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, classes: readonly string[]): Evaluation {
  const k = classes.length;
  const confusion = confusionMatrix(yTrue, yPred, k);
  const perClass = perClassMetrics(confusion, classes);
  const mean = (f: (m: ClassMetrics) => number) => perClass.reduce((s, m) => s + f(m), 0) / k;
  return {
    accuracy: accuracy(yTrue, yPred),
    perClass,
    macro: { precision: mean((m) => m.precision), recall: mean((m) => m.recall), f1: mean((m) => m.f1) },
    confusion,
    classes: [...classes],
  };
}

/** Binary decisions: class 1 where its probability (column 1) is at least `threshold`. */
export function decideAt(proba: Float32Array, threshold: number): Int32Array {
  const out = new Int32Array(proba.length / 2);
  for (let r = 0; r < out.length; r++) out[r] = proba[r * 2 + 1]! >= threshold ? 1 : 0;
  return out;
}

/**
 * Every metric for predictions `proba` (rows × classes) against true class indices. Predictions are the argmax,
 * or for two classes with `threshold`, class 1 where P(class 1) ≥ threshold. ROC/AUC never depend on it.
 */
export function evaluate(
  yTrue: Int32Array,
  proba: Float32Array,
  classes: readonly string[],
  options: { threshold?: number } = {},
): Evaluation {
  const k = classes.length;
  if (proba.length !== yTrue.length * k) throw badInput(`${proba.length} probabilities for ${yTrue.length} rows × ${k} classes`);
  if (options.threshold !== undefined && k !== 2) throw badInput('a decision threshold needs exactly 2 classes');
  const yPred = options.threshold === undefined ? argmaxRows(proba, k) : decideAt(proba, options.threshold);
  const result = evaluatePredictions(yTrue, yPred, classes);
  const positives = result.confusion[1]?.reduce((s, v) => s + v, 0) ?? 0;
  if (k === 2 && positives > 0 && positives < yTrue.length) {
    const scores = new Float32Array(yTrue.length);
    for (let r = 0; r < yTrue.length; r++) scores[r] = proba[r * 2 + 1]!;
    const { auc, points } = rocCurve(yTrue, scores);
    result.rocAuc = auc;
    result.roc = thinRoc(points);
  }
  return result;
}

function sameLength(a: ArrayLike<number>, b: ArrayLike<number>): void {
  if (a.length !== b.length) throw badInput(`${a.length} true labels but ${b.length} predictions`);
}
