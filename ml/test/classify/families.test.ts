import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { accuracy, argmaxRows } from '../../src/classify/metrics.js';
import type { Matrix } from '../../src/classify/matrix.js';
import { createClassifier, families, loadClassifier } from '../../src/classify/models.js';
import { gaussian, rng } from '../../src/classify/random.js';
import type { Family, Task } from '../../src/classify/types.js';

/** Gaussian blobs: class c centred at +3 on feature c, the last feature is noise. */
function blobs(n: number, classes: number, seed: number): { X: Matrix; y: Int32Array } {
  const random = rng(seed);
  const cols = classes + 1;
  const data = new Float32Array(n * cols);
  const y = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const c = r % classes;
    y[r] = c;
    for (let j = 0; j < cols; j++) data[r * cols + j] = gaussian(random) + (j === c ? 3 : 0);
  }
  return { X: { rows: n, cols, data }, y };
}

const fast: Record<Family, Record<string, unknown>> = {
  logistic: { epochs: 5 },
  mlp: { epochs: 20, hidden: [16], batchSize: 32, learningRate: 0.01 },
  trees: { trees: 10, maxDepth: 8 },
};

for (const family of families) {
  for (const [task, k] of [['binary', 2], ['multiclass', 3]] as [Task, number][]) {
    test(`${family} (${task}) learns separable blobs and round-trips through JSON`, async () => {
      const train = blobs(600, k, 1);
      const held = blobs(300, k, 2);
      const classes = k === 2 ? ['normal', 'attack'] : ['a', 'b', 'c'];
      const features = Array.from({ length: train.X.cols }, (_, j) => `f${j}`);
      const model = createClassifier(family, { task, classes, features }, fast[family]);
      const progress: number[] = [];
      await model.fit(train.X, train.y, { seed: 3, onProgress: (p) => progress.push(p.step) });
      assert.ok(progress.length > 0 && progress.at(-1) === progress.length);
      const proba = model.predictProba(held.X);
      assert.equal(proba.length, held.X.rows * k);
      for (let r = 0; r < held.X.rows; r++) {
        let s = 0;
        for (let c = 0; c < k; c++) s += proba[r * k + c]!;
        assert.ok(Math.abs(s - 1) < 1e-4, `row ${r} sums to ${s}`);
      }
      const acc = accuracy(held.y, argmaxRows(proba, k));
      assert.ok(acc > 0.9, `${family} held-out accuracy ${acc}`);

      const copy = loadClassifier(JSON.parse(JSON.stringify(model.toJSON())));
      assert.equal(copy.family, family);
      assert.deepEqual(copy.classes, classes);
      assert.deepEqual([...copy.predictProba(held.X)], [...proba]);

      // the feature that defines the predicted class is among the top contributions of a clear-cut row
      const x = Float32Array.from({ length: train.X.cols }, (_, j) => (j === 1 ? 4 : 0));
      const top = copy.contributions(x, 2);
      assert.ok(top.length > 0 && top.length <= 2);
      assert.ok(top.some((t) => t.feature === 'f1'), `${family}: ${JSON.stringify(top)}`);
    });
  }
}

test('an aborted fit stops with a typed error', async () => {
  const data = blobs(200, 2, 4);
  for (const family of families) {
    const model = createClassifier(family, { task: 'binary', classes: ['n', 'a'], features: ['a', 'b', 'c'] }, fast[family]);
    const ctl = new AbortController();
    ctl.abort('test');
    await assert.rejects(model.fit(data.X, data.y, { seed: 1, signal: ctl.signal }), { name: 'VigilError' });
  }
});

test('the MLP leaves no tensors behind after fit, predict and contributions', async () => {
  const data = blobs(300, 3, 5);
  const model = createClassifier('mlp', { task: 'multiclass', classes: ['a', 'b', 'c'], features: ['a', 'b', 'c', 'd'] }, fast.mlp);
  await model.fit(data.X, data.y, { seed: 1 }); // backend is chosen during the first fit
  const before = tf.memory().numTensors;
  await model.fit(data.X, data.y, { seed: 1 });
  model.predictProba(data.X);
  model.contributions(data.X.data.subarray(0, 4));
  assert.equal(tf.memory().numTensors, before);
  assert.ok(['wasm', 'tensorflow'].includes(tf.getBackend()), tf.getBackend());
});

test('inputs of the wrong width and labels out of range are typed errors', async () => {
  const model = createClassifier('logistic', { task: 'binary', classes: ['n', 'a'], features: ['a', 'b'] });
  const X: Matrix = { rows: 2, cols: 3, data: new Float32Array(6) };
  await assert.rejects(model.fit(X, Int32Array.from([0, 1]), { seed: 1 }), { code: 'BAD_USER_INPUT' });
  const X2: Matrix = { rows: 2, cols: 2, data: new Float32Array(4) };
  await assert.rejects(model.fit(X2, Int32Array.from([0, 2]), { seed: 1 }), { code: 'BAD_USER_INPUT' });
  assert.throws(() => createClassifier('trees', { task: 'binary', classes: ['a', 'b', 'c'], features: ['x'] }), {
    code: 'BAD_USER_INPUT',
  });
});

test('predicting or saving before a fit is a CONFLICT error, for every family', () => {
  for (const family of families) {
    const model = createClassifier(family, { task: 'binary', classes: ['n', 'a'], features: ['x'] });
    assert.throws(() => model.predictProba({ rows: 1, cols: 1, data: new Float32Array(1) }), { code: 'CONFLICT' });
    assert.throws(() => model.toJSON(), { code: 'CONFLICT' });
  }
});
