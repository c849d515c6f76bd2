/**
 * numpy.histogram_bin_edges(values, bins) over the non-NaN values: `bins` equal-width bins from min to max
 * (min ± 0.5 when constant, [0, 1] when empty), edges computed as numpy.linspace does.
 */
export function histogramBinEdges(values: ArrayLike<number>, bins = 10): Float64Array {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo > hi) {
    lo = 0;
    hi = 1;
  } else if (lo === hi) {
    lo -= 0.5;
    hi += 0.5;
  }
  const edges = new Float64Array(bins + 1);
  const step = (hi - lo) / bins;
  for (let i = 0; i < bins; i++) edges[i] = i * step + lo;
  edges[bins] = hi;
  return edges;
}

/**
 * numpy.digitize(values, edges) for increasing edges: the number of edges ≤ x. So the maximum lands alone in
 * bin `edges.length`, and NaN (sorting last) lands there too: SDMetrics' report inherits both quirks.
 */
export function digitize(values: ArrayLike<number>, edges: Float64Array): Int32Array {
  const out = new Int32Array(values.length);
  const m = edges.length;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (Number.isNaN(x)) {
      out[i] = m;
      continue;
    }
    let lo = 0;
    let hi = m;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (edges[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    out[i] = lo;
  }
  return out;
}

/** What ColumnPairTrends does to a numerical column in a mixed pair: 10 equal-width bins over its own range. */
export const discretizeColumn = (values: ArrayLike<number>, bins = 10): Int32Array => digitize(values, histogramBinEdges(values, bins));
