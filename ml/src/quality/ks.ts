import { sortFloat64 } from './sort.js';

/** SDMetrics rounds values to 14 decimals (sys.float_info.dig - 1) before the KS test. */
const MAX_DECIMALS_SCALE = 1e14;

/** numpy.rint: round half to even. */
function rint(y: number): number {
  const r = Math.round(y);
  return r - y === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** numpy's round(x, 14): rint(x · 10^14) / 10^14. */
export const roundTo14Decimals = (x: number): number => rint(x * MAX_DECIMALS_SCALE) / MAX_DECIMALS_SCALE;

/**
 * The two-sample Kolmogorov–Smirnov statistic D = max |F_real − F_syn| (scipy.stats.ks_2samp), NaN dropped,
 * values rounded as SDMetrics' KSComplement does. NaN when either side has no values.
 */
export function ksStatistic(real: ArrayLike<number>, synthetic: ArrayLike<number>): number {
  return ksStatisticSorted(sortFloat64(roundedFinite(real)), sortFloat64(roundedFinite(synthetic)));
}

function roundedFinite(values: ArrayLike<number>): Float64Array {
  const out = new Float64Array(values.length);
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) out[k++] = roundTo14Decimals(v);
  }
  return out.subarray(0, k);
}

/** D for two ascending arrays without NaN. */
export function ksStatisticSorted(a: Float64Array, b: Float64Array): number {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) return Number.NaN;
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < n1 && j < n2) {
    const v = a[i]! <= b[j]! ? a[i]! : b[j]!;
    while (i < n1 && a[i]! <= v) i++;
    while (j < n2 && b[j]! <= v) j++;
    const diff = Math.abs(i / n1 - j / n2);
    if (diff > d) d = diff;
  }
  return d;
}

/** SDMetrics KSComplement: 1 − D. */
export const ksComplement = (real: ArrayLike<number>, synthetic: ArrayLike<number>): number => 1 - ksStatistic(real, synthetic);
