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

/** Decimal places a column's values use (at most 6). */
export function decimalsOf(values: ArrayLike<number>): number {
  let d = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    while (d < 6 && Math.abs(v * 10 ** d - Math.round(v * 10 ** d)) > 1e-9) d++;
    if (d === 6) break;
  }
  return d;
}

/** Rounds each numeric column of `synthetic` to the precision of the same column in `real`. */
export function roundLike(real: Table, synthetic: Table): Table {
  let out = synthetic;
  for (const spec of synthetic.columns) {
    if (spec.kind !== 'numeric' || !real.has(spec.name)) continue;
    const d = decimalsOf(real.numeric(spec.name));
    const values = Float64Array.from(synthetic.numeric(spec.name), (v) => Math.round(v * 10 ** d) / 10 ** d);
    out = out.withColumn(spec, { type: 'numeric', values });
  }
  return out;
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

