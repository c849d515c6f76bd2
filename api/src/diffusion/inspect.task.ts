// Task: load and clean a dataset to check it before a run is queued (typed errors reach the caller).
import type { CleaningOptions, CleaningStepReport } from '@vigil/ml/tables';
import { loadAndClean } from './load-dataset.js';
import type { DatasetSpec } from './run.record.js';

export interface InspectResult {
  rows: number;
  columns: string[];
  label: string | null;
  cleaning: CleaningStepReport[];
}

export default async function inspectDataset(input: { source: DatasetSpec; cleaning: CleaningOptions }): Promise<InspectResult> {
  const { table, report } = await loadAndClean(input.source, input.cleaning);
  return { rows: table.rowCount, columns: table.names, label: table.label?.name ?? null, cleaning: report };
}
