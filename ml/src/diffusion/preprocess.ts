import { badInput } from '../errors/index.js';
import { decodeCategorical, encodeCategorical, fitCategorical } from './categorical-encoding.js';
import { Rng } from './prng.js';
import { fitQuantile, quantileForward, quantileInverse, tabddpmQuantileCount, type QuantileColumn } from './quantile-transform.js';

/** A table as plain column arrays (what the tables module produces). */
export interface TrainingTable {
  numeric: { name: string; values: ArrayLike<number> }[];
  categorical: { name: string; values: readonly string[] }[];
  /** Optional class column; the model can condition on it, and sampling can ask for counts per class. */
  label?: { name: string; values: readonly string[] };
}

/** Sampled rows, in the same shape, with numbers and strings as in the input. */
export interface SampledTable {
  numeric: { name: string; values: Float64Array }[];
  categorical: { name: string; values: string[] }[];
  label?: { name: string; values: string[] };
}

/** Fitted preprocessing state; plain data, stored with the model. */
export interface Preprocessor {
  rows: number;
  numeric: {
    name: string;
    quantile: QuantileColumn;
    /** Every training value is an integer: outputs are rounded. */
    integer: boolean;
    /** Integer columns with ≤ 32 distinct values: outputs snap to the nearest of these (TabDDPM's round_columns). */
    levels?: number[];
  }[];
  categorical: { name: string; levels: string[] }[];
  label?: { name: string; levels: string[]; counts: number[] };
}

/** The encoded table: quantile-normal numerics [rows, dNum] and integer codes [rows, F]. */
export interface EncodedTable {
  rows: number;
  xNum: Float32Array;
  dNum: number;
  xCat: Int32Array;
  /** Levels per categorical feature. */
  catSizes: number[];
  y?: Int32Array;
}

export function tableRows(table: TrainingTable): number {
  const lengths = [...table.numeric.map((c) => c.values.length), ...table.categorical.map((c) => c.values.length)];
  if (table.label) lengths.push(table.label.values.length);
  if (lengths.length === 0) throw badInput('the table has no columns to learn');
  const rows = lengths[0]!;
  if (lengths.some((n) => n !== rows)) throw badInput('the columns of the table have different lengths', { lengths });
  if (rows < 2) throw badInput('the table needs at least 2 rows to learn from', { rows });
  return rows;
}

export function fitPreprocessor(table: TrainingTable, opts: { nQuantiles?: number } = {}): Preprocessor {
  const rows = tableRows(table);
  const nQuantiles = opts.nQuantiles ?? tabddpmQuantileCount(rows);
  const numeric = table.numeric.map(({ name, values }) => {
    const quantile = fitQuantile(values, nQuantiles);
    let integer = true;
    const distinct = new Set<number>();
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (Number.isNaN(v)) continue;
      if (!Number.isInteger(v)) integer = false;
      if (distinct.size <= 32) distinct.add(v);
    }
    const levels = integer && distinct.size <= 32 ? [...distinct].sort((a, b) => a - b) : undefined;
    return { name, quantile, integer, ...(levels ? { levels } : {}) };
  });
  const categorical = table.categorical.map(({ name, values }) => ({ name, levels: fitCategorical(values).levels }));
  let label: Preprocessor['label'];
  if (table.label) {
    const levels = fitCategorical(table.label.values).levels;
    const index = new Map(levels.map((l, i) => [l, i]));
    const counts = new Array<number>(levels.length).fill(0);
    for (const v of table.label.values) counts[index.get(v)!]! += 1;
    label = { name: table.label.name, levels, counts };
  }
  return { rows, numeric, categorical, ...(label ? { label } : {}) };
}

/** `spreadTiesSeed`: spread tied numeric values over their quantile interval (quantileForward) with a generator of this seed. */
export function encodeTable(p: Preprocessor, table: TrainingTable, opts: { spreadTiesSeed?: number } = {}): EncodedTable {
  const rows = tableRows(table);
  const dNum = p.numeric.length;
  if (table.numeric.length !== dNum || table.categorical.length !== p.categorical.length) {
    throw badInput('the table does not have the columns the preprocessor was fitted on');
  }
  const xNum = new Float32Array(rows * dNum);
  const rng = opts.spreadTiesSeed === undefined ? undefined : new Rng(opts.spreadTiesSeed);
  p.numeric.forEach((col, j) => {
    const values = table.numeric[j]!.values;
    const z = quantileForward(col.quantile, values, rng ? () => rng.uniform() : undefined);
    for (let r = 0; r < rows; r++) {
      if (Number.isNaN(z[r]!)) throw badInput(`numeric column '${col.name}' has a missing value; clean or impute it first`, { column: col.name, row: r });
      xNum[r * dNum + j] = z[r]!;
    }
  });
  const F = p.categorical.length;
  const xCat = new Int32Array(rows * F);
  p.categorical.forEach((col, f) => {
    const codes = encodeCategorical(col, table.categorical[f]!.values, col.name);
    for (let r = 0; r < rows; r++) xCat[r * F + f] = codes[r]!;
  });
  const out: EncodedTable = { rows, xNum, dNum, xCat, catSizes: p.categorical.map((c) => c.levels.length) };
  if (p.label && table.label) out.y = encodeCategorical({ levels: p.label.levels }, table.label.values, p.label.name);
  return out;
}

/** Inverse of encodeTable for generated rows: normal scores → values (rounded where the column is integer). */
export function decodeTable(p: Preprocessor, rows: number, xNum: ArrayLike<number>, xCat: ArrayLike<number>, y?: ArrayLike<number>): SampledTable {
  const dNum = p.numeric.length;
  const numeric = p.numeric.map((col, j) => {
    const z = new Float64Array(rows);
    for (let r = 0; r < rows; r++) z[r] = xNum[r * dNum + j]!;
    const values = quantileInverse(col.quantile, z);
    if (col.integer) for (let r = 0; r < rows; r++) values[r] = col.levels ? nearest(col.levels, values[r]!) : Math.round(values[r]!);
    return { name: col.name, values };
  });
  const F = p.categorical.length;
  const categorical = p.categorical.map((col, f) => {
    const codes = new Int32Array(rows);
    for (let r = 0; r < rows; r++) codes[r] = xCat[r * F + f]!;
    return { name: col.name, values: decodeCategorical(col, codes) };
  });
  const out: SampledTable = { numeric, categorical };
  if (p.label && y) out.label = { name: p.label.name, values: decodeCategorical({ levels: p.label.levels }, y) };
  return out;
}

function nearest(sorted: number[], v: number): number {
  let best = sorted[0]!;
  for (const s of sorted) if (Math.abs(s - v) < Math.abs(best - v)) best = s;
  return best;
}
