import type { SampledTable, TrainingTable } from '../../src/diffusion/preprocess.js';

/** Two-sample Kolmogorov–Smirnov statistic D. */
export function ksStatistic(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const x = Float64Array.from(a).sort();
  const y = Float64Array.from(b).sort();
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < x.length && j < y.length) {
    const v = Math.min(x[i]!, y[j]!);
    while (i < x.length && x[i]! <= v) i++;
    while (j < y.length && y[j]! <= v) j++;
    d = Math.max(d, Math.abs(i / x.length - j / y.length));
  }
  return d;
}

/** Total variation distance between two categorical samples. */
export function tvDistance(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, [number, number]>();
  for (const v of a) (counts.get(v) ?? counts.set(v, [0, 0]).get(v)!)[0]++;
  for (const v of b) (counts.get(v) ?? counts.set(v, [0, 0]).get(v)!)[1]++;
  let tv = 0;
  for (const [ca, cb] of counts.values()) tv += Math.abs(ca / a.length - cb / b.length);
  return tv / 2;
}

/** A column-shapes style score: mean of 1 − KS over numeric columns and 1 − TV over categorical ones. */
export function columnShapes(real: TrainingTable, synthetic: SampledTable): number {
  const scores: number[] = [];
  real.numeric.forEach((c, j) => scores.push(1 - ksStatistic(c.values, synthetic.numeric[j]!.values)));
  real.categorical.forEach((c, f) => scores.push(1 - tvDistance(c.values, synthetic.categorical[f]!.values)));
  if (real.label && synthetic.label) scores.push(1 - tvDistance(real.label.values, synthetic.label.values));
  return scores.reduce((s, v) => s + v, 0) / scores.length;
}
