import { BaseClassifier } from '../base-classifier.js';
import type { Matrix } from '../matrix.js';
import { rng } from '../random.js';
import { decodeF32, decodeI32, encodeF32, encodeI32 } from '../serialize.js';
import { topByMagnitude } from '../softmax.js';
import type { Classifier, ClassifierConfig, ClassifierState, Contribution, FitOptions, FitSummary } from '../types.js';
import { checkInput, checkState, checkTraining, notFitted, throwIfAborted, tick } from '../validate.js';
import { binMatrix, fitBinEdges } from './bins.js';
import { growTree, NodeStore } from './grow.js';

export interface ForestOptions {
  trees: number;
  maxDepth: number;
  minSamplesLeaf: number;
  /** Features tried per split; default √features. */
  maxFeatures?: number;
  /** Bins per feature (≤ 255). */
  maxBins: number;
  /** Bootstrap sample size as a fraction of the rows. */
  sampleFraction: number;
}

export const defaultForestOptions: ForestOptions = {
  trees: 60,
  maxDepth: 24,
  minSamplesLeaf: 1,
  maxBins: 255,
  sampleFraction: 1,
};

interface Nodes {
  feature: Int32Array;
  threshold: Float32Array;
  left: Int32Array;
  right: Int32Array;
  value: Float32Array;
  roots: Int32Array;
}

/**
 * Random forest on histogram-binned features (255 quantile bins fitted on the training rows), Gini splits,
 * bootstrap with per-row weights. Prediction averages the leaves' class distributions on raw values (thresholds
 * are bin edges), so a saved model needs no binning.
 *
 * Contributions are path attributions (Saabas, "treeinterpreter"): walking each tree from root to leaf, the change
 * in the predicted class's probability at every split is credited to the split's feature, averaged over trees.
 * They add up exactly to P(class) − the forest's prior for that class, and cost one tree walk, no permutations.
 *
 * Own implementation rather than a library: measured against `ml-random-forest` 2.1.0 (mljs, the maintained npm
 * forest) on NSL-KDD, binary, 122 encoded features, 10 trees, depth ≤ 24, one core: 2,500 rows 14.9 s vs 0.09 s,
 * 5,000 rows 58.2 s vs 0.12 s (the library sorts at every node and grows ~quadratically; 25,192 rows did not
 * finish in 5 min, and its out-of-bag step throws on rows that land in every bag unless `noOOB`). Extrapolated
 * to 126k rows the library needs hours; this one fits 60 trees on all of KDDTrain+ in about 10 s.
 */
export class RandomForest extends BaseClassifier<ForestOptions> implements Classifier {
  readonly family = 'trees' as const;
  private nodes: Nodes | null = null;

  constructor(config: ClassifierConfig, options: Partial<ForestOptions> = {}) {
    super(config, defaultForestOptions, options);
  }

  async fit(X: Matrix, y: Int32Array, opts: FitOptions): Promise<FitSummary> {
    const started = performance.now();
    const k = this.classes.length;
    checkInput(X, this.features);
    checkTraining(X, y, k, opts);
    const o = this.options;
    const edges = fitBinEdges(X, Math.min(255, o.maxBins), 50_000, opts.seed);
    const data = { bins: binMatrix(X, edges), rows: X.rows, cols: X.cols, edges, y, classes: k };
    const params = {
      maxDepth: o.maxDepth,
      minSamplesLeaf: o.minSamplesLeaf,
      maxFeatures: o.maxFeatures ?? Math.max(1, Math.round(Math.sqrt(X.cols))),
    };
    const store = new NodeStore(k);
    const roots: number[] = [];
    const weights = new Float64Array(X.rows);
    const draws = Math.max(1, Math.round(o.sampleFraction * X.rows));
    for (let t = 0; t < o.trees; t++) {
      const random = rng(opts.seed * 7919 + t + 1);
      weights.fill(0);
      for (let i = 0; i < draws; i++) weights[Math.floor(random() * X.rows)]! += 1;
      if (opts.sampleWeights) for (let r = 0; r < X.rows; r++) weights[r]! *= opts.sampleWeights[r]!;
      roots.push(growTree(data, weights, params, random, store));
      opts.onProgress?.({ family: this.family, step: t + 1, total: o.trees });
      await tick();
      throwIfAborted(opts.signal);
    }
    this.nodes = {
      feature: Int32Array.from(store.feature),
      threshold: Float32Array.from(store.threshold),
      left: Int32Array.from(store.left),
      right: Int32Array.from(store.right),
      value: Float32Array.from(store.value),
      roots: Int32Array.from(roots),
    };
    return { ms: performance.now() - started, steps: o.trees };
  }

  get nodeCount(): number {
    return this.nodes?.feature.length ?? 0;
  }

  predictProba(X: Matrix): Float32Array {
    checkInput(X, this.features);
    const n = this.fitted();
    const k = this.classes.length;
    const d = X.cols;
    const out = new Float32Array(X.rows * k);
    const scale = 1 / n.roots.length;
    for (let r = 0; r < X.rows; r++) {
      const off = r * d;
      for (const root of n.roots) {
        let node = root;
        while (n.feature[node]! >= 0) {
          node = X.data[off + n.feature[node]!]! <= n.threshold[node]! ? n.left[node]! : n.right[node]!;
        }
        for (let c = 0; c < k; c++) out[r * k + c]! += n.value[node * k + c]! * scale;
      }
    }
    return out;
  }

  contributions(x: Float32Array, topK = 5): Contribution[] {
    const n = this.fitted();
    const k = this.classes.length;
    const proba = this.predictProba({ rows: 1, cols: this.features.length, data: x });
    let best = 0;
    for (let c = 1; c < k; c++) if (proba[c]! > proba[best]!) best = c;
    const terms = new Float64Array(this.features.length);
    for (const root of n.roots) {
      let node = root;
      while (n.feature[node]! >= 0) {
        const f = n.feature[node]!;
        const next = x[f]! <= n.threshold[node]! ? n.left[node]! : n.right[node]!;
        terms[f]! += n.value[next * k + best]! - n.value[node * k + best]!;
        node = next;
      }
    }
    for (let j = 0; j < terms.length; j++) terms[j]! /= n.roots.length;
    return topByMagnitude(terms, topK).map((j) => ({ feature: this.features[j]!, value: terms[j]! }));
  }

  toJSON(): ClassifierState {
    const n = this.fitted();
    return {
      ...this.stateHeader(),
      nodes: {
        feature: encodeI32(n.feature),
        threshold: encodeF32(n.threshold),
        left: encodeI32(n.left),
        right: encodeI32(n.right),
        value: encodeF32(n.value),
        roots: encodeI32(n.roots),
      },
    };
  }

  static fromJSON(state: ClassifierState): RandomForest {
    checkState(state, 'trees');
    const model = new RandomForest(state, state.options as Partial<ForestOptions>);
    const s = (state.nodes ?? {}) as Record<string, unknown>;
    model.nodes = {
      feature: decodeI32(s.feature),
      threshold: decodeF32(s.threshold),
      left: decodeI32(s.left),
      right: decodeI32(s.right),
      value: decodeF32(s.value),
      roots: decodeI32(s.roots),
    };
    return model;
  }

  private fitted(): Nodes {
    if (!this.nodes) throw notFitted(this.family);
    return this.nodes;
  }
}
