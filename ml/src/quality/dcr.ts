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
 * The scan is exact but ordered for speed: reference rows with the same categories as the data row go first, so
 * the best distance is small early; every other candidate is then abandoned once its partial sum reaches that best
 * (often at its first differing category), which cannot change the minimum since every term is non-negative.
 */
export function dcrDistances(data: Table, reference: Table, metadata: Metadata): Float64Array {
  checkColumns(metadata, data, reference);
  const names = Object.keys(metadata);
  const numericNames = bySpreadDescending(names.filter((n) => metadata[n] === 'numerical'), reference);
  const categoricalNames = names.filter((n) => metadata[n] === 'categorical');
  const ranges = Float64Array.from(numericNames, (n) => range(numericValues(reference, n)));
  const refNum = numericNames.map((n) => numericValues(reference, n));
  const dataNum = numericNames.map((n) => numericValues(data, n));
  const aligned = categoricalNames.map((n) => alignCategorical(categoricalValues(reference.data(n)), categoricalValues(data.data(n))));
  const refCodes = aligned.map((a) => a.real);
  const groups = groupByCategories(reference.rowCount, refCodes);
  const ref = encode(groups.order, refNum, refCodes);
  const dataCodes = aligned.map((a) => a.synthetic);
  const dat = encode(Int32Array.from({ length: data.rowCount }, (_, i) => i), dataNum, dataCodes);
  const dataGroups = Int32Array.from({ length: data.rowCount }, (_, i) => groups.index.get(categoryKey(dataCodes, i)) ?? -1);
  return minDistances(dat, ref, ranges, names.length, dataGroups, groups.bounds);
}

/**
 * Numeric columns with the widest spread (sd / range over the reference) first: large terms early let the scan
 * abandon far candidates sooner. The order of summation is all it changes.
 */
function bySpreadDescending(names: string[], reference: Table): string[] {
  const spread = new Map(
    names.map((n) => {
      const values = numericValues(reference, n);
      let sum = 0;
      let sq = 0;
      let count = 0;
      for (const v of values) if (!Number.isNaN(v)) (sum += v, sq += v * v, count++);
      const r = range(values);
      const sd = count ? Math.sqrt(Math.max(0, sq / count - (sum / count) ** 2)) : 0;
      return [n, r > 0 ? sd / r : 0];
    }),
  );
  return [...names].sort((a, b) => spread.get(b)! - spread.get(a)!);
}

const categoryKey = (codes: Int32Array[], row: number): string => codes.map((c) => c[row]).join(',');

/** Reference rows ordered by their tuple of categories; `bounds` holds each group's [start, end) in that order. */
function groupByCategories(rows: number, codes: Int32Array[]): { order: Int32Array; index: Map<string, number>; bounds: Int32Array } {
  const members = new Map<string, number[]>();
  for (let r = 0; r < rows; r++) {
    const key = categoryKey(codes, r);
    let list = members.get(key);
    if (!list) members.set(key, (list = []));
    list.push(r);
  }
  const order = new Int32Array(rows);
  const index = new Map<string, number>();
  const bounds = new Int32Array(2 * members.size);
  let at = 0;
  for (const [key, list] of members) {
    const g = index.size;
    index.set(key, g);
    bounds[2 * g] = at;
    for (const r of list) order[at++] = r;
    bounds[2 * g + 1] = at;
  }
  return { order, index, bounds };
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

/** Row-major copy of the given rows, in the given order. */
function encode(order: Int32Array, numeric: Float64Array[], categorical: Int32Array[]): Encoded {
  const rows = order.length;
  const nn = numeric.length;
  const nc = categorical.length;
  const num = new Float64Array(rows * nn);
  const cat = new Int32Array(rows * nc);
  for (let r = 0; r < rows; r++) {
    const source = order[r]!;
    for (let k = 0; k < nn; k++) num[r * nn + k] = numeric[k]![source]!;
    for (let k = 0; k < nc; k++) cat[r * nc + k] = categorical[k]![source]!;
  }
  return { rows, numeric: num, categorical: cat };
}

function minDistances(data: Encoded, ref: Encoded, ranges: Float64Array, columnCount: number, dataGroups: Int32Array, bounds: Int32Array): Float64Array {
  const nn = ranges.length;
  const nc = columnCount - nn;
  const out = new Float64Array(data.rows);
  const refNum = ref.numeric;
  const refCat = ref.categorical;

  /** The smallest summed distance from data row `i` over reference rows [from, to), given the best so far. */
  const dataNum = data.numeric;
  const dataCat = data.categorical;
  const hasMissing = refNum.some(Number.isNaN) || dataNum.some(Number.isNaN);

  /** The smallest summed distance from data row `i` over reference rows [from, to), given the best so far. */
  const scan = (i: number, from: number, to: number, bestSoFar: number): number => {
    let best = bestSoFar;
    const dn = i * nn;
    const dc = i * nc;
    for (let j = from; j < to && best > 0; j++) {
      let sum = 0;
      const cBase = j * nc;
      for (let k = 0; k < nc && sum < best; k++) if (refCat[cBase + k] !== dataCat[dc + k]) sum += 1;
      const nBase = j * nn;
      if (hasMissing) {
        for (let k = 0; k < nn && sum < best; k++) sum += missingAwareTerm(refNum[nBase + k]!, dataNum[dn + k]!, ranges[k]!);
      } else {
        for (let k = 0; k < nn && sum < best; k++) {
          const d = Math.abs(refNum[nBase + k]! - dataNum[dn + k]!);
          const t = d / ranges[k]!;
          // t is NaN for 0/0 (zero range, equal values) and Infinity for d/0: both fall to the d > 0 test.
          sum += t < 1 ? t : d > 0 ? 1 : 0;
        }
      }
      if (sum < best) best = sum;
    }
    return best;
  };

  for (let i = 0; i < data.rows; i++) {
    const g = dataGroups[i]!;
    let best = Infinity;
    if (g >= 0) {
      const start = bounds[2 * g]!;
      const end = bounds[2 * g + 1]!;
      best = scan(i, start, end, best);
      best = scan(i, 0, start, best);
      best = scan(i, end, ref.rows, best);
    } else {
      best = scan(i, 0, ref.rows, best);
    }
    out[i] = best / columnCount;
  }
  return out;
}

function missingAwareTerm(a: number, b: number, range: number): number {
  const d = Math.abs(a - b);
  if (d === 0) return 0;
  if (d !== d) return a === a || b === b ? 1 : 0;
  const t = d / range;
  return t > 1 ? 1 : t;
}
