import { stat } from 'node:fs/promises';
import { Rng } from '@vigil/ml/diffusion';
import { badInput, notFound } from '@vigil/ml/errors';
import { cleanTable, loadTableFile, NSL_KDD, relabelNslKdd, UNSW_NB15, type CleaningOptions, type CleaningStepReport, type Table } from '@vigil/ml/tables';
import type { DatasetSpec } from './run.record.js';

/** Reads a dataset from a server-side path with its descriptor (NSL-KDD: label as normal/DoS/Probe/R2L/U2R). */
export async function loadDataset(spec: DatasetSpec): Promise<Table> {
  let info;
  try {
    info = await stat(spec.path);
  } catch {
    throw notFound('file', spec.path);
  }
  if (!info.isFile()) throw badInput(`'${spec.path}' is not a file`, { path: spec.path });
  switch (spec.dataset) {
    case 'NSL_KDD':
      return relabelNslKdd((await loadTableFile(spec.path, NSL_KDD)).table, 'five-class');
    case 'UNSW_NB15':
      return (await loadTableFile(spec.path, UNSW_NB15)).table;
    case 'CSV':
      return (await loadTableFile(spec.path, { header: spec.header ?? true, ...(spec.labelColumn ? { label: spec.labelColumn } : {}) })).table;
  }
}

export async function loadAndClean(spec: DatasetSpec, cleaning: CleaningOptions): Promise<{ table: Table; report: CleaningStepReport[] }> {
  const table = await loadDataset(spec);
  const cleaned = cleanTable(table, cleaning);
  if (cleaned.table.rowCount < 2) throw badInput(`the table has ${cleaned.table.rowCount} rows after cleaning; at least 2 are needed`, { rows: cleaned.table.rowCount });
  if (cleaned.table.columns.length < 1) throw badInput('the table has no columns left after cleaning');
  return cleaned;
}

/** A seeded split: `fraction` of the rows (at least 1 when > 0) become the holdout. */
export function splitHoldout(table: Table, fraction: number, seed: number): { train: Table; holdout: Table | null } {
  if (!(fraction > 0)) return { train: table, holdout: null };
  const n = table.rowCount;
  const k = Math.min(n - 1, Math.max(1, Math.round(n * fraction)));
  const order = Array.from({ length: n }, (_, i) => i);
  const rng = new Rng(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng.uniform() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const holdout = order.slice(0, k).sort((a, b) => a - b);
  const train = order.slice(k).sort((a, b) => a - b);
  return { train: table.take(train), holdout: table.take(holdout) };
}

