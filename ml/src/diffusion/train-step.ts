import * as tf from '@tensorflow/tfjs';
import type { DiffusionConfig } from './config.js';
import { denoiserBackward, denoiserForward, type Denoiser, type DenoiserInput } from './denoiser.js';
import { gaussianQSample } from './gaussian.js';
import { catLayout, indexToLogOnehot, indexToOnehot, multinomialLoss, type CatLayout } from './multinomial.js';
import { applyUpdate, learningRate, type OptimizerState } from './optimizer.js';
import type { EncodedTable } from './preprocess.js';
import type { Rng } from './prng.js';
import type { Schedule } from './schedule.js';
import { timestepEmbedding } from './timestep-embedding.js';

/** Everything a training step reads and advances. */
export interface TrainState {
  config: DiffusionConfig;
  schedule: Schedule;
  layout: CatLayout;
  denoiser: Denoiser;
  optimizer: OptimizerState;
  rng: Rng;
  /** Steps completed. */
  step: number;
  classes: number;
}

/** One minibatch with its diffusion noise, all drawn from the run's rng (in this order). */
export interface Batch {
  rows: number;
  x0Num: Float32Array;
  x0Cat: Int32Array;
  t: Int32Array;
  noise: Float32Array;
  xtCat: Int32Array;
  y?: Int32Array;
}

export function drawBatch(data: EncodedTable, s: Schedule, rng: Rng, size: number): Batch {
  const { dNum, catSizes } = data;
  const F = catSizes.length;
  const x0Num = new Float32Array(size * dNum);
  const x0Cat = new Int32Array(size * F);
  const y = data.y ? new Int32Array(size) : undefined;
  for (let i = 0; i < size; i++) {
    const r = rng.int(data.rows);
    x0Num.set(data.xNum.subarray(r * dNum, (r + 1) * dNum), i * dNum);
    x0Cat.set(data.xCat.subarray(r * F, (r + 1) * F), i * F);
    if (y && data.y) y[i] = data.y[r]!;
  }
  const t = new Int32Array(size);
  for (let i = 0; i < size; i++) t[i] = rng.int(s.T);
  const noise = rng.normals(size * dNum);
  // q(x_t | x_0) for categoricals: keep x_0 with probability ᾱ_t, else a uniform level. This is exactly the
  // categorical distribution ᾱ_t·onehot(x_0) + (1 − ᾱ_t)/K that TabDDPM samples with Gumbel-max.
  const xtCat = new Int32Array(size * F);
  for (let i = 0; i < size; i++) {
    const keep = s.alphasCumprod[t[i]!]!;
    for (let f = 0; f < F; f++) xtCat[i * F + f] = rng.uniform() < keep ? x0Cat[i * F + f]! : rng.int(catSizes[f]!);
  }
  return { rows: size, x0Num, x0Cat, t, noise, xtCat, ...(y ? { y } : {}) };
}

export function onehotRows(codes: Int32Array, rows: number, classes: number): tf.Tensor2D {
  const v = new Float32Array(rows * classes);
  for (let i = 0; i < rows; i++) v[i * classes + codes[i]!] = 1;
  return tf.tensor2d(v, [rows, classes]);
}

export interface StepLoss {
  loss: number;
  gaussian: number;
  multinomial: number;
}

/** The tensors of one batch: denoiser input, Gaussian noise and log one-hots. Call inside tf.tidy. */
export function batchTensors(st: TrainState, batch: Batch, dNum: number) {
  const { schedule: s, layout } = st;
  const b = batch.rows;
  const parts: tf.Tensor2D[] = [];
  let noise: tf.Tensor2D | undefined;
  if (dNum > 0) {
    noise = tf.tensor2d(batch.noise, [b, dNum]);
    parts.push(gaussianQSample(s, tf.tensor2d(batch.x0Num, [b, dNum]), batch.t, noise));
  }
  if (layout.total > 0) parts.push(tf.tensor2d(indexToOnehot(batch.xtCat, b, layout), [b, layout.total]));
  const x = parts.length === 1 ? parts[0]! : (tf.concat(parts, 1) as tf.Tensor2D);
  const tEmb = tf.tensor2d(timestepEmbedding(batch.t, st.config.dimT), [b, st.config.dimT]);
  const yOnehot = st.classes > 0 && batch.y ? onehotRows(batch.y, b, st.classes) : undefined;
  const input: DenoiserInput = { x, tEmb, ...(yOnehot ? { yOnehot } : {}) };
  const logX0 = layout.total > 0 ? indexToLogOnehot(batch.x0Cat, b, layout) : undefined;
  const logXt = layout.total > 0 ? indexToLogOnehot(batch.xtCat, b, layout) : undefined;
  return { input, noise, logX0, logXt };
}

/** TabDDPM's mixed loss of a denoiser output: MSE on ε for numerics + mean multinomial loss. Call inside tf.tidy. */
export function batchLoss(st: TrainState, batch: Batch, dNum: number, bt: ReturnType<typeof batchTensors>, out: tf.Tensor2D) {
  const { schedule: s, layout } = st;
  const gaussian = dNum > 0 ? (tf.mean(tf.square(tf.sub(bt.noise!, tf.slice(out, [0, 0], [-1, dNum])))) as tf.Scalar) : tf.scalar(0);
  let total: tf.Scalar = gaussian;
  if (layout.total > 0) {
    const catOut = tf.slice(out, [0, dNum], [-1, layout.total]) as tf.Tensor2D;
    total = tf.add(total, tf.mean(multinomialLoss(s, catOut, bt.logX0!, bt.logXt!, batch.t, layout)));
  }
  return { total, gaussian };
}

/**
 * Loss and gradients for one batch: forward pass, dLoss/dOutput by autodiff of the (matMul-free) loss head, then
 * the hand-written backward pass through the dense layers. Returns tensors the caller must dispose.
 */
export function lossAndGrads(st: TrainState, batch: Batch, dNum: number): { loss: tf.Scalar; gaussian: tf.Scalar; grads: tf.Tensor[] } {
  return tf.tidy(() => {
    const bt = batchTensors(st, batch, dNum);
    const cache = denoiserForward(st.denoiser, bt.input);
    const { value, grad } = tf.valueAndGrad((out: tf.Tensor2D) => batchLoss(st, batch, dNum, bt, out).total)(cache.out);
    const grads = denoiserBackward(st.denoiser, cache, grad as tf.Tensor2D);
    const gaussian = batchLoss(st, batch, dNum, bt, cache.out).gaussian;
    return { loss: value, gaussian, grads };
  });
}

/** One training step: batch, loss, gradients, optimiser update. Returns plain numbers; no tensor outlives it. */
export function trainStep(st: TrainState, data: EncodedTable): StepLoss & { lr: number } {
  const batch = drawBatch(data, st.schedule, st.rng, st.config.batchSize);
  const lr = learningRate(st.step, st.config);
  const { loss, gaussian, grads } = lossAndGrads(st, batch, data.dNum);
  try {
    applyUpdate(st.optimizer, st.denoiser.params, grads, lr);
    const total = loss.dataSync()[0]!;
    const g = gaussian.dataSync()[0]!;
    st.step += 1;
    return { loss: total, gaussian: g, multinomial: total - g, lr };
  } finally {
    tf.dispose([loss, gaussian, ...grads]);
  }
}

export { catLayout };
