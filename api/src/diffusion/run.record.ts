import type { DiffusionConfig } from '@vigil/ml/diffusion';
import type { CleaningOptions, CleaningStepReport } from '@vigil/ml/tables';
import type { StoredRecord } from '../ports/record-store.js';

export type DatasetKind = 'NSL_KDD' | 'UNSW_NB15' | 'CSV';
export type RunStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

/** Where a run's table comes from: a server-side path and how to read it. */
export interface DatasetSpec {
  dataset: DatasetKind;
  path: string;
  /** CSV only: whether the first line names the columns (default true). */
  header?: boolean;
  /** CSV only: the label column (its values become classes). */
  labelColumn?: string;
}

/** The training job's payload (JSON). */
export interface TrainPayload {
  runId: string;
  source: DatasetSpec;
  cleaning: CleaningOptions;
  config: DiffusionConfig;
  /** Rows generated at the end of training for the quality report and the CSV download. */
  sampleRows: number | null;
  /** Fraction of rows kept out of training for DCROverfittingProtection (0 = none). */
  holdoutFraction: number;
  checkpointEvery: number;
}

export interface LossPoint {
  step: number;
  loss: number;
  lr: number;
}

export interface RunDurations {
  loadSeconds: number | null;
  trainSeconds: number | null;
  sampleSeconds: number | null;
  scoreSeconds: number | null;
  totalSeconds: number | null;
}

export interface RunRecord extends StoredRecord {
  status: RunStatus;
  source: DatasetSpec;
  cleaningOptions: CleaningOptions;
  config: DiffusionConfig;
  sampleRows: number | null;
  holdoutFraction: number;
  checkpointEvery: number;
  jobId: string;
  /** Every job the run has had (a resume adds one). */
  jobIds: string[];
  phase: string | null;
  backend: string | null;
  rows: number | null;
  holdoutRows: number | null;
  columns: string[];
  /** Integer columns modelled as categories (turned back into numbers after sampling). */
  discreteColumns: string[];
  cleaning: CleaningStepReport[];
  lossCurve: LossPoint[];
  step: number;
  loss: number | null;
  lr: number | null;
  etaSeconds: number | null;
  resumedFrom: number | null;
  syntheticRows: number | null;
  durations: RunDurations;
  error: string | null;
  startedAt: string | null;
  finishedAt: string | null;
}

/** The quality report kept for a run (collection 'reports', id = run id). */
export interface ReportRecord extends StoredRecord {
  runId: string;
  evaluation: import('@vigil/ml/quality').SyntheticEvaluation;
}

/** Progress messages the training job sends to the main thread. */
export type TrainProgress =
  | { kind: 'prepared'; backend: string; rows: number; holdoutRows: number; columns: string[]; discreteColumns: string[]; cleaning: CleaningStepReport[]; loadSeconds: number; resumedFrom: number | null }
  | { kind: 'step'; step: number; totalSteps: number; loss: number; lr: number; etaSeconds: number }
  | { kind: 'phase'; phase: 'sampling' | 'scoring'; rowsDone?: number; rowsTotal?: number };

export interface TrainResultPayload {
  steps: number;
  resumedFrom: number;
  trainSeconds: number;
  sampleSeconds: number;
  scoreSeconds: number;
  syntheticRows: number;
  evaluation: import('@vigil/ml/quality').SyntheticEvaluation;
}

export const artifactKeys = {
  checkpoint: (runId: string) => `runs/${runId}/checkpoint.bin`,
  model: (runId: string) => `runs/${runId}/model.bin`,
  synthetic: (runId: string) => `runs/${runId}/synthetic.csv`,
  sample: (runId: string, sampleId: string) => `runs/${runId}/samples/${sampleId}.csv`,
};
