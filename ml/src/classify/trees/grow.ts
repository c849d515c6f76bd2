/** Growing one classification tree on binned features (histogram split search, Gini impurity). */

export interface TreeParams {
  maxDepth: number;
  minSamplesLeaf: number;
  /** Features tried per split (features constant within the node do not count). */
  maxFeatures: number;
}

/** Flat node arrays shared by all trees of an ensemble; children index into the same arrays, −1 for a leaf. */
export class NodeStore {
  readonly feature: number[] = [];
  readonly threshold: number[] = [];
  readonly left: number[] = [];
  readonly right: number[] = [];
  /** Class distribution (sums to 1) of every node, internal ones too (for path attributions). */
  readonly value: number[] = [];

  constructor(readonly classes: number) {}

  add(distribution: Float64Array): number {
    const id = this.feature.length;
    this.feature.push(-1);
    this.threshold.push(0);
    this.left.push(-1);
    this.right.push(-1);
    let total = 0;
    for (let c = 0; c < this.classes; c++) total += distribution[c]!;
    for (let c = 0; c < this.classes; c++) this.value.push(total > 0 ? distribution[c]! / total : 1 / this.classes);
    return id;
  }
}

export interface BinnedData {
  /** Column-major bins: `bins[f * rows + r]`. */
  bins: Uint8Array;
  rows: number;
  cols: number;
  edges: readonly Float32Array[];
  y: Int32Array;
  classes: number;
}

/** Grows a tree on the rows with weight > 0 and returns its root's index in `store`. */
export function growTree(
  data: BinnedData,
  weights: Float64Array,
  params: TreeParams,
  random: () => number,
  store: NodeStore,
): number {
  const { bins, rows, cols, edges, y, classes: k } = data;
  const idx: number[] = [];
  for (let r = 0; r < rows; r++) if (weights[r]! > 0) idx.push(r);
  const order = Int32Array.from(idx);
  const featureOrder = Int32Array.from({ length: cols }, (_, i) => i);
  const hist = new Float64Array(256 * k);
  const counts = new Int32Array(256);
  const totals = new Float64Array(k);
  const leftTotals = new Float64Array(k);

  const build = (start: number, end: number, depth: number): number => {
    totals.fill(0);
    for (let i = start; i < end; i++) totals[y[order[i]!]!]! += weights[order[i]!]!;
    const node = store.add(totals);
    const n = end - start;
    let nonZero = 0;
    let parentScore = 0;
    let parentWeight = 0;
    for (let c = 0; c < k; c++) {
      if (totals[c]! > 0) nonZero++;
      parentWeight += totals[c]!;
      parentScore += totals[c]! * totals[c]!;
    }
    if (depth >= params.maxDepth || n < 2 * params.minSamplesLeaf || nonZero <= 1) return node;
    parentScore /= parentWeight;

    let bestScore = parentScore * (1 + 1e-9) + 1e-12;
    let bestFeature = -1;
    let bestBin = -1;
    let tried = 0;
    for (let t = 0; t < cols && tried < params.maxFeatures; t++) {
      const j = t + Math.floor(random() * (cols - t));
      const f = featureOrder[j]!;
      featureOrder[j] = featureOrder[t]!;
      featureOrder[t] = f;
      const nb = edges[f]!.length + 1;
      if (nb < 2) continue;
      hist.fill(0, 0, nb * k);
      counts.fill(0, 0, nb);
      const base = f * rows;
      for (let i = start; i < end; i++) {
        const r = order[i]!;
        const b = bins[base + r]!;
        hist[b * k + y[r]!]! += weights[r]!;
        counts[b]! += 1;
      }
      let occupied = 0;
      for (let b = 0; b < nb; b++) if (counts[b]! > 0) occupied++;
      if (occupied < 2) continue;
      tried++;
      leftTotals.fill(0);
      let leftCount = 0;
      let leftWeight = 0;
      for (let b = 0; b < nb - 1; b++) {
        if (counts[b] === 0) continue;
        leftCount += counts[b]!;
        for (let c = 0; c < k; c++) {
          leftTotals[c]! += hist[b * k + c]!;
          leftWeight += hist[b * k + c]!;
        }
        if (leftCount < params.minSamplesLeaf) continue;
        if (n - leftCount < params.minSamplesLeaf) break;
        const rightWeight = parentWeight - leftWeight;
        if (leftWeight <= 0 || rightWeight <= 0) continue;
        let l = 0;
        let rr = 0;
        for (let c = 0; c < k; c++) {
          const lc = leftTotals[c]!;
          const rc = totals[c]! - lc;
          l += lc * lc;
          rr += rc * rc;
        }
        const score = l / leftWeight + rr / rightWeight;
        if (score > bestScore) {
          bestScore = score;
          bestFeature = f;
          bestBin = b;
        }
      }
    }
    if (bestFeature < 0) return node;

    // Partition: rows with bin ≤ bestBin first.
    const base = bestFeature * rows;
    let lo = start;
    let hi = end - 1;
    while (lo <= hi) {
      if (bins[base + order[lo]!]! <= bestBin) lo++;
      else {
        const t = order[lo]!;
        order[lo] = order[hi]!;
        order[hi] = t;
        hi--;
      }
    }
    store.feature[node] = bestFeature;
    store.threshold[node] = edges[bestFeature]![bestBin]!;
    store.left[node] = build(start, lo, depth + 1);
    store.right[node] = build(lo, end, depth + 1);
    return node;
  };

  return build(0, order.length, 0);
}
