/**
 * Pearson's r over the rows where both values are present, as scipy.stats.pearsonr computes it:
 * NaN when fewer than two such rows remain or either side is constant on them.
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let count = 0;
  let sx = 0;
  let sy = 0;
  let x0 = Number.NaN;
  let y0 = Number.NaN;
  let constX = true;
  let constY = true;
  for (let i = 0; i < n; i++) {
    const a = x[i]!;
    const b = y[i]!;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    if (count === 0) {
      x0 = a;
      y0 = b;
    } else {
      if (a !== x0) constX = false;
      if (b !== y0) constY = false;
    }
    count++;
    sx += a;
    sy += b;
  }
  if (count < 2 || constX || constY) return Number.NaN;
  const mx = sx / count;
  const my = sy / count;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const a = x[i]!;
    const b = y[i]!;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    const dx = a - mx;
    const dy = b - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  const r = sxy / (Math.sqrt(sxx) * Math.sqrt(syy));
  if (count === 2) return Math.round(r);
  return Math.min(1, Math.max(-1, r));
}

/** Mean of the non-NaN values (NaN when there are none). */
export function nanMean(values: ArrayLike<number>): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) {
      sum += v;
      count++;
    }
  }
  return count ? sum / count : Number.NaN;
}

/** Sorted copy of the non-NaN values. */
export function sortedFinite(values: ArrayLike<number>): Float64Array {
  const out = new Float64Array(values.length);
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) out[k++] = v;
  }
  return out.subarray(0, k).sort();
}

/** Median of the non-NaN values: the mean of the two middle values for an even count. */
export function nanMedian(values: ArrayLike<number>): number {
  const s = sortedFinite(values);
  const n = s.length;
  if (n === 0) return Number.NaN;
  const mid = n >> 1;
  return n % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The most frequent value, skipping NaN and `missing` (e.g. -1 for categorical codes); ties go to the smallest. */
export function mode(values: ArrayLike<number>, missing = Number.NaN): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v) || v === missing) continue;
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  let best = Number.NaN;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount || (c === bestCount && v < best)) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}
