import { pearson } from '../tables/index.js';

export interface CorrelationBreakdown {
  score: number;
  real: number;
  synthetic: number;
}

/** At most one distinct non-NaN value (pandas nunique() == 1, or an all-missing column). */
export function isConstant(values: ArrayLike<number>): boolean {
  let first = Number.NaN;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    if (Number.isNaN(first)) first = v;
    else if (v !== first) return false;
  }
  return true;
}

/**
 * SDMetrics CorrelationSimilarity (Pearson): 1 − |r_real − r_syn| / 2, rows with NaN in the pair dropped.
 * The score is NaN (and the pair left out of the property's mean) when a column is constant on either side
 * or r is undefined.
 */
export function correlationSimilarity(
  real: readonly [ArrayLike<number>, ArrayLike<number>],
  synthetic: readonly [ArrayLike<number>, ArrayLike<number>],
): CorrelationBreakdown {
  if ([...real, ...synthetic].some(isConstant)) return { score: Number.NaN, real: Number.NaN, synthetic: Number.NaN };
  const r = pearson(real[0], real[1]);
  const s = pearson(synthetic[0], synthetic[1]);
  return { score: Number.isNaN(r) || Number.isNaN(s) ? Number.NaN : 1 - Math.abs(r - s) / 2, real: r, synthetic: s };
}
