import { badInput } from '../errors/index.js';
import { normCdf, normPpf } from './normal-dist.js';
import { interp, linspace01, percentileLinear } from './numpy-like.js';

/** sklearn's BOUNDS_THRESHOLD, and the clip it derives for output_distribution='normal'. */
const BOUNDS_THRESHOLD = 1e-7;
const EPS = 2 ** -52;
const CLIP_MIN = normPpf(BOUNDS_THRESHOLD - EPS);
const CLIP_MAX = normPpf(1 - (BOUNDS_THRESHOLD - EPS));

/** The fitted state of one column (serialisable). */
export interface QuantileColumn {
  references: number[];
  quantiles: number[];
}

/** TabDDPM's choice: max(min(n / 30, 1000), 10), with n // 30. */
export function tabddpmQuantileCount(rows: number): number {
  return Math.max(Math.min(Math.floor(rows / 30), 1000), 10);
}

/**
 * sklearn's QuantileTransformer(output_distribution='normal', subsample off) for one column:
 * quantiles by np.percentile (linear), made monotone with maximum.accumulate; NaN ignored in fit and kept as NaN.
 */
export function fitQuantile(values: ArrayLike<number>, nQuantiles: number): QuantileColumn {
  const finite: number[] = [];
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) finite.push(values[i]!);
  if (finite.length === 0) throw badInput('quantile transform: a numeric column has no values');
  const n = Math.min(nQuantiles, finite.length);
  const sorted = Float64Array.from(finite).sort();
  const references = linspace01(n);
  const quantiles: number[] = [];
  let running = Number.NEGATIVE_INFINITY;
  for (const r of references) {
    running = Math.max(running, percentileLinear(sorted, (r * 100) / 100));
    quantiles.push(running);
  }
  return { references: Array.from(references), quantiles };
}

/**
 * Forward: value → standard-normal score, clipped to about ±5.2 like sklearn.
 *
 * With `spreadTies` (a uniform draw in [0, 1)), a value that fills a whole interval of references — a point mass
 * such as 0, 1.0 or 255 in network-flow rates and counts — maps to a uniform draw over that interval instead of its
 * midpoint (sklearn; at the column's ends, sklearn sends it to ±5.2). The transformed column is then close to exactly
 * N(0, 1), which the Gaussian diffusion learns far more easily than a spike; quantileInverse maps every score in the
 * interval back to the tied value, so decoding is unchanged. Values without ties transform as without it.
 */
export function quantileForward(column: QuantileColumn, values: ArrayLike<number>, spreadTies?: () => number): Float64Array {
  const { references: refs, quantiles: q } = column;
  const negQ = q.map((v) => -v).reverse();
  const negRefs = refs.map((v) => -v).reverse();
  const lowX = q[0]!;
  const highX = q[q.length - 1]!;
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (Number.isNaN(x)) {
      out[i] = Number.NaN;
      continue;
    }
    // np.interp takes the rightmost of equal references; on the mirrored arrays, the leftmost.
    const right = interp(x, q, refs);
    const left = -interp(-x, negQ, negRefs);
    let u: number;
    if (spreadTies) {
      u = left + spreadTies() * (right - left);
    } else {
      u = 0.5 * (right + left);
      if (x + BOUNDS_THRESHOLD > highX) u = 1;
      if (x - BOUNDS_THRESHOLD < lowX) u = 0;
    }
    out[i] = Math.min(CLIP_MAX, Math.max(CLIP_MIN, normPpf(u)));
  }
  return out;
}

/** Inverse: normal score → value in the column's range. */
export function quantileInverse(column: QuantileColumn, scores: ArrayLike<number>): Float64Array {
  const { references: refs, quantiles: q } = column;
  const out = new Float64Array(scores.length);
  for (let i = 0; i < scores.length; i++) {
    const z = scores[i]!;
    if (Number.isNaN(z)) {
      out[i] = Number.NaN;
      continue;
    }
    const u = normCdf(z);
    if (u === 1) out[i] = q[q.length - 1]!;
    else if (u === 0) out[i] = q[0]!;
    else out[i] = interp(u, refs, q);
  }
  return out;
}
