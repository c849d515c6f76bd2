import { encodeCategorical, MISSING_CODE } from '../tables/index.js';
import { alignCategorical } from './sdtypes.js';

/**
 * SDMetrics TVComplement = 1 − ½·Σ|p_syn − p_real| over the categories, missing values dropped. As in
 * sdmetrics.utils.get_frequencies, a category seen only in the synthetic data adds 1e-6 to the real counts.
 * Codes index one level space shared by both sides (-1 = missing). NaN when either side has no values.
 */
export function tvComplementCodes(real: Int32Array, synthetic: Int32Array, levelCount: number): number {
  const realCounts = new Float64Array(levelCount);
  const synCounts = new Float64Array(levelCount);
  let nReal = 0;
  let nSyn = 0;
  for (const c of real) if (c !== MISSING_CODE) (realCounts[c]!++, nReal++);
  for (const c of synthetic) if (c !== MISSING_CODE) (synCounts[c]!++, nSyn++);
  if (nReal === 0 || nSyn === 0) return Number.NaN;
  let realTotal = nReal;
  for (let k = 0; k < levelCount; k++) {
    if (realCounts[k] === 0 && synCounts[k]! > 0) {
      realCounts[k] = 1e-6;
      realTotal += 1e-6;
    }
  }
  let variation = 0;
  for (let k = 0; k < levelCount; k++) {
    if (realCounts[k] === 0) continue;
    variation += Math.abs(synCounts[k]! / nSyn - realCounts[k]! / realTotal);
  }
  return 1 - 0.5 * variation;
}

/** TVComplement of two columns of category names (null = missing). */
export function tvComplement(real: ArrayLike<string | null>, synthetic: ArrayLike<string | null>): number {
  const aligned = alignCategorical(encodeCategorical(real), encodeCategorical(synthetic));
  return tvComplementCodes(aligned.real, aligned.synthetic, aligned.levels.length);
}
