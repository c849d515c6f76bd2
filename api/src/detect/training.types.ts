import type { Family, Task } from '@vigil/ml/classify';

export type TrainingData = 'real' | 'synthetic' | 'augmented';

/** Training settings beyond family/task/data; every field has a default. */
export interface TrainConfig {
  seed: number;
  /** Folds of the novelty validation that chooses the threshold (0: no validation, use `threshold`). */
  noveltyFolds: number;
  /** A fixed P(attack) threshold instead of the validated one. */
  threshold: number | null;
  /** Row weights by class: default `sqrt` for multiclass, `none` for binary. */
  classWeighting: 'none' | 'sqrt' | 'balanced';
  /** Family options (e.g. `{ "epochs": 8 }` for logistic, `{ "trees": 60 }` for trees). */
  options: Record<string, unknown>;
}

/** What the API enqueues; paths are resolved and checked before the job starts. */
export interface TrainPayload {
  modelId: string;
  family: Family;
  task: Task;
  trainingData: TrainingData;
  /** NSL-KDD text file (no header, 43 fields) for REAL and AUGMENTED. */
  trainPath: string | null;
  /** Test splits to evaluate on, by display name. */
  testPaths: { name: string; path: string }[];
  diffusionRunId: string | null;
  /** Class name → synthetic rows to add (AUGMENTED). */
  augmentCounts: Record<string, number> | null;
  config: TrainConfig;
}

export interface ClassMetricsResult {
  class: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface SplitMetrics {
  split: string;
  rows: number;
  /** Accuracy of the product's decision (P(attack) ≥ threshold; category from the model for multiclass). */
  accuracy: number;
  /** Accuracy of the plain argmax (0.5 for binary), for comparison. */
  argmaxAccuracy: number;
  perClass: ClassMetricsResult[];
  macro: { precision: number; recall: number; f1: number };
  confusion: number[][];
  rocAuc: number | null;
  roc: { threshold: number; fpr: number; tpr: number }[] | null;
}

export interface TrainResult {
  classes: string[];
  features: number;
  threshold: number;
  validation: { folds: number; youden: number | null; tpr: number | null; fpr: number | null; note: string | null };
  metrics: SplitMetrics[];
  lineage: {
    datasetSha256: string | null;
    syntheticSha256: string | null;
    diffusionRunId: string | null;
    augmentCounts: Record<string, number> | null;
    trainRows: number;
  };
  fitMs: number;
  artifacts: { model: string; encoder: string };
}

/** Progress as the job reports it (and `classifierProgress` forwards it). */
export interface TrainProgress {
  phase: 'load' | 'validate' | 'fit' | 'evaluate' | 'save';
  step: number;
  total: number;
  loss: number | null;
  message: string;
}

export const artifactKeys = (modelId: string) => ({ model: `models/${modelId}/model.json`, encoder: `models/${modelId}/encoder.json` });

/** Where the Generate domain leaves a diffusion run's synthetic rows (CSV with a header, optionally gzip). */
export const syntheticKey = (runId: string) => `runs/${runId}/synthetic.csv`;
