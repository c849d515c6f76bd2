import { badInput } from '../errors/index.js';

export type ScheduleKind = 'linear' | 'cosine';

/**
 * Every per-timestep coefficient of Gaussian and multinomial diffusion, in float64, index t = 0..T-1 (as in TabDDPM,
 * where t = 0 is the first noising step).
 */
export interface Schedule {
  T: number;
  betas: Float64Array;
  alphasCumprod: Float64Array;
  alphasCumprodPrev: Float64Array;
  sqrtAlphasCumprod: Float64Array;
  sqrtOneMinusAlphasCumprod: Float64Array;
  sqrtRecipAlphasCumprod: Float64Array;
  sqrtRecipm1AlphasCumprod: Float64Array;
  posteriorVariance: Float64Array;
  posteriorLogVarianceClipped: Float64Array;
  posteriorMeanCoef1: Float64Array;
  posteriorMeanCoef2: Float64Array;
  /** TabDDPM's sampling variance ('fixed large'): posterior variance at t = 1 first, then betas. */
  largeLogVariance: Float64Array;
  logAlpha: Float64Array;
  log1mAlpha: Float64Array;
  logCumprodAlpha: Float64Array;
  log1mCumprodAlpha: Float64Array;
}

/** Linear (Ho et al., scaled by 1000/T) or cosine (Nichol & Dhariwal, s = 0.008, beta ≤ 0.999) betas. */
export function betaSchedule(kind: ScheduleKind, T: number): Float64Array {
  if (!Number.isInteger(T) || T < 2) throw badInput(`diffusion steps T must be an integer ≥ 2 (got ${T})`);
  const betas = new Float64Array(T);
  if (kind === 'linear') {
    const scale = 1000 / T;
    const start = scale * 0.0001;
    const end = scale * 0.02;
    for (let i = 0; i < T; i++) betas[i] = start + ((end - start) * i) / (T - 1);
  } else if (kind === 'cosine') {
    const alphaBar = (t: number) => Math.cos(((t + 0.008) / 1.008) * (Math.PI / 2)) ** 2;
    for (let i = 0; i < T; i++) betas[i] = Math.min(1 - alphaBar((i + 1) / T) / alphaBar(i / T), 0.999);
  } else {
    throw badInput(`unknown beta schedule '${String(kind)}' (linear or cosine)`);
  }
  return betas;
}

const log1mExp = (a: number) => Math.log(1 - Math.exp(a) + 1e-40);

export function makeSchedule(kind: ScheduleKind, T: number): Schedule {
  const betas = betaSchedule(kind, T);
  const f = () => new Float64Array(T);
  const s: Schedule = {
    T, betas, alphasCumprod: f(), alphasCumprodPrev: f(), sqrtAlphasCumprod: f(), sqrtOneMinusAlphasCumprod: f(),
    sqrtRecipAlphasCumprod: f(), sqrtRecipm1AlphasCumprod: f(), posteriorVariance: f(), posteriorLogVarianceClipped: f(),
    posteriorMeanCoef1: f(), posteriorMeanCoef2: f(), largeLogVariance: f(), logAlpha: f(), log1mAlpha: f(),
    logCumprodAlpha: f(), log1mCumprodAlpha: f(),
  };
  let cumprod = 1;
  let logCum = 0;
  for (let t = 0; t < T; t++) {
    const alpha = 1 - betas[t]!;
    const prev = cumprod;
    cumprod *= alpha;
    s.alphasCumprod[t] = cumprod;
    s.alphasCumprodPrev[t] = prev;
    s.sqrtAlphasCumprod[t] = Math.sqrt(cumprod);
    s.sqrtOneMinusAlphasCumprod[t] = Math.sqrt(1 - cumprod);
    s.sqrtRecipAlphasCumprod[t] = Math.sqrt(1 / cumprod);
    s.sqrtRecipm1AlphasCumprod[t] = Math.sqrt(1 / cumprod - 1);
    const pv = (betas[t]! * (1 - prev)) / (1 - cumprod);
    s.posteriorVariance[t] = pv;
    s.posteriorLogVarianceClipped[t] = Math.log(Math.max(pv, 1e-20));
    s.posteriorMeanCoef1[t] = (betas[t]! * Math.sqrt(prev)) / (1 - cumprod);
    s.posteriorMeanCoef2[t] = ((1 - prev) * Math.sqrt(alpha)) / (1 - cumprod);
    s.logAlpha[t] = Math.log(alpha);
    s.log1mAlpha[t] = log1mExp(s.logAlpha[t]!);
    logCum += s.logAlpha[t]!;
    s.logCumprodAlpha[t] = logCum;
    s.log1mCumprodAlpha[t] = log1mExp(logCum);
  }
  // TabDDPM (and guided-diffusion) sample with variance [posterior_variance[1], betas[1:]].
  for (let t = 0; t < T; t++) s.largeLogVariance[t] = Math.log(t === 0 ? s.posteriorVariance[1]! : betas[t]!);
  // posterior_log_variance_clipped[0] is taken from [1] in guided-diffusion, since the variance is 0 at t = 0.
  s.posteriorLogVarianceClipped[0] = s.posteriorLogVarianceClipped[1]!;
  return s;
}

/** Picks per-row values of a schedule array as a [b, 1] column (for broadcasting). */
export function gatherColumn(values: Float64Array, t: ArrayLike<number>): Float32Array {
  const out = new Float32Array(t.length);
  for (let i = 0; i < t.length; i++) out[i] = values[t[i]!]!;
  return out;
}
