import { badInput } from '../errors/index.js';

/**
 * Per-row weights that rebalance classes: `balanced` gives each class the same total weight
 * (n / (k · n_c), as scikit-learn); `sqrt` the square root of that, a milder correction that keeps rare classes
 * visible without letting a handful of U2R rows dominate. Weights average to about 1 over the rows.
 */
export function classWeights(y: Int32Array, classes: number, mode: 'balanced' | 'sqrt' | 'none' = 'balanced'): Float32Array {
  const counts = new Float64Array(classes);
  for (const c of y) {
    if (c < 0 || c >= classes) throw badInput(`label ${c} is not a class index in 0..${classes - 1}`);
    counts[c]! += 1;
  }
  const perClass = Array.from(counts, (n) => {
    if (n === 0 || mode === 'none') return 1;
    const w = y.length / (classes * n);
    return mode === 'sqrt' ? Math.sqrt(w) : w;
  });
  let total = 0;
  for (const c of y) total += perClass[c]!;
  const norm = y.length / total;
  const out = new Float32Array(y.length);
  for (let i = 0; i < y.length; i++) out[i] = perClass[y[i]!]! * norm;
  return out;
}
