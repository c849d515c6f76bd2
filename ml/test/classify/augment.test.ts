import assert from 'node:assert/strict';
import { test } from 'node:test';
import { augment } from '../../src/classify/augment.js';
import { classWeights } from '../../src/classify/weights.js';

const rows = (values: number[][]) => ({ rows: values.length, cols: values[0]!.length, data: Float32Array.from(values.flat()) });

test('augment keeps every real row and adds the requested synthetic rows of the chosen classes', () => {
  const real = { X: rows([[1, 1], [2, 2], [3, 3]]), y: Int32Array.from([0, 0, 1]) };
  const synthetic = { X: rows([[10, 10], [20, 20], [30, 30], [40, 40]]), y: Int32Array.from([2, 3, 2, 0]) };
  const out = augment(real, synthetic, { 2: 2, 3: 1 });
  assert.equal(out.X.rows, 6);
  assert.deepEqual([...out.X.data.subarray(0, 6)], [1, 1, 2, 2, 3, 3]);
  assert.deepEqual([...out.y.subarray(3)].sort(), [2, 2, 3]);
  // each added row keeps its own label
  for (let i = 3; i < 6; i++) {
    const v = out.X.data[i * 2]!;
    assert.equal(out.y[i], v === 20 ? 3 : 2);
  }
  assert.deepEqual(out.added, { 2: 2, 3: 1 });
  assert.throws(() => augment(real, synthetic, { 3: 2 }), { code: 'BAD_USER_INPUT' });
});

test('balanced class weights give every class the same total weight', () => {
  const y = Int32Array.from([0, 0, 0, 0, 0, 0, 1, 1, 2]);
  const w = classWeights(y, 3, 'balanced');
  const total = [0, 0, 0];
  y.forEach((c, i) => (total[c]! += w[i]!));
  assert.ok(Math.abs(total[0]! - total[1]!) < 1e-5 && Math.abs(total[1]! - total[2]!) < 1e-5);
  assert.ok(Math.abs(w.reduce((s, v) => s + v, 0) - y.length) < 1e-4);
});
