import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accuracy, confusionMatrix, evaluate, perClassMetrics, rocCurve } from '../../src/classify/metrics.js';

const close = (a: number, b: number, eps = 1e-9) => assert.ok(Math.abs(a - b) < eps, `${a} ≉ ${b}`);

test('confusion matrix, accuracy and per-class metrics match a hand count', () => {
  // true:      0 0 0 1 1 2 2 2 2 1
  // predicted: 0 1 0 1 2 2 2 0 2 1
  const yTrue = [0, 0, 0, 1, 1, 2, 2, 2, 2, 1];
  const yPred = [0, 1, 0, 1, 2, 2, 2, 0, 2, 1];
  const m = confusionMatrix(yTrue, yPred, 3);
  assert.deepEqual(m, [
    [2, 1, 0],
    [0, 2, 1],
    [1, 0, 3],
  ]);
  close(accuracy(yTrue, yPred), 7 / 10);
  const [a, b, c] = perClassMetrics(m, ['a', 'b', 'c']);
  // class a: tp 2, predicted 3, support 3
  close(a!.precision, 2 / 3);
  close(a!.recall, 2 / 3);
  close(a!.f1, 2 / 3);
  // class b: tp 2, predicted 3, support 3
  close(b!.precision, 2 / 3);
  close(b!.recall, 2 / 3);
  // class c: tp 3, predicted 4, support 4 → p = 0.75, r = 0.75
  close(c!.precision, 3 / 4);
  close(c!.recall, 3 / 4);
  close(c!.f1, 3 / 4);
  assert.equal(c!.support, 4);
});

test('a class never predicted gets precision 0 and F1 0, and counts in the macro average', () => {
  const proba = new Float32Array([0.9, 0.1, 0.8, 0.2, 0.7, 0.3]); // all predicted class 0
  const ev = evaluate(Int32Array.from([0, 0, 1]), proba, ['neg', 'pos']);
  assert.equal(ev.perClass[1]!.precision, 0);
  assert.equal(ev.perClass[1]!.f1, 0);
  close(ev.perClass[0]!.f1, (2 * (2 / 3) * 1) / (2 / 3 + 1));
  close(ev.macro.f1, ev.perClass[0]!.f1 / 2);
});

test('ROC-AUC equals the Mann–Whitney count, ties as one half', () => {
  // positives: 0.9, 0.4, 0.35; negatives: 0.8, 0.4, 0.1
  const y = [1, 0, 1, 1, 0, 0];
  const s = [0.9, 0.8, 0.4, 0.35, 0.4, 0.1];
  // pairs (pos > neg): 0.9 beats 3; 0.4 beats 0.1 and ties 0.4 (½); 0.35 beats 0.1 → 3 + 1.5 + 1 = 5.5 of 9
  const { auc, points } = rocCurve(y, s);
  close(auc, 5.5 / 9);
  assert.deepEqual(points[0], { threshold: Infinity, fpr: 0, tpr: 0 });
  const last = points[points.length - 1]!;
  assert.equal(last.fpr, 1);
  assert.equal(last.tpr, 1);
  // 0.4 is one point (tie), so 5 distinct scores → 6 points
  assert.equal(points.length, 6);
});

test('perfect and inverted scores give AUC 1 and 0', () => {
  close(rocCurve([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9]).auc, 1);
  close(rocCurve([0, 0, 1, 1], [0.9, 0.8, 0.2, 0.1]).auc, 0);
});

test('evaluate gives binary ROC from column 1 and the confusion matrix in class order', () => {
  const proba = new Float32Array([0.2, 0.8, 0.6, 0.4, 0.3, 0.7, 0.9, 0.1]);
  const ev = evaluate(Int32Array.from([1, 0, 0, 0]), proba, ['normal', 'attack']);
  assert.deepEqual(ev.confusion, [
    [2, 1],
    [0, 1],
  ]);
  close(ev.accuracy, 0.75);
  close(ev.rocAuc!, 1);
});

test('a decision threshold moves binary predictions but not the ROC', () => {
  const proba = new Float32Array([0.9, 0.1, 0.7, 0.3, 0.4, 0.6]);
  const y = Int32Array.from([0, 1, 1]);
  const at05 = evaluate(y, proba, ['normal', 'attack']);
  const at02 = evaluate(y, proba, ['normal', 'attack'], { threshold: 0.2 });
  close(at05.accuracy, 2 / 3); // row 1 (0.3) missed
  close(at02.accuracy, 1); // 0.1 < 0.2 stays normal, 0.3 and 0.6 flagged
  close(at02.rocAuc!, at05.rocAuc!);
});
