import { BaseClassifier } from './base-classifier.js';
import type { Matrix } from './matrix.js';
import { rng, shuffle } from './random.js';
import { softmaxInPlace, topByMagnitude } from './softmax.js';
import type { Classifier, ClassifierConfig, ClassifierState, Contribution, FitOptions, FitSummary } from './types.js';
import { checkInput, checkState, checkTraining, notFitted, throwIfAborted, tick } from './validate.js';
import { decodeF32, encodeF32 } from './serialize.js';

export interface LogisticOptions {
  /** L2 penalty on the weights (not the biases). */
  l2: number;
  epochs: number;
  batchSize: number;
  /** Adam step size at the start; it decays linearly to 10% over the epochs. */
  learningRate: number;
}

export const defaultLogisticOptions: LogisticOptions = { l2: 1e-4, epochs: 8, batchSize: 256, learningRate: 0.01 };

/**
 * Multinomial logistic regression (softmax; for the binary task a two-class softmax, equivalent to a sigmoid),
 * with L2, trained by mini-batch Adam in typed arrays. Contributions are the largest |w·x| terms, with the weights
 * centred across classes (softmax logits are only defined up to a shared shift) for the predicted class.
 */
export class LogisticRegression extends BaseClassifier<LogisticOptions> implements Classifier {
  readonly family = 'logistic' as const;
  /** classes × features, row-major. */
  private weights: Float32Array;
  private bias: Float32Array;
  private trained = false;

  constructor(config: ClassifierConfig, options: Partial<LogisticOptions> = {}) {
    super(config, defaultLogisticOptions, options);
    this.weights = new Float32Array(this.classes.length * this.features.length);
    this.bias = new Float32Array(this.classes.length);
  }

  async fit(X: Matrix, y: Int32Array, opts: FitOptions): Promise<FitSummary> {
    const started = performance.now();
    const k = this.classes.length;
    const d = this.features.length;
    checkInput(X, this.features);
    checkTraining(X, y, k, opts);
    const { l2, epochs, batchSize, learningRate } = this.options;
    const random = rng(opts.seed);
    const W = new Float32Array(k * d);
    const b = new Float32Array(k);
    const gW = new Float32Array(k * d);
    const gb = new Float32Array(k);
    const mW = new Float32Array(k * d);
    const vW = new Float32Array(k * d);
    const mb = new Float32Array(k);
    const vb = new Float32Array(k);
    const p = new Float64Array(k);
    const order = Int32Array.from({ length: X.rows }, (_, i) => i);
    const totalSteps = epochs * Math.ceil(X.rows / batchSize);
    const [beta1, beta2, eps] = [0.9, 0.999, 1e-8];
    let step = 0;
    let loss = 0;
    for (let epoch = 0; epoch < epochs; epoch++) {
      shuffle(order, random);
      let lossSum = 0;
      let weightSum = 0;
      for (let start = 0; start < X.rows; start += batchSize) {
        const end = Math.min(X.rows, start + batchSize);
        gW.fill(0);
        gb.fill(0);
        let batchWeight = 0;
        for (let i = start; i < end; i++) {
          const r = order[i]!;
          const w = opts.sampleWeights ? opts.sampleWeights[r]! : 1;
          const x = X.data.subarray(r * d, r * d + d);
          for (let c = 0; c < k; c++) p[c] = b[c]! + dot(W, c * d, x, d);
          softmaxInPlace(p, 0, k);
          lossSum -= w * Math.log(Math.max(p[y[r]!]!, 1e-30));
          weightSum += w;
          batchWeight += w;
          for (let c = 0; c < k; c++) {
            const g = w * (p[c]! - (c === y[r] ? 1 : 0));
            if (g === 0) continue;
            gb[c]! += g;
            const off = c * d;
            for (let j = 0; j < d; j++) gW[off + j]! += g * x[j]!;
          }
        }
        step++;
        const lr = learningRate * (1 - 0.9 * (step / totalSteps));
        const c1 = 1 - beta1 ** step;
        const c2 = 1 - beta2 ** step;
        const inv = 1 / Math.max(batchWeight, 1e-12);
        for (let j = 0; j < k * d; j++) {
          const g = gW[j]! * inv + l2 * W[j]!;
          mW[j] = beta1 * mW[j]! + (1 - beta1) * g;
          vW[j] = beta2 * vW[j]! + (1 - beta2) * g * g;
          W[j]! -= (lr * (mW[j]! / c1)) / (Math.sqrt(vW[j]! / c2) + eps);
        }
        for (let c = 0; c < k; c++) {
          const g = gb[c]! * inv;
          mb[c] = beta1 * mb[c]! + (1 - beta1) * g;
          vb[c] = beta2 * vb[c]! + (1 - beta2) * g * g;
          b[c]! -= (lr * (mb[c]! / c1)) / (Math.sqrt(vb[c]! / c2) + eps);
        }
      }
      loss = lossSum / Math.max(weightSum, 1e-12);
      opts.onProgress?.({ family: this.family, step: epoch + 1, total: epochs, loss });
      await tick();
      throwIfAborted(opts.signal);
    }
    this.weights = W;
    this.bias = b;
    this.trained = true;
    return { ms: performance.now() - started, steps: step, finalLoss: loss };
  }

  predictProba(X: Matrix): Float32Array {
    checkInput(X, this.features);
    if (!this.trained) throw notFitted(this.family);
    const k = this.classes.length;
    const d = this.features.length;
    const out = new Float32Array(X.rows * k);
    for (let r = 0; r < X.rows; r++) {
      const x = X.data.subarray(r * d, r * d + d);
      for (let c = 0; c < k; c++) out[r * k + c] = this.bias[c]! + dot(this.weights, c * d, x, d);
      softmaxInPlace(out, r * k, k);
    }
    return out;
  }

  contributions(x: Float32Array, topK = 5): Contribution[] {
    const k = this.classes.length;
    const d = this.features.length;
    const proba = this.predictProba({ rows: 1, cols: d, data: x });
    let best = 0;
    for (let c = 1; c < k; c++) if (proba[c]! > proba[best]!) best = c;
    const terms = new Float64Array(d);
    for (let j = 0; j < d; j++) {
      let mean = 0;
      for (let c = 0; c < k; c++) mean += this.weights[c * d + j]!;
      terms[j] = (this.weights[best * d + j]! - mean / k) * x[j]!;
    }
    return topByMagnitude(terms, topK).map((j) => ({ feature: this.features[j]!, value: terms[j]! }));
  }

  toJSON(): ClassifierState {
    if (!this.trained) throw notFitted(this.family);
    return {
      ...this.stateHeader(),
      weights: encodeF32(this.weights),
      bias: encodeF32(this.bias),
    };
  }

  static fromJSON(state: ClassifierState): LogisticRegression {
    checkState(state, 'logistic');
    const model = new LogisticRegression(state, state.options as Partial<LogisticOptions>);
    model.weights = decodeF32(state.weights, model.classes.length * model.features.length);
    model.bias = decodeF32(state.bias, model.classes.length);
    model.trained = true;
    return model;
  }
}

function dot(w: Float32Array, offset: number, x: Float32Array, d: number): number {
  let s = 0;
  for (let j = 0; j < d; j++) s += w[offset + j]! * x[j]!;
  return s;
}
