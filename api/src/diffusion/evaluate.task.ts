// Task: score any synthetic table against its real table (quality report + DCR privacy).
import { badInput } from '@vigil/ml/errors';
import { evaluateSynthetic, metadataOf, SDMETRICS_027_THRESHOLDS, type SyntheticEvaluation } from '@vigil/ml/quality';
import type { Table } from '@vigil/ml/tables';
import { loadDataset } from './load-dataset.js';
import type { DatasetSpec } from './run.record.js';

export interface EvaluateTaskInput {
  real: DatasetSpec;
  /** A CSV with a header row naming the real table's columns (as the runs' downloads are). */
  syntheticPath: string;
  holdout?: DatasetSpec;
  strongPairsOnly: boolean;
  dcrRows: number | null;
  seed: number;
}

async function loadSynthetic(path: string, real: Table): Promise<Table> {
  const loaded = await loadDataset({ dataset: 'CSV', path, header: true, ...(real.label ? { labelColumn: real.label.name } : {}) });
  const missing = real.names.filter((n) => !loaded.has(n));
  if (missing.length) throw badInput(`the synthetic table lacks column(s) ${missing.join(', ')} of the real table`, { missing });
  return loaded;
}

export default async function evaluateTables(input: EvaluateTaskInput): Promise<SyntheticEvaluation> {
  const real = await loadDataset(input.real);
  const synthetic = await loadSynthetic(input.syntheticPath, real);
  const holdout = input.holdout ? await loadDataset(input.holdout) : undefined;
  const metadata = metadataOf(real);
  return evaluateSynthetic({
    real,
    synthetic,
    ...(holdout ? { holdout } : {}),
    quality: { metadata, ...(input.strongPairsOnly ? { thresholds: SDMETRICS_027_THRESHOLDS } : {}) },
    privacy: { metadata, seed: input.seed, ...(input.dcrRows !== null ? { numRowsSubsample: input.dcrRows } : {}) },
  });
}
