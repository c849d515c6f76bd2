import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { gaussianQPosterior, gaussianQSample } from '../../src/diffusion/gaussian.js';
import { Rng } from '../../src/diffusion/prng.js';
import { makeSchedule } from '../../src/diffusion/schedule.js';
import { initBackend } from '../../src/tf/index.js';

before(async () => {
  await initBackend();
});

test('schedules: linear and cosine betas are in (0, 1), ᾱ decreasing, cosine ends near 0', () => {
  for (const kind of ['linear', 'cosine'] as const) {
    for (const T of [100, 1000]) {
      const s = makeSchedule(kind, T);
      assert.equal(s.betas.length, T);
      for (let t = 0; t < T; t++) {
        assert.ok(s.betas[t]! > 0 && s.betas[t]! < 1);
        if (t > 0) assert.ok(s.alphasCumprod[t]! < s.alphasCumprod[t - 1]!);
      }
      assert.ok(s.alphasCumprod[T - 1]! < 0.01, `${kind} T=${T} ends at ᾱ=${s.alphasCumprod[T - 1]}`);
    }
  }
  const lin = makeSchedule('linear', 1000);
  assert.ok(Math.abs(lin.betas[0]! - 1e-4) < 1e-12 && Math.abs(lin.betas[999]! - 0.02) < 1e-12);
  const lin100 = makeSchedule('linear', 100); // scaled by 1000/T as in improved DDPM
  assert.ok(Math.abs(lin100.betas[0]! - 1e-3) < 1e-12 && Math.abs(lin100.betas[99]! - 0.2) < 1e-12);
});

test('q(x_t | x_0): empirical mean and variance match √ᾱ_t x_0 and 1 − ᾱ_t', () => {
  const s = makeSchedule('cosine', 1000);
  const rng = new Rng(7);
  const n = 20000;
  for (const t of [0, 100, 500, 900]) {
    const x0 = 1.7;
    const xt = tf.tidy(() =>
      gaussianQSample(s, tf.fill([n, 1], x0) as tf.Tensor2D, new Int32Array(n).fill(t), tf.tensor2d(rng.normals(n), [n, 1])).dataSync(),
    );
    let mean = 0;
    for (const v of xt) mean += v / n;
    let variance = 0;
    for (const v of xt) variance += (v - mean) ** 2 / (n - 1);
    const meanTrue = Math.sqrt(s.alphasCumprod[t]!) * x0;
    const varTrue = 1 - s.alphasCumprod[t]!;
    // standard errors: sd/√n for the mean, var·√(2/n) for the variance; allow 5 of them (plus float32 slack)
    assert.ok(Math.abs(mean - meanTrue) < 5 * Math.sqrt(varTrue / n) + 1e-5, `t=${t} mean ${mean} vs ${meanTrue}`);
    assert.ok(Math.abs(variance - varTrue) < 5 * varTrue * Math.sqrt(2 / n) + 1e-6, `t=${t} var ${variance} vs ${varTrue}`);
  }
  assert.equal(tf.memory().numTensors, 0);
});

test('q(x_{t−1} | x_t, x_0): mean and variance equal the product of the two Gaussians (Bayes)', () => {
  for (const kind of ['linear', 'cosine'] as const) {
    const s = makeSchedule(kind, 100);
    const x0 = [0.3, -1.2, 2.0];
    const xt = [1.1, 0.4, -0.7];
    for (const t of [1, 10, 50, 99]) {
      const [x0t, xtt] = [tf.tensor2d(x0, [3, 1]), tf.tensor2d(xt, [3, 1])];
      const { mean, variance, logVariance } = gaussianQPosterior(s, x0t, xtt, [t, t, t]);
      tf.dispose([x0t, xtt]);
      const m = mean.dataSync();
      const v = variance.dataSync();
      tf.dispose([mean, variance, logVariance]);
      // q(x_{t−1}|x_0) = N(√ᾱ_{t−1} x_0, 1 − ᾱ_{t−1}),  q(x_t|x_{t−1}) = N(√α_t x_{t−1}, β_t)
      const abPrev = s.alphasCumprod[t - 1]!;
      const alpha = 1 - s.betas[t]!;
      const precision = 1 / (1 - abPrev) + alpha / s.betas[t]!;
      for (let i = 0; i < 3; i++) {
        const expectedMean = (Math.sqrt(abPrev) * x0[i]! / (1 - abPrev) + (Math.sqrt(alpha) * xt[i]!) / s.betas[t]!) / precision;
        assert.ok(Math.abs(m[i]! - expectedMean) < 1e-5, `${kind} t=${t}: mean ${m[i]} vs ${expectedMean}`);
        assert.ok(Math.abs(v[i]! - 1 / precision) < 1e-6 * Math.max(1, 1 / precision), `${kind} t=${t}: var ${v[i]} vs ${1 / precision}`);
      }
    }
    // t = 0: the posterior collapses onto x_0
    const [a, b] = [tf.tensor2d([0.5], [1, 1]), tf.tensor2d([0.9], [1, 1])];
    const { mean, variance, logVariance } = gaussianQPosterior(s, a, b, [0]);
    tf.dispose([a, b]);
    assert.ok(Math.abs(mean.dataSync()[0]! - 0.5) < 1e-6);
    assert.equal(variance.dataSync()[0], 0);
    tf.dispose([mean, variance, logVariance]);
  }
  assert.equal(tf.memory().numTensors, 0);
});
