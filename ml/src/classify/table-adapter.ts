import { badInput } from '../errors/index.js';
import type { Table } from '../tables/index.js';
import type { ColumnSpec, FlowRecord } from './encoder.js';

/** Encoder specs for a table's feature columns (its label column left out). */
export function featureSpecs(table: Table): ColumnSpec[] {
  return table.columns
    .filter((c) => c.kind !== 'label')
    .map((c): ColumnSpec => (c.kind === 'categorical' ? { name: c.name, kind: 'categorical' } : { name: c.name, kind: 'numeric' }));
}

/** The table's rows as flow records (feature columns only; missing values become null). */
export function tableRecords(table: Table): FlowRecord[] {
  const columns = table.columns.filter((c) => c.kind !== 'label');
  const getters = columns.map((c) => {
    const data = table.data(c.name);
    if (data.type === 'numeric') return (r: number) => (Number.isNaN(data.values[r]!) ? null : data.values[r]!);
    return (r: number) => (data.codes[r]! < 0 ? null : data.levels[data.codes[r]!]!);
  });
  const out: FlowRecord[] = new Array(table.rowCount);
  for (let r = 0; r < table.rowCount; r++) {
    const rec: Record<string, string | number | null> = {};
    columns.forEach((c, i) => (rec[c.name] = getters[i]!(r)));
    out[r] = rec;
  }
  return out;
}

/**
 * Class indices of the label column, matched to `classes` by name (never by storage code), so a model's class
 * index always means the class it is named after. An unknown or missing label is a typed error.
 */
export function tableLabels(table: Table, classes: readonly string[]): Int32Array {
  const spec = table.label;
  if (!spec) throw badInput('the table has no label column');
  const data = table.categorical(spec.name);
  const index = data.levels.map((level) => classes.indexOf(level));
  const out = new Int32Array(table.rowCount);
  for (let r = 0; r < table.rowCount; r++) {
    const code = data.codes[r]!;
    const c = code < 0 ? -1 : index[code]!;
    if (c < 0) {
      throw badInput(`row ${r}: label '${code < 0 ? '(missing)' : data.levels[code]}' is not one of ${classes.join(', ')}`, { row: r });
    }
    out[r] = c;
  }
  return out;
}
