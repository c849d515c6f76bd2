/** Softmax of `k` logits in place at `offset`; returns the log-sum-exp (for the cross-entropy). */
export function softmaxInPlace(v: Float32Array | Float64Array, offset: number, k: number): number {
  let max = -Infinity;
  for (let c = 0; c < k; c++) if (v[offset + c]! > max) max = v[offset + c]!;
  let sum = 0;
  for (let c = 0; c < k; c++) {
    const e = Math.exp(v[offset + c]! - max);
    v[offset + c] = e;
    sum += e;
  }
  for (let c = 0; c < k; c++) v[offset + c]! /= sum;
  return max + Math.log(sum);
}

/** Indices of the `k` largest |values|, largest first. */
export function topByMagnitude(values: ArrayLike<number>, k: number): number[] {
  return Array.from({ length: values.length }, (_, i) => i)
    .filter((i) => values[i] !== 0)
    .sort((a, b) => Math.abs(values[b]!) - Math.abs(values[a]!))
    .slice(0, k);
}
