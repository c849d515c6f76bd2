import { encodeCategorical } from '../tables/index.js';
import { alignCategorical } from './sdtypes.js';

/** A pair of code columns, each in a level space shared with the other table (-1 = missing, kept as a group). */
export interface CodePair {
  a: Int32Array;
  b: Int32Array;
}

/** Joint counts over (a, b) with missing as its own level: index (a + 1)·(levelsB + 1) + (b + 1). */
function jointCounts(pair: CodePair, levelsA: number, levelsB: number): Float64Array {
  const width = levelsB + 1;
  const counts = new Float64Array((levelsA + 1) * width);
  const { a, b } = pair;
  for (let i = 0; i < a.length; i++) counts[(a[i]! + 1) * width + (b[i]! + 1)]!++;
  return counts;
}

/**
 * SDMetrics ContingencySimilarity = 1 − ½·Σ|P_real(a,b) − P_syn(a,b)| over the joint frequency table
 * (pandas groupby with dropna=False: missing values form their own group).
 */
export function contingencySimilarityCodes(real: CodePair, synthetic: CodePair, levelsA: number, levelsB: number): number {
  const r = jointCounts(real, levelsA, levelsB);
  const s = jointCounts(synthetic, levelsA, levelsB);
  const nr = real.a.length;
  const ns = synthetic.a.length;
  let variation = 0;
  for (let k = 0; k < r.length; k++) {
    if (r[k] === 0 && s[k] === 0) continue;
    variation += Math.abs(r[k]! / nr - s[k]! / ns);
  }
  return 1 - variation / 2;
}

/**
 * Cramér's V of the real pair, as scipy.stats.contingency.association(method='cramer') on the observed
 * levels (no Yates correction). NaN when either side has fewer than two observed levels.
 */
export function cramersV(pair: CodePair, levelsA: number, levelsB: number): number {
  const width = levelsB + 1;
  const counts = jointCounts(pair, levelsA, levelsB);
  const rows = new Float64Array(levelsA + 1);
  const cols = new Float64Array(width);
  for (let i = 0; i <= levelsA; i++) {
    for (let j = 0; j < width; j++) {
      const c = counts[i * width + j]!;
      rows[i]! += c;
      cols[j]! += c;
    }
  }
  const n = pair.a.length;
  const observedRows = rows.filter((x) => x > 0).length;
  const observedCols = cols.filter((x) => x > 0).length;
  if (n === 0 || observedRows < 2 || observedCols < 2) return Number.NaN;
  let chi2 = 0;
  for (let i = 0; i <= levelsA; i++) {
    if (rows[i] === 0) continue;
    for (let j = 0; j < width; j++) {
      if (cols[j] === 0) continue;
      const expected = (rows[i]! * cols[j]!) / n;
      const d = counts[i * width + j]! - expected;
      chi2 += (d * d) / expected;
    }
  }
  return Math.sqrt(chi2 / n / Math.min(observedRows - 1, observedCols - 1));
}

/** ContingencySimilarity of two category-name columns per table (null = missing). */
export function contingencySimilarity(
  real: readonly [ArrayLike<string | null>, ArrayLike<string | null>],
  synthetic: readonly [ArrayLike<string | null>, ArrayLike<string | null>],
): number {
  const a = alignCategorical(encodeCategorical(real[0]), encodeCategorical(synthetic[0]));
  const b = alignCategorical(encodeCategorical(real[1]), encodeCategorical(synthetic[1]));
  return contingencySimilarityCodes({ a: a.real, b: b.real }, { a: a.synthetic, b: b.synthetic }, a.levels.length, b.levels.length);
}
