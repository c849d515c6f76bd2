import type { Family, Task } from '@vigil/ml/classify';
import type { StoredRecord } from '../ports/record-store.js';
import type { SplitMetrics, TrainConfig, TrainingData, TrainResult } from './training.types.js';

export type ModelStatus = 'training' | 'ready' | 'failed' | 'cancelled';

/** One trained (or training) classifier version in the `models` collection. */
export interface ModelRecord extends StoredRecord {
  kind: 'classifier';
  family: Family;
  task: Task;
  trainingData: TrainingData;
  status: ModelStatus;
  jobId: string;
  classes: string[];
  features: number | null;
  threshold: number | null;
  validation: TrainResult['validation'] | null;
  metrics: SplitMetrics[];
  config: TrainConfig;
  trainPath: string | null;
  lineage: TrainResult['lineage'] & { diffusionRunId: string | null };
  promoted: boolean;
  promotedBy: string | null;
  promotedAt: string | null;
  fitMs: number | null;
  error: string | null;
  createdBy: string;
}
