// Task: draw rows from a trained run's model, write them as a CSV artifact, return a preview.
import { deserializeModel, disposeModel, sample, tableFromSampled } from '@vigil/ml/diffusion';
import { notFound } from '@vigil/ml/errors';
import { formatDelimited, Table } from '@vigil/ml/tables';
import { initBackend } from '@vigil/ml/tf';
import { DirectoryArtifactStore } from '../adapters/fs/artifact-store.js';
import { backToNumeric } from '@vigil/ml/diffusion';
import { artifactKeys } from './run.record.js';

export interface SampleTaskInput {
  artifactDir: string;
  runId: string;
  sampleId: string;
  rows: number;
  perClass?: Record<string, number>;
  seed: number;
  /** Column order of the training table, and decimals per numeric column (as the run's real data). */
  columns: string[];
  discreteColumns: string[];
  decimals: Record<string, number>;
  previewRows: number;
}

export interface SampleTaskResult {
  rows: number;
  columns: string[];
  preview: string[][];
  seconds: number;
}

export default async function sampleRun(input: SampleTaskInput): Promise<SampleTaskResult> {
  await initBackend();
  const artifacts = new DirectoryArtifactStore(input.artifactDir);
  const bytes = await artifacts.get(artifactKeys.model(input.runId));
  if (!bytes) throw notFound('model of run', input.runId);
  const model = deserializeModel(bytes);
  const started = performance.now();
  let table: Table;
  try {
    const sampled = await sample(model, input.rows, { seed: input.seed, ...(input.perClass ? { perClass: input.perClass } : {}) });
    table = backToNumeric(tableFromSampled(sampled, input.columns), input.discreteColumns);
  } finally {
    disposeModel(model);
  }
  for (const spec of table.columns) {
    const d = input.decimals[spec.name];
    if (spec.kind !== 'numeric' || d === undefined) continue;
    table = table.withColumn(spec, { type: 'numeric', values: Float64Array.from(table.numeric(spec.name), (v) => Math.round(v * 10 ** d) / 10 ** d) });
  }
  const csv = formatDelimited(table);
  await artifacts.put(artifactKeys.sample(input.runId, input.sampleId), new TextEncoder().encode(csv));
  const lines = csv.split('\n');
  const preview = lines.slice(1, 1 + Math.min(input.previewRows, table.rowCount)).map((l) => l.split(','));
  return { rows: table.rowCount, columns: table.names, preview, seconds: (performance.now() - started) / 1000 };
}
