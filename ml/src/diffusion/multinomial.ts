import * as tf from '@tensorflow/tfjs';
import { gatherColumn, type Schedule } from './schedule.js';

/**
 * Multinomial diffusion (Hoogeboom et al. 2021) over several categorical features side by side, as in TabDDPM:
 * every tensor is [b, Σ K_i] in log space, one slice of K_i columns per feature.
 */
export interface CatLayout {
  sizes: number[];
  offsets: number[];
  total: number;
}

export function catLayout(sizes: number[]): CatLayout {
  const offsets: number[] = [];
  let total = 0;
  for (const k of sizes) {
    offsets.push(total);
    total += k;
  }
  return { sizes, offsets, total };
}

/** log K_i repeated over each feature's columns, [1, Σ K_i]. */
function logK(layout: CatLayout): tf.Tensor2D {
  const v = new Float32Array(layout.total);
  layout.sizes.forEach((k, i) => v.fill(Math.log(k), layout.offsets[i]!, layout.offsets[i]! + k));
  return tf.tensor2d(v, [1, layout.total]);
}

const column = (values: Float64Array, t: ArrayLike<number>) => tf.tensor2d(gatherColumn(values, t), [t.length, 1]);

export function logAddExp(a: tf.Tensor, b: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    const m = tf.maximum(a, b);
    return tf.add(m, tf.log(tf.add(tf.exp(tf.sub(a, m)), tf.exp(tf.sub(b, m)))));
  });
}

/** Applies fn to each feature's slice and concatenates the results. */
function perSlice(x: tf.Tensor2D, layout: CatLayout, fn: (slice: tf.Tensor2D) => tf.Tensor2D): tf.Tensor2D {
  if (layout.sizes.length === 1) return fn(x);
  const parts = layout.sizes.map((k, i) => fn(tf.slice(x, [0, layout.offsets[i]!], [-1, k])));
  return tf.concat(parts, 1);
}

/** Normalises each feature's slice: x − logsumexp(slice). */
export function sliceLogNormalize(x: tf.Tensor2D, layout: CatLayout): tf.Tensor2D {
  return tf.tidy(() => perSlice(x, layout, (s) => tf.sub(s, tf.logSumExp(s, 1, true))));
}

/** Integer codes [b, F] → log one-hot (log of 1e-30 for the zeros, as TabDDPM). */
export function indexToLogOnehot(codes: Int32Array, rows: number, layout: CatLayout): tf.Tensor2D {
  const v = new Float32Array(rows * layout.total).fill(Math.log(1e-30));
  const F = layout.sizes.length;
  for (let r = 0; r < rows; r++) for (let f = 0; f < F; f++) v[r * layout.total + layout.offsets[f]! + codes[r * F + f]!] = 0;
  return tf.tensor2d(v, [rows, layout.total]);
}

/** Plain one-hot (0/1) of codes [b, F]; the denoiser's categorical input. */
export function indexToOnehot(codes: Int32Array, rows: number, layout: CatLayout): Float32Array {
  const v = new Float32Array(rows * layout.total);
  const F = layout.sizes.length;
  for (let r = 0; r < rows; r++) for (let f = 0; f < F; f++) v[r * layout.total + layout.offsets[f]! + codes[r * F + f]!] = 1;
  return v;
}

/** log q(x_t | x_0) = log(ᾱ_t x_0 + (1 − ᾱ_t)/K). */
export function multinomialQPred(s: Schedule, logX0: tf.Tensor2D, t: ArrayLike<number>, layout: CatLayout): tf.Tensor2D {
  return tf.tidy(() =>
    logAddExp(tf.add(logX0, column(s.logCumprodAlpha, t)), tf.sub(column(s.log1mCumprodAlpha, t), logK(layout))) as tf.Tensor2D,
  );
}

/** log q(x_t | x_{t−1}) as a function of x_t: log(α_t x_t + (1 − α_t)/K). */
export function multinomialQPredOneStep(s: Schedule, logXt: tf.Tensor2D, t: ArrayLike<number>, layout: CatLayout): tf.Tensor2D {
  return tf.tidy(() =>
    logAddExp(tf.add(logXt, column(s.logAlpha, t)), tf.sub(column(s.log1mAlpha, t), logK(layout))) as tf.Tensor2D,
  );
}

/**
 * log q(x_{t−1} | x_t, x_0) ∝ q(x_t | x_{t−1}) q(x_{t−1} | x_0), normalised per feature; at t = 0 the
 * q(x_{t−1} | x_0) factor is x_0 itself.
 */
export function multinomialQPosterior(
  s: Schedule,
  logX0: tf.Tensor2D,
  logXt: tf.Tensor2D,
  t: ArrayLike<number>,
  layout: CatLayout,
): tf.Tensor2D {
  return tf.tidy(() => {
    const tm1 = Array.from(t, (v) => Math.max(v - 1, 0));
    const isZero = tf.tensor2d(Float32Array.from(t, (v) => (v === 0 ? 1 : 0)), [t.length, 1]);
    const evPrev = multinomialQPred(s, logX0, tm1, layout);
    // where(t == 0, logX0, evPrev), written with a mask so that it broadcasts and differentiates
    const ev = tf.add(tf.mul(isZero, logX0), tf.mul(tf.sub(1, isZero), evPrev));
    const unnormed = tf.add(ev, multinomialQPredOneStep(s, logXt, t, layout));
    return sliceLogNormalize(unnormed as tf.Tensor2D, layout);
  });
}

/** Σ over columns of p1 (log p1 − log p2), per row [b]. */
export function multinomialKl(logP1: tf.Tensor2D, logP2: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => tf.sum(tf.mul(tf.exp(logP1), tf.sub(logP1, logP2)), 1));
}

/**
 * TabDDPM's multinomial loss per row (before the mean over the batch), 'vb_stochastic' with uniform t:
 * (L_t / p_t + KL(q(x_T|x_0) ‖ uniform)) / F, where L_t is the KL between the true and the model posterior for
 * t > 0 and the decoder NLL −log p(x_0|x_1) at t = 0; the model posterior uses x̂_0 = softmax(model output).
 */
export function multinomialLoss(
  s: Schedule,
  modelOut: tf.Tensor2D,
  logX0: tf.Tensor2D,
  logXt: tf.Tensor2D,
  t: ArrayLike<number>,
  layout: CatLayout,
): tf.Tensor1D {
  return tf.tidy(() => {
    const logTrue = multinomialQPosterior(s, logX0, logXt, t, layout);
    const logX0Pred = sliceLogNormalize(modelOut, layout);
    const logModel = multinomialQPosterior(s, logX0Pred, logXt, t, layout);
    const kl = multinomialKl(logTrue, logModel);
    const decoderNll = tf.neg(tf.sum(tf.mul(tf.exp(logX0), logModel), 1));
    const isZero = tf.tensor1d(Float32Array.from(t, (v) => (v === 0 ? 1 : 0)));
    const lt = tf.add(tf.mul(isZero, decoderNll), tf.mul(tf.sub(1, isZero), kl));
    const prior = multinomialKlPrior(s, logX0, layout);
    return tf.div(tf.add(tf.mul(lt, s.T), prior), layout.sizes.length);
  });
}

/** KL(q(x_T | x_0) ‖ uniform) per row; constant in the model's parameters. */
export function multinomialKlPrior(s: Schedule, logX0: tf.Tensor2D, layout: CatLayout): tf.Tensor1D {
  return tf.tidy(() => {
    const b = logX0.shape[0];
    const logQT = multinomialQPred(s, logX0, new Int32Array(b).fill(s.T - 1), layout);
    return multinomialKl(logQT, tf.neg(logK(layout)) as tf.Tensor2D);
  });
}

/** The model's log p(x_{t−1} | x_t): the true posterior with x̂_0 = softmax(model output). */
export function multinomialPPred(s: Schedule, modelOut: tf.Tensor2D, logXt: tf.Tensor2D, t: ArrayLike<number>, layout: CatLayout): tf.Tensor2D {
  return tf.tidy(() => multinomialQPosterior(s, sliceLogNormalize(modelOut, layout), logXt, t, layout));
}

/**
 * Samples one category per feature from log-probabilities by the Gumbel-max trick with the given uniforms
 * ([b, Σ K_i], in (0, 1)); returns codes [b, F].
 */
export function gumbelSample(logProbs: tf.Tensor2D, uniforms: tf.Tensor2D, layout: CatLayout): tf.Tensor2D {
  return tf.tidy(() => {
    const gumbel = tf.neg(tf.log(tf.add(tf.neg(tf.log(tf.add(uniforms, 1e-30))), 1e-30)));
    const noisy = tf.add(gumbel, logProbs);
    const codes = layout.sizes.map((k, i) => tf.argMax(tf.slice(noisy, [0, layout.offsets[i]!], [-1, k]), 1));
    return tf.stack(codes, 1).toInt() as tf.Tensor2D;
  });
}

/**
 * The categorical counterpart of a DDIM step (TabDDPM's multinomial_ddim_step with η = 0): x_{t'} drawn from
 * ᾱ_{t'} x̂_0 + (1 − ᾱ_{t'})/K, for strided sampling.
 */
export function multinomialStridedProbs(s: Schedule, modelOut: tf.Tensor2D, tPrev: number, layout: CatLayout): tf.Tensor2D {
  return tf.tidy(() => {
    const abPrev = tPrev < 0 ? 1 : s.alphasCumprod[tPrev]!;
    const x0 = tf.exp(sliceLogNormalize(modelOut, layout));
    const probs = tf.add(tf.mul(x0, abPrev), tf.div(1 - abPrev, tf.exp(logK(layout))));
    return tf.log(tf.maximum(probs, 1e-30));
  });
}
