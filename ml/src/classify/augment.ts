import { badInput } from '../errors/index.js';
import { concatRows, type Matrix } from './matrix.js';
import { rng } from './random.js';

export interface LabelledRows {
  X: Matrix;
  y: Int32Array;
}

/**
 * AUGMENTED training data: every real row, plus up to `countsPerClass[c]` synthetic rows of class index `c`
 * (the minority classes the caller chooses). Synthetic rows are taken in a seeded random order without
 * replacement; asking for more than the synthetic set holds is an error, not a silent shortfall.
 */
export function augment(
  real: LabelledRows,
  synthetic: LabelledRows,
  countsPerClass: Readonly<Record<number, number>>,
  seed = 1,
): LabelledRows & { added: Record<number, number> } {
  if (real.X.cols !== synthetic.X.cols) {
    throw badInput(`synthetic rows have ${synthetic.X.cols} columns, real rows ${real.X.cols}`);
  }
  const random = rng(seed);
  const picked: number[] = [];
  const added: Record<number, number> = {};
  for (const [key, wanted] of Object.entries(countsPerClass)) {
    const c = Number(key);
    if (!Number.isInteger(wanted) || wanted < 0) throw badInput(`count for class ${c} must be a non-negative integer`);
    const pool: number[] = [];
    for (let i = 0; i < synthetic.y.length; i++) if (synthetic.y[i] === c) pool.push(i);
    if (pool.length < wanted) {
      throw badInput(`asked for ${wanted} synthetic rows of class ${c}, only ${pool.length} available`, { class: c });
    }
    for (let i = 0; i < wanted; i++) {
      const j = i + Math.floor(random() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
      picked.push(pool[i]!);
    }
    added[c] = wanted;
  }
  const extra: Matrix = {
    rows: picked.length,
    cols: synthetic.X.cols,
    data: new Float32Array(picked.length * synthetic.X.cols),
  };
  picked.forEach((r, i) => extra.data.set(synthetic.X.data.subarray(r * extra.cols, (r + 1) * extra.cols), i * extra.cols));
  const y = new Int32Array(real.y.length + picked.length);
  y.set(real.y);
  picked.forEach((r, i) => (y[real.y.length + i] = synthetic.y[r]!));
  return { X: concatRows([real.X, extra]), y, added };
}
