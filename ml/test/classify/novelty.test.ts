import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noveltyFolds, youdenThreshold } from '../../src/classify/novelty.js';

test('novelty folds hold out whole attack types and share the normal rows', () => {
  const names = ['normal', 'a', 'b', 'normal', 'c', 'a', 'normal', 'd', 'b', 'normal', 'e', 'f'];
  const folds = noveltyFolds(names, 3, 1);
  const heldOutEverywhere = folds.flatMap((f) => [...f.heldOut]).sort((x, y) => x - y);
  assert.deepEqual(heldOutEverywhere, names.map((_, i) => i)); // every row held out exactly once
  for (const f of folds) {
    const trainNames = new Set([...f.train].map((r) => names[r]));
    for (const attack of f.heldOutAttacks) assert.ok(!trainNames.has(attack), `${attack} leaked into training`);
    assert.ok([...f.heldOut].some((r) => names[r] === 'normal'));
    assert.equal(f.train.length + f.heldOut.length, names.length);
  }
});

test('Youden threshold averages detection over attack types and subtracts the false-positive rate', () => {
  // normals score 0.1, 0.2, 0.3, 0.6; attack x (many rows) scores 0.9; attack y scores 0.25 and 0.35
  const names = ['normal', 'normal', 'normal', 'normal', 'x', 'x', 'x', 'x', 'y', 'y'];
  const scores = [0.1, 0.2, 0.3, 0.6, 0.9, 0.9, 0.9, 0.9, 0.25, 0.35];
  const best = youdenThreshold(scores, names, 'normal', 20);
  // at t = 0.25: TPR = (1 + 1) / 2 = 1, FPR = 2/4 → J = 0.5; at t = 0.35: TPR = (1 + 0.5) / 2, FPR = 1/4 → J = 0.5;
  // at t = 0.9: TPR = 0.5, FPR = 0 → J = 0.5; the first maximum found scanning upward is kept.
  assert.equal(best.youden, 0.5);
  assert.equal(best.threshold, 0.25);
  assert.equal(best.tpr, 1);
});
