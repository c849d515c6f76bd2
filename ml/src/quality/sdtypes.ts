import { badInput } from '../errors/index.js';
import { type CategoricalData, type ColumnData, MISSING_CODE, type Table } from '../tables/index.js';

/** SDMetrics' statistical types, the two that Vigil's tables carry. */
export type SdType = 'numerical' | 'categorical';

/** Column name → sdtype, in the order columns are scored (SDMetrics' `metadata['columns']`). */
export type Metadata = Readonly<Record<string, SdType>>;

/** Numeric columns are numerical; categorical and label columns categorical (NSL-KDD: protocol_type, service, flag, label). */
export function metadataOf(table: Table): Metadata {
  return Object.fromEntries(table.columns.map((c) => [c.name, c.kind === 'numeric' ? 'numerical' : 'categorical']));
}

/** Checks that both tables hold every metadata column. */
export function checkColumns(metadata: Metadata, ...tables: readonly Table[]): void {
  for (const name of Object.keys(metadata)) {
    for (const table of tables) {
      if (!table.has(name)) throw badInput(`column '${name}' is missing from one of the tables being compared`, { column: name });
    }
  }
}

export function numericValues(table: Table, name: string): Float64Array {
  const d = table.data(name);
  if (d.type !== 'numeric') throw badInput(`column '${name}' is scored as numerical but holds categories`, { column: name });
  return d.values;
}

/** Categorical view of a column; numeric data (a column declared categorical) gets one level per distinct value. */
export function categoricalValues(data: ColumnData): CategoricalData {
  if (data.type === 'categorical') return data;
  const index = new Map<number, number>();
  const levels: string[] = [];
  const codes = new Int32Array(data.values.length);
  data.values.forEach((v, i) => {
    if (Number.isNaN(v)) {
      codes[i] = MISSING_CODE;
      return;
    }
    let code = index.get(v);
    if (code === undefined) {
      code = levels.length;
      index.set(v, code);
      levels.push(String(v));
    }
    codes[i] = code;
  });
  return { type: 'categorical', codes, levels };
}

export interface AlignedCodes {
  real: Int32Array;
  synthetic: Int32Array;
  /** real's levels first (in their order), then levels seen only in the synthetic data. */
  levels: string[];
}

/** Re-codes two categorical columns into one shared level space (missing stays -1). */
export function alignCategorical(real: CategoricalData, synthetic: CategoricalData): AlignedCodes {
  const levels = [...real.levels];
  const index = new Map(levels.map((l, i) => [l, i]));
  const map = synthetic.levels.map((l) => {
    let code = index.get(l);
    if (code === undefined) {
      code = levels.length;
      index.set(l, code);
      levels.push(l);
    }
    return code;
  });
  const syn = synthetic.codes.map((c) => (c === MISSING_CODE ? MISSING_CODE : map[c]!));
  return { real: real.codes, synthetic: syn, levels };
}
