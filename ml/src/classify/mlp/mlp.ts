import * as tf from '@tensorflow/tfjs';
import { BaseClassifier } from '../base-classifier.js';
import type { Matrix } from '../matrix.js';
import { rng, shuffle } from '../random.js';
import { decodeF32, encodeF32 } from '../serialize.js';
import { topByMagnitude } from '../softmax.js';
import type { Classifier, ClassifierConfig, ClassifierState, Contribution, FitOptions, FitSummary } from '../types.js';
import { checkInput, checkState, checkTraining, notFitted, throwIfAborted, tick } from '../validate.js';
import { initBackend } from '../../tf/index.js';
import { backward, forward, initDense, type DenseParams } from './layers.js';

export interface MlpOptions {
  hidden: number[];
  epochs: number;
  batchSize: number;
  /** Adam step size at the start; it decays linearly to 10% over the epochs. */
  learningRate: number;
  /** L2 penalty on the weights. */
  l2: number;
}

export const defaultMlpOptions: MlpOptions = { hidden: [128, 64], epochs: 10, batchSize: 256, learningRate: 2e-3, l2: 1e-5 };

type Layer = { w: tf.Variable<tf.Rank.R2>; b: tf.Variable<tf.Rank.R1> };

/**
 * ReLU MLP with a softmax output, trained in TF.js (wasm) with a hand-written forward/backward step and Adam in
 * tensor ops (no `optimizer.minimize`: the explicit-transpose backward pass is several times faster on wasm).
 * Parameters live as tensors only during `fit`; prediction builds them inside `tf.tidy` from plain arrays.
 * Contributions are gradient × input of the predicted class's centred logit.
 */
export class MlpClassifier extends BaseClassifier<MlpOptions> implements Classifier {
  readonly family = 'mlp' as const;
  private params: DenseParams[] = [];

  constructor(config: ClassifierConfig, options: Partial<MlpOptions> = {}) {
    super(config, defaultMlpOptions, options);
  }

  async fit(X: Matrix, y: Int32Array, opts: FitOptions): Promise<FitSummary> {
    const started = performance.now();
    const k = this.classes.length;
    const d = this.features.length;
    checkInput(X, this.features);
    checkTraining(X, y, k, opts);
    await initBackend(); // shared backend choice (ml/src/tf): tfjs-node when installed, else wasm
    const { hidden, epochs, batchSize, learningRate, l2 } = this.options;
    const random = rng(opts.seed);
    const sizes = [d, ...hidden, k];
    const init = sizes.slice(1).map((out, i) => initDense(sizes[i]!, out, random));
    // tf.variable keeps its own copy; tidy disposes the initial values.
    const layers: Layer[] = init.map((p) => ({
      w: tf.tidy(() => tf.variable(tf.tensor2d(p.w, [p.inputs, p.outputs]))),
      b: tf.tidy(() => tf.variable(tf.tensor1d(p.b))),
    }));
    const zeros = (t: tf.Tensor) => tf.tidy(() => tf.variable(tf.zerosLike(t)));
    const moments = layers.map((l) => ({ mw: zeros(l.w), vw: zeros(l.w), mb: zeros(l.b), vb: zeros(l.b) }));
    const order = Int32Array.from({ length: X.rows }, (_, i) => i);
    const xBuf = new Float32Array(batchSize * d);
    const tBuf = new Float32Array(batchSize * k);
    const wBuf = new Float32Array(batchSize);
    const stepsPerEpoch = Math.ceil(X.rows / batchSize);
    const totalSteps = epochs * stepsPerEpoch;
    let step = 0;
    let loss = 0;
    try {
      for (let epoch = 0; epoch < epochs; epoch++) {
        shuffle(order, random);
        let lossSum = 0;
        const lossParts: tf.Scalar[] = [];
        for (let start = 0; start < X.rows; start += batchSize) {
          const n = Math.min(batchSize, X.rows - start);
          tBuf.fill(0);
          let wSum = 0;
          for (let i = 0; i < n; i++) {
            const r = order[start + i]!;
            xBuf.set(X.data.subarray(r * d, r * d + d), i * d);
            const w = opts.sampleWeights ? opts.sampleWeights[r]! : 1;
            wBuf[i] = w;
            wSum += w;
          }
          for (let i = 0; i < n; i++) {
            wBuf[i]! /= wSum;
            tBuf[i * k + y[order[start + i]!]!] = wBuf[i]!;
          }
          step++;
          const lr = learningRate * (1 - 0.9 * (step / totalSteps));
          lossParts.push(trainStep(layers, moments, xBuf.subarray(0, n * d), tBuf.subarray(0, n * k), wBuf.subarray(0, n), n, d, k, lr, l2, step));
          if (lossParts.length >= 32) lossSum += drain(lossParts);
        }
        lossSum += drain(lossParts);
        loss = lossSum / stepsPerEpoch;
        opts.onProgress?.({ family: this.family, step: epoch + 1, total: epochs, loss });
        await tick();
        throwIfAborted(opts.signal);
      }
      this.params = layers.map((l, i) => ({
        inputs: sizes[i]!,
        outputs: sizes[i + 1]!,
        w: l.w.dataSync() as Float32Array,
        b: l.b.dataSync() as Float32Array,
      }));
    } finally {
      layers.forEach((l) => (l.w.dispose(), l.b.dispose()));
      moments.forEach((m) => (m.mw.dispose(), m.vw.dispose(), m.mb.dispose(), m.vb.dispose()));
    }
    return { ms: performance.now() - started, steps: step, finalLoss: loss };
  }

  predictProba(X: Matrix): Float32Array {
    checkInput(X, this.features);
    this.fitted();
    const k = this.classes.length;
    const out = new Float32Array(X.rows * k);
    const chunk = 4096;
    for (let start = 0; start < X.rows; start += chunk) {
      const n = Math.min(chunk, X.rows - start);
      const probs = tf.tidy(() => {
        const x = tf.tensor2d(X.data.subarray(start * X.cols, (start + n) * X.cols), [n, X.cols]);
        return tf.softmax(forward(x, this.tensors()).logits);
      });
      out.set(probs.dataSync() as Float32Array, start * k);
      probs.dispose();
    }
    return out;
  }

  contributions(x: Float32Array, topK = 5): Contribution[] {
    this.fitted();
    const k = this.classes.length;
    const terms = tf.tidy(() => {
      const input = tf.tensor2d(x, [1, x.length]);
      const layers = this.tensors();
      const cache = forward(input, layers);
      const best = tf.argMax(cache.logits, 1).dataSync()[0]!;
      const g = new Float32Array(k).fill(-1 / k);
      g[best]! += 1;
      const { dx } = backward(tf.tensor2d(g, [1, k]), layers, cache, true);
      return tf.mul(dx!, input);
    });
    const values = terms.dataSync() as Float32Array;
    terms.dispose();
    return topByMagnitude(values, topK).map((j) => ({ feature: this.features[j]!, value: values[j]! }));
  }

  toJSON(): ClassifierState {
    this.fitted();
    return {
      ...this.stateHeader(),
      layers: this.params.map((p) => ({ inputs: p.inputs, outputs: p.outputs, w: encodeF32(p.w), b: encodeF32(p.b) })),
    };
  }

  static fromJSON(state: ClassifierState): MlpClassifier {
    checkState(state, 'mlp');
    const model = new MlpClassifier(state, state.options as Partial<MlpOptions>);
    const layers = (state.layers ?? []) as { inputs: number; outputs: number; w: string; b: string }[];
    model.params = layers.map((l) => ({
      inputs: l.inputs,
      outputs: l.outputs,
      w: decodeF32(l.w, l.inputs * l.outputs),
      b: decodeF32(l.b, l.outputs),
    }));
    return model;
  }

  /** Parameter tensors for one tidy scope (disposed with it). */
  private tensors() {
    return this.params.map((p) => ({ w: tf.tensor2d(p.w, [p.inputs, p.outputs]), b: tf.tensor1d(p.b) }));
  }

  private fitted(): void {
    if (this.params.length === 0) throw notFitted(this.family);
  }
}

/** One Adam step on a weighted batch; returns the batch loss as a scalar tensor (read later, in bulk). */
function trainStep(
  layers: Layer[],
  moments: { mw: tf.Variable; vw: tf.Variable; mb: tf.Variable; vb: tf.Variable }[],
  xData: Float32Array,
  targetData: Float32Array,
  weightData: Float32Array,
  n: number,
  d: number,
  k: number,
  lr: number,
  l2: number,
  step: number,
): tf.Scalar {
  return tf.tidy(() => {
    const x = tf.tensor2d(xData, [n, d]);
    const target = tf.tensor2d(targetData, [n, k]); // one-hot × normalised row weight
    const rowWeight = tf.tensor2d(weightData, [n, 1]);
    const cache = forward(x, layers);
    const logProbs = tf.logSoftmax(cache.logits);
    const loss = tf.neg(tf.sum(tf.mul(target, logProbs)));
    const dLogits = tf.sub(tf.mul(tf.exp(logProbs), rowWeight), target) as tf.Tensor2D;
    const { grads } = backward(dLogits, layers, cache);
    const [b1, b2, eps] = [0.9, 0.999, 1e-8];
    const lrT = (lr * Math.sqrt(1 - b2 ** step)) / (1 - b1 ** step);
    const update = (param: tf.Variable, g: tf.Tensor, m: tf.Variable, v: tf.Variable) => {
      m.assign(tf.add(tf.mul(m, b1), tf.mul(g, 1 - b1)));
      v.assign(tf.add(tf.mul(v, b2), tf.mul(tf.square(g), 1 - b2)));
      param.assign(tf.sub(param, tf.mul(tf.div(m, tf.add(tf.sqrt(v), eps)), lrT)));
    };
    layers.forEach((layer, i) => {
      const g = grads[i]!;
      const m = moments[i]!;
      update(layer.w, l2 > 0 ? tf.add(g.w, tf.mul(layer.w, l2)) : g.w, m.mw, m.vw);
      update(layer.b, g.b, m.mb, m.vb);
    });
    return loss as tf.Scalar;
  });
}

function drain(parts: tf.Scalar[]): number {
  let sum = 0;
  for (const p of parts) {
    sum += p.dataSync()[0]!;
    p.dispose();
  }
  parts.length = 0;
  return sum;
}
