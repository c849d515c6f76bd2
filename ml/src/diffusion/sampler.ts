import * as tf from '@tensorflow/tfjs';
import { badInput } from '../errors/index.js';
import { denoiserApply } from './denoiser.js';
import { gaussianDdimStep, gaussianPSample } from './gaussian.js';
import type { DiffusionModel } from './model.js';
import { gumbelSample, indexToOnehot, multinomialPPred, multinomialStridedProbs } from './multinomial.js';
import { decodeTable, type SampledTable } from './preprocess.js';
import { Rng } from './prng.js';
import { timestepEmbedding } from './timestep-embedding.js';
import { onehotRows } from './train-step.js';

export interface SampleOptions {
  seed?: number;
  /** Rows per class label (e.g. to augment rare classes); needs a label-conditioned model. Overrides n. */
  perClass?: Record<string, number>;
  /** Reverse steps; fewer than T uses strided (DDIM-style, η = 0) sampling. Default T. */
  steps?: number;
  /** Rows denoised together. */
  batchSize?: number;
  /** Called after each batch with rows done so far. */
  onProgress?(rowsDone: number, rowsTotal: number): void;
}

/**
 * Generates rows: TabDDPM's reverse process from N(0, I) and uniform categories, then the inverse transforms.
 * Without perClass, labels are drawn from the training label frequencies.
 */
export async function sample(model: DiffusionModel, n: number, opts: SampleOptions = {}): Promise<SampledTable> {
  const rng = new Rng(opts.seed ?? model.config.seed + 1);
  const labels = planLabels(model, n, opts, rng);
  const total = labels ? labels.length : n;
  if (!Number.isInteger(total) || total < 1) throw badInput(`number of rows to sample must be a positive integer (got ${total})`);
  const T = model.schedule.T;
  const steps = opts.steps ?? T;
  if (!Number.isInteger(steps) || steps < 1 || steps > T) throw badInput(`sampling steps must be an integer in 1..${T} (got ${steps})`);
  const timesteps = stridedTimesteps(T, steps);
  const dNum = model.preprocessor.numeric.length;
  const F = model.layout.sizes.length;
  const xNum = new Float32Array(total * dNum);
  const xCat = new Int32Array(total * F);
  const batchSize = opts.batchSize ?? 4096;
  for (let start = 0; start < total; start += batchSize) {
    const b = Math.min(batchSize, total - start);
    const y = labels?.subarray(start, start + b);
    const out = denoiseBatch(model, b, timesteps, rng, y);
    xNum.set(out.num, start * dNum);
    xCat.set(out.cat, start * F);
    opts.onProgress?.(start + b, total);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return decodeTable(model.preprocessor, total, xNum, xCat, labels);
}

/** Class codes per row, or undefined for an unconditional model. */
function planLabels(model: DiffusionModel, n: number, opts: SampleOptions, rng: Rng): Int32Array | undefined {
  const label = model.preprocessor.label;
  if (opts.perClass) {
    if (!label || model.classes === 0) throw badInput('per-class sampling needs a model conditioned on a label column');
    const codes: number[] = [];
    for (const [name, count] of Object.entries(opts.perClass)) {
      const code = label.levels.indexOf(name);
      if (code < 0) throw badInput(`unknown class '${name}' (known: ${label.levels.join(', ')})`, { class: name });
      if (!Number.isInteger(count) || count < 0) throw badInput(`row count for class '${name}' must be a non-negative integer`);
      for (let i = 0; i < count; i++) codes.push(code);
    }
    return Int32Array.from(codes);
  }
  if (!label || model.classes === 0) return undefined;
  const cumulative: number[] = [];
  let sum = 0;
  for (const c of label.counts) cumulative.push((sum += c));
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const u = rng.uniform() * sum;
    let k = 0;
    while (cumulative[k]! <= u) k++;
    codes[i] = k;
  }
  return codes;
}

/** T−1 … 0 for steps = T; otherwise `steps` evenly spaced timesteps ending at 0, descending. */
export function stridedTimesteps(T: number, steps: number): number[] {
  if (steps === T) return Array.from({ length: T }, (_, i) => T - 1 - i);
  const out = new Set<number>();
  for (let i = 0; i < steps; i++) out.add(Math.round((i * (T - 1)) / Math.max(1, steps - 1)));
  return [...out].sort((a, b) => b - a);
}

function denoiseBatch(model: DiffusionModel, b: number, timesteps: number[], rng: Rng, y?: Int32Array): { num: Float32Array; cat: Int32Array } {
  const { schedule: s, layout, config } = model;
  const dNum = model.preprocessor.numeric.length;
  const F = layout.sizes.length;
  const full = timesteps.length === s.T;
  const clip = config.clipDenoised > 0 ? config.clipDenoised : undefined;
  let z = tf.tensor2d(rng.normals(b * dNum), [b, dNum]);
  let codes = new Int32Array(b * F);
  for (let i = 0; i < b; i++) for (let f = 0; f < F; f++) codes[i * F + f] = rng.int(layout.sizes[f]!);
  const yOnehot = model.classes > 0 && y ? onehotRows(y, b, model.classes) : undefined;
  try {
    for (let k = 0; k < timesteps.length; k++) {
      const t = timesteps[k]!;
      const tPrev = k + 1 < timesteps.length ? timesteps[k + 1]! : -1;
      const tArr = new Int32Array(b).fill(t);
      const numNoise = rng.normals(b * dNum);
      const uniforms = rng.uniforms(b * layout.total);
      const next = tf.tidy(() => {
        const onehot = tf.tensor2d(indexToOnehot(codes, b, layout), [b, layout.total]);
        const x = dNum === 0 ? onehot : layout.total === 0 ? z : (tf.concat([z, onehot], 1) as tf.Tensor2D);
        const tEmb = tf.tensor2d(timestepEmbedding(tArr, config.dimT), [b, config.dimT]);
        const out = denoiserApply(model.denoiser, { x, tEmb, ...(yOnehot ? { yOnehot } : {}) });
        let zNext = z;
        if (dNum > 0) {
          const eps = tf.slice(out, [0, 0], [-1, dNum]) as tf.Tensor2D;
          zNext = full
            ? gaussianPSample(s, z, tArr, eps, tf.tensor2d(numNoise, [b, dNum]), config.samplingVariance, clip)
            : gaussianDdimStep(s, z, t, tPrev, eps, clip);
        }
        let catCodes: tf.Tensor2D | undefined;
        if (F > 0) {
          const catOut = tf.slice(out, [0, dNum], [-1, layout.total]) as tf.Tensor2D;
          const logXt = tf.log(tf.maximum(onehot, 1e-30)) as tf.Tensor2D;
          const logProbs = full ? multinomialPPred(s, catOut, logXt, tArr, layout) : multinomialStridedProbs(s, catOut, tPrev, layout);
          catCodes = gumbelSample(logProbs, tf.tensor2d(uniforms, [b, layout.total]), layout);
        }
        return { zNext, catCodes };
      });
      if (next.zNext !== z) z.dispose();
      z = next.zNext;
      if (next.catCodes) {
        codes = Int32Array.from(next.catCodes.dataSync());
        next.catCodes.dispose();
      }
    }
    return { num: Float32Array.from(z.dataSync()), cat: codes };
  } finally {
    z.dispose();
    yOnehot?.dispose();
  }
}
