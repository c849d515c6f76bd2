import type { Matrix } from '../matrix.js';
import { rng } from '../random.js';

/**
 * Per-feature bin edges for histogram-based trees, fitted on training rows only: at most `maxBins` bins, cut
 * between distinct values (all of them when there are few, quantiles of a sample otherwise). Bin b holds the
 * values x with edges[b − 1] < x ≤ edges[b], so "bin ≤ b" is the same test as "x ≤ edges[b]" on raw values.
 */
export function fitBinEdges(X: Matrix, maxBins = 255, sampleSize = 50_000, seed = 1): Float32Array[] {
  const random = rng(seed);
  const rows =
    X.rows <= sampleSize
      ? Int32Array.from({ length: X.rows }, (_, i) => i)
      : Int32Array.from({ length: sampleSize }, () => Math.floor(random() * X.rows));
  const column = new Float32Array(rows.length);
  const edges: Float32Array[] = [];
  for (let f = 0; f < X.cols; f++) {
    for (let i = 0; i < rows.length; i++) column[i] = X.data[rows[i]! * X.cols + f]!;
    column.sort();
    const distinct: number[] = [];
    for (let i = 0; i < column.length; i++) if (i === 0 || column[i] !== column[i - 1]) distinct.push(column[i]!);
    const cuts: number[] = [];
    if (distinct.length <= maxBins) {
      for (let i = 0; i + 1 < distinct.length; i++) cuts.push((distinct[i]! + distinct[i + 1]!) / 2);
    } else {
      for (let b = 1; b < maxBins; b++) {
        const q = column[Math.floor((b / maxBins) * (column.length - 1))]!;
        const nextIndex = upperBound(column, q);
        if (nextIndex >= column.length) break;
        const next = column[nextIndex]!;
        const cut = (q + next) / 2;
        if (cuts.length === 0 || cut > cuts[cuts.length - 1]!) cuts.push(cut);
      }
    }
    edges.push(Float32Array.from(cuts));
  }
  return edges;
}

/** Bins every value: column-major bytes, `bins[f * rows + r]`. */
export function binMatrix(X: Matrix, edges: readonly Float32Array[]): Uint8Array {
  const out = new Uint8Array(X.rows * X.cols);
  for (let f = 0; f < X.cols; f++) {
    const e = edges[f]!;
    for (let r = 0; r < X.rows; r++) out[f * X.rows + r] = binOf(e, X.data[r * X.cols + f]!);
  }
  return out;
}

function binOf(edges: Float32Array, x: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x <= edges[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** First index whose value is > x in an ascending array. */
function upperBound(sorted: Float32Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
