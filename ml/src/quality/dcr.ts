import type { Table } from '../tables/index.js';
import { alignCategorical, categoricalValues, checkColumns, type Metadata, numericValues } from './sdtypes.js';

/** Rows of one table laid out row-major for the distance loop. */
interface Encoded {
  rows: number;
  numeric: Float64Array;
  categorical: Int32Array;
}

/**
 * SDMetrics' distance to closest record (sdmetrics.single_table.privacy.dcr_utils.calculate_dcr): for every
 * row of `data`, the smallest distance to a row of `reference`. A numerical column contributes |Δ| / range,
 * capped at 1, with the range taken over the reference (a zero range gives 0 for equal values, 1 otherwise;
 * one side missing gives 1, both missing 0); a categorical column 0 when equal (missing equals missing), 1
 * otherwise. The row distance is the mean over the columns.
 *
 * The scan is exact: it stops summing a candidate once the partial sum reaches the best so far, which cannot
 * change the minimum since every term is non-negative.
 */
export function dcrDistances(data: Table, reference: Table, metadata: Metadata): Float64Array {
  checkColumns(metadata, data, reference);
  const names = Object.keys(metadata);
  const numericNames = names.filter((n) => metadata[n] === 'numerical');
  const categoricalNames = names.filter((n) => metadata[n] === 'categorical');
  const ranges = Float64Array.from(numericNames, (n) => range(numericValues(reference, n)));
  const refNum = numericNames.map((n) => numericValues(reference, n));
  const dataNum = numericNames.map((n) => numericValues(data, n));
  const aligned = categoricalNames.map((n) => alignCategorical(categoricalValues(reference.data(n)), categoricalValues(data.data(n))));
  const ref = encode(reference.rowCount, refNum, aligned.map((a) => a.real));
  const dat = encode(data.rowCount, dataNum, aligned.map((a) => a.synthetic));
  return minDistances(dat, ref, ranges, names.length);
}

function range(values: Float64Array): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo > hi ? Number.NaN : hi - lo;
}

function encode(rows: number, numeric: Float64Array[], categorical: Int32Array[]): Encoded {
  const nn = numeric.length;
  const nc = categorical.length;
  const num = new Float64Array(rows * nn);
  const cat = new Int32Array(rows * nc);
  for (let r = 0; r < rows; r++) {
    for (let k = 0; k < nn; k++) num[r * nn + k] = numeric[k]![r]!;
    for (let k = 0; k < nc; k++) cat[r * nc + k] = categorical[k]![r]!;
  }
  return { rows, numeric: num, categorical: cat };
}

function minDistances(data: Encoded, ref: Encoded, ranges: Float64Array, columnCount: number): Float64Array {
  const nn = ranges.length;
  const nc = columnCount - nn;
  const out = new Float64Array(data.rows);
  const refNum = ref.numeric;
  const refCat = ref.categorical;
  for (let i = 0; i < data.rows; i++) {
    const dn = data.numeric.subarray(i * nn, (i + 1) * nn);
    const dc = data.categorical.subarray(i * nc, (i + 1) * nc);
    let best = Infinity;
    for (let j = 0; j < ref.rows; j++) {
      let sum = 0;
      // Categorical terms first: they are 0 or 1, so they push a poor candidate past `best` soonest.
      const cBase = j * nc;
      for (let k = 0; k < nc && sum < best; k++) if (refCat[cBase + k] !== dc[k]) sum += 1;
      const nBase = j * nn;
      for (let k = 0; k < nn && sum < best; k++) {
        const a = refNum[nBase + k]!;
        const b = dn[k]!;
        const d = Math.abs(a - b);
        if (d === 0) continue;
        if (d !== d) {
          if (a === a || b === b) sum += 1;
          continue;
        }
        const t = d / ranges[k]!;
        sum += t > 1 ? 1 : t;
      }
      if (sum < best) {
        best = sum;
        if (best === 0) break;
      }
    }
    out[i] = best / columnCount;
  }
  return out;
}
