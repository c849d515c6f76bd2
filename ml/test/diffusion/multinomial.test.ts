import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import {
  catLayout, gumbelSample, indexToLogOnehot, multinomialKlPrior, multinomialLoss, multinomialPPred, multinomialQPosterior, multinomialQPred,
} from '../../src/diffusion/multinomial.js';
import { Rng } from '../../src/diffusion/prng.js';
import { makeSchedule } from '../../src/diffusion/schedule.js';
import { initBackend } from '../../src/tf/index.js';

before(async () => {
  await initBackend();
});

const layout = catLayout([3, 5]);
const s = makeSchedule('cosine', 100);

/** Sums of exp(log p) per feature slice for every row. */
function sliceSums(logP: tf.Tensor2D): number[] {
  const p = tf.tidy(() => tf.exp(logP).arraySync() as number[][]);
  return p.flatMap((row) => layout.sizes.map((k, i) => row.slice(layout.offsets[i], layout.offsets[i]! + k).reduce((a, b) => a + b, 0)));
}

test('q(x_t | x_0) is ᾱ_t·onehot + (1 − ᾱ_t)/K per feature', () => {
  const logX0 = indexToLogOnehot(Int32Array.from([2, 4]), 1, layout);
  const q = multinomialQPred(s, logX0, [40], layout);
  const p = tf.tidy(() => tf.exp(q).dataSync());
  const ab = s.alphasCumprod[40]!;
  const expected = [(1 - ab) / 3, (1 - ab) / 3, ab + (1 - ab) / 3, ...[0, 0, 0, 0, 1].map((o) => o * ab + (1 - ab) / 5)];
  expected.forEach((e, i) => assert.ok(Math.abs(p[i]! - e) < 1e-5, `column ${i}: ${p[i]} vs ${e}`));
  tf.dispose([logX0, q]);
});

test('posterior q(x_{t−1} | x_t, x_0) matches Bayes by enumeration, and every step sums to 1 per feature', () => {
  const rng = new Rng(3);
  const rows = 6;
  const x0 = Int32Array.from({ length: rows * 2 }, (_, i) => rng.int(layout.sizes[i % 2]!));
  const xt = Int32Array.from({ length: rows * 2 }, (_, i) => rng.int(layout.sizes[i % 2]!));
  const t = [0, 1, 5, 30, 60, 99];
  const logX0 = indexToLogOnehot(x0, rows, layout);
  const logXt = indexToLogOnehot(xt, rows, layout);
  const post = multinomialQPosterior(s, logX0, logXt, t, layout);
  for (const sum of sliceSums(post)) assert.ok(Math.abs(sum - 1) < 1e-5, `posterior sums to ${sum}`);
  const p = post.arraySync();
  for (let r = 1; r < rows; r++) {
    for (let f = 0; f < 2; f++) {
      const K = layout.sizes[f]!;
      const tt = t[r]!;
      const abPrev = s.alphasCumprod[tt - 1]!;
      const alpha = 1 - s.betas[tt]!;
      // q(x_{t−1}=j | x_0) · q(x_t | x_{t−1}=j), normalised over j
      const w = Array.from({ length: K }, (_, j) =>
        (abPrev * (j === x0[r * 2 + f] ? 1 : 0) + (1 - abPrev) / K) * (alpha * (xt[r * 2 + f] === j ? 1 : 0) + (1 - alpha) / K));
      const z = w.reduce((a, b) => a + b, 0);
      for (let j = 0; j < K; j++) {
        const got = Math.exp(p[r]![layout.offsets[f]! + j]!);
        assert.ok(Math.abs(got - w[j]! / z) < 1e-5, `row ${r} feature ${f} level ${j}: ${got} vs ${w[j]! / z}`);
      }
    }
  }
  // t = 0: q(x_{−1} | x_0, ·) puts all mass on x_0
  for (let f = 0; f < 2; f++) assert.ok(Math.abs(Math.exp(p[0]![layout.offsets[f]! + x0[f]!]!) - 1) < 1e-5);
  // the model's reverse step from arbitrary logits is a distribution too
  const logits = tf.tensor2d(rng.normals(rows * layout.total), [rows, layout.total]);
  const pPred = multinomialPPred(s, logits, logXt, t, layout);
  for (const sum of sliceSums(pPred)) assert.ok(Math.abs(sum - 1) < 1e-5, `p(x_{t−1}|x_t) sums to ${sum}`);
  tf.dispose([logX0, logXt, post, logits, pPred]);
  assert.equal(tf.memory().numTensors, 0);
});

test('loss is the prior KL alone when the model predicts x_0 exactly, and larger otherwise', () => {
  const rows = 4;
  const x0 = Int32Array.from([0, 1, 1, 4, 2, 0, 0, 3]);
  const t = [0, 3, 20, 50];
  const logX0 = indexToLogOnehot(x0, rows, layout);
  const logXt = indexToLogOnehot(Int32Array.from([1, 1, 0, 4, 2, 2, 1, 3]), rows, layout);
  const perfect = tf.mul(logX0, 1); // logits = log one-hot → softmax is x_0
  const loss = multinomialLoss(s, perfect as tf.Tensor2D, logX0, logXt, t, layout).dataSync();
  const prior = multinomialKlPrior(s, logX0, layout).dataSync();
  for (let r = 1; r < rows; r++) assert.ok(Math.abs(loss[r]! - prior[r]! / 2) < 1e-3, `row ${r}: ${loss[r]} vs prior ${prior[r]! / 2}`);
  const wrong = tf.zeros([rows, layout.total]) as tf.Tensor2D; // uniform prediction
  const worse = multinomialLoss(s, wrong, logX0, logXt, t, layout).dataSync();
  for (let r = 0; r < rows; r++) assert.ok(worse[r]! > loss[r]! + 1e-4, `row ${r}: uniform ${worse[r]} vs exact ${loss[r]}`);
  tf.dispose([logX0, logXt, perfect, wrong]);
});

test('Gumbel-max sampling follows the given probabilities', () => {
  const n = 20000;
  const probs = [0.6, 0.3, 0.1, 0.05, 0.05, 0.1, 0.2, 0.6];
  const logP = tf.tidy(() => tf.log(tf.tile(tf.tensor2d(probs, [1, 8]), [n, 1]))) as tf.Tensor2D;
  const u = tf.tensor2d(new Rng(11).uniforms(n * 8), [n, 8]);
  const codes = gumbelSample(logP, u, layout);
  const c = codes.dataSync();
  const freq = [new Array(3).fill(0), new Array(5).fill(0)];
  for (let i = 0; i < n; i++) for (let f = 0; f < 2; f++) freq[f]![c[i * 2 + f]!] += 1 / n;
  [[0.6, 0.3, 0.1], [0.05, 0.05, 0.1, 0.2, 0.6]].forEach((ps, f) =>
    ps.forEach((pj, j) => assert.ok(Math.abs(freq[f]![j]! - pj) < 0.015, `feature ${f} level ${j}: ${freq[f]![j]} vs ${pj}`)));
  tf.dispose([logP, u, codes]);
});
