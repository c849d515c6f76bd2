/** pandas Series.mean(): the mean of the non-NaN values, NaN when there are none. */
export function nanMeanOf(values: readonly number[]): number {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    sum += v;
    n++;
  }
  return n ? sum / n : Number.NaN;
}
