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
