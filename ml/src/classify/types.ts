import type { Matrix } from './matrix.js';

export type Task = 'binary' | 'multiclass';
export type Family = 'logistic' | 'mlp' | 'trees';

/** Progress of a fit, sent through the injected callback; `step` counts up to `total`. */
export interface FitProgress {
  family: Family;
  step: number;
  total: number;
  /** Training loss where the family has one (mean weighted cross-entropy). */
  loss?: number;
}

export interface FitOptions {
  /** Seeds every random choice (initialisation, shuffling, bootstrap), so a fit is reproducible. */
  seed: number;
  onProgress?: (progress: FitProgress) => void;
  /** Aborting stops the fit between steps with a VigilError. */
  signal?: AbortSignal;
  /** Per-row weights (e.g. from `classWeights`); all 1 when absent. */
  sampleWeights?: Float32Array;
}

export interface FitSummary {
  ms: number;
  steps: number;
  finalLoss?: number;
}

/** One feature's share in a prediction: positive values push towards the predicted class. */
export interface Contribution {
  feature: string;
  value: number;
}

/** The serialised form of any classifier: `family` chooses the loader. */
export interface ClassifierState {
  family: Family;
  version: 1;
  task: Task;
  classes: string[];
  features: string[];
  [key: string]: unknown;
}

/**
 * The contract of every model family. Labels are class indices into `classes`; for the binary task
 * `classes` is `[negative, positive]` (e.g. `['normal', 'attack']`), so column 1 of `predictProba` is P(attack).
 */
export interface Classifier {
  readonly family: Family;
  readonly task: Task;
  readonly classes: readonly string[];
  /** Names of the encoded input columns, in order. */
  readonly features: readonly string[];
  fit(X: Matrix, y: Int32Array, opts: FitOptions): Promise<FitSummary>;
  /** rows × classes probabilities, row-major. */
  predictProba(X: Matrix): Float32Array;
  /** The top `k` features behind the predicted class of one encoded row. */
  contributions(x: Float32Array, k?: number): Contribution[];
  toJSON(): ClassifierState;
}

export interface ClassifierConfig {
  task: Task;
  classes: readonly string[];
  features: readonly string[];
}
