import * as tf from '@tensorflow/tfjs';
import { gatherColumn, type Schedule } from './schedule.js';

/** Per-row timestep coefficient as a [b, 1] tensor. */
const coef = (values: Float64Array, t: ArrayLike<number>) => tf.tensor2d(gatherColumn(values, t), [t.length, 1]);

/** q(x_t | x_0) = N(√ᾱ_t x_0, (1 − ᾱ_t) I), sampled in closed form with the given noise. */
export function gaussianQSample(s: Schedule, x0: tf.Tensor2D, t: ArrayLike<number>, noise: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => tf.add(tf.mul(coef(s.sqrtAlphasCumprod, t), x0), tf.mul(coef(s.sqrtOneMinusAlphasCumprod, t), noise)));
}

/** x̂_0 = x_t/√ᾱ_t − √(1/ᾱ_t − 1) ε̂ */
export function predictX0FromEps(s: Schedule, xt: tf.Tensor2D, t: ArrayLike<number>, eps: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => tf.sub(tf.mul(coef(s.sqrtRecipAlphasCumprod, t), xt), tf.mul(coef(s.sqrtRecipm1AlphasCumprod, t), eps)));
}

/** q(x_{t−1} | x_t, x_0): mean and variance ([b, 1], per row). */
export function gaussianQPosterior(
  s: Schedule,
  x0: tf.Tensor2D,
  xt: tf.Tensor2D,
  t: ArrayLike<number>,
): { mean: tf.Tensor2D; variance: tf.Tensor2D; logVariance: tf.Tensor2D } {
  return tf.tidy(() => ({
    mean: tf.add(tf.mul(coef(s.posteriorMeanCoef1, t), x0), tf.mul(coef(s.posteriorMeanCoef2, t), xt)),
    variance: coef(s.posteriorVariance, t),
    logVariance: coef(s.posteriorLogVarianceClipped, t),
  }));
}

export type SamplingVariance = 'large' | 'small';

/**
 * One reverse step x_t → x_{t−1} from the predicted noise: the posterior mean at x̂_0, plus noise with the
 * 'large' (β_t, TabDDPM's choice) or 'small' (posterior) variance; no noise at t = 0. With `clip`, x̂_0 is
 * clipped to [−clip, clip] first (the quantile-normal data never leaves ±5.2): near t = T the cosine schedule's
 * β ≈ 0.999 amplifies ε̂ errors by 1/√α_t ≈ 30 otherwise.
 */
export function gaussianPSample(
  s: Schedule,
  xt: tf.Tensor2D,
  t: ArrayLike<number>,
  eps: tf.Tensor2D,
  noise: tf.Tensor2D,
  variance: SamplingVariance = 'large',
  clip?: number,
): tf.Tensor2D {
  return tf.tidy(() => {
    let x0 = predictX0FromEps(s, xt, t, eps);
    if (clip !== undefined) x0 = tf.clipByValue(x0, -clip, clip);
    const mean = tf.add(tf.mul(coef(s.posteriorMeanCoef1, t), x0), tf.mul(coef(s.posteriorMeanCoef2, t), xt));
    const logVar = variance === 'large' ? s.largeLogVariance : s.posteriorLogVarianceClipped;
    const sd = new Float32Array(t.length);
    for (let i = 0; i < t.length; i++) sd[i] = t[i] === 0 ? 0 : Math.exp(0.5 * logVar[t[i]!]!);
    return tf.add(mean, tf.mul(tf.tensor2d(sd, [t.length, 1]), noise));
  });
}

/**
 * A DDIM step (η = 0) from timestep t to an earlier timestep tPrev (−1 for the end), for strided sampling with
 * fewer steps than T.
 */
export function gaussianDdimStep(
  s: Schedule,
  xt: tf.Tensor2D,
  t: number,
  tPrev: number,
  eps: tf.Tensor2D,
  clip?: number,
): tf.Tensor2D {
  return tf.tidy(() => {
    const b = xt.shape[0];
    let x0 = predictX0FromEps(s, xt, new Int32Array(b).fill(t), eps);
    if (clip !== undefined) {
      x0 = tf.clipByValue(x0, -clip, clip);
      eps = tf.div(tf.sub(xt, tf.mul(x0, Math.sqrt(s.alphasCumprod[t]!))), Math.sqrt(1 - s.alphasCumprod[t]!));
    }
    const abPrev = tPrev < 0 ? 1 : s.alphasCumprod[tPrev]!;
    return tf.add(tf.mul(x0, Math.sqrt(abPrev)), tf.mul(eps, Math.sqrt(1 - abPrev)));
  });
}
