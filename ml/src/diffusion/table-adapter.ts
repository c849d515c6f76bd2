import { badInput } from '../errors/index.js';
import { MISSING_CODE, Table, type ArrayColumn } from '../tables/index.js';
import type { SampledTable, TrainingTable } from './preprocess.js';

/**
 * Bridges the tables module and the diffusion model: a Table's numeric, categorical and label columns become
 * plain arrays, and sampled columns become a Table again in the original column order.
 */
export function trainingTableFrom(table: Table): TrainingTable {
  const out: TrainingTable = { numeric: [], categorical: [] };
  for (const spec of table.columns) {
    if (spec.kind === 'numeric') {
      out.numeric.push({ name: spec.name, values: table.numeric(spec.name) });
      continue;
    }
    const data = table.categorical(spec.name);
    const values = Array.from(data.codes, (c, row) => {
      if (c === MISSING_CODE) throw badInput(`column '${spec.name}' has a missing value at row ${row}; clean or impute it first`, { column: spec.name, row });
      return data.levels[c]!;
    });
    if (spec.kind === 'label') out.label = { name: spec.name, values };
    else out.categorical.push({ name: spec.name, values });
  }
  return out;
}

/** Sampled columns as a Table, in `order` (default: numeric, categorical, label). */
export function tableFromSampled(sampled: SampledTable, order?: readonly string[]): Table {
  const columns: ArrayColumn[] = [
    ...sampled.numeric.map((c): ArrayColumn => ({ name: c.name, kind: 'numeric', values: c.values })),
    ...sampled.categorical.map((c): ArrayColumn => ({ name: c.name, kind: 'categorical', values: c.values })),
    ...(sampled.label ? [{ name: sampled.label.name, kind: 'label' as const, values: sampled.label.values }] : []),
  ];
  if (!order) return Table.fromArrays(columns);
  const byName = new Map(columns.map((c) => [c.name, c]));
  return Table.fromArrays(order.filter((n) => byName.has(n)).map((n) => byName.get(n)!));
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

/** Rounds each numeric column of `synthetic` to the precision of the same column in `real` (NSL-KDD rates: 2 places). */
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
