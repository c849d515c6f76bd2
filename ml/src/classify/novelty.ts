import { badInput } from '../errors/index.js';
import { rng, shuffle } from './random.js';

/**
 * Validation that imitates unseen attacks, built from training rows only. KDDTest+ is hard because many of its
 * attacks never occur in KDDTrain+; an ordinary random validation split cannot show that, so choosing a decision
 * threshold on it just reproduces 0.5. Here each fold holds out whole attack types (plus a share of the normal
 * rows), so the model is scored on attacks it has never seen.
 */
export interface NoveltyFold {
  /** Row indices to train on. */
  train: Int32Array;
  /** Held-out rows: every row of the held-out attack types and 1/folds of the normal rows. */
  heldOut: Int32Array;
  heldOutAttacks: string[];
}

export function noveltyFolds(attackNames: readonly string[], folds: number, seed: number, normal = 'normal'): NoveltyFold[] {
  if (folds < 2) throw badInput('novelty validation needs at least 2 folds');
  const random = rng(seed);
  const names = [...new Set(attackNames.filter((n) => n !== normal))].sort();
  if (names.length < folds) throw badInput(`${names.length} attack types cannot fill ${folds} folds`);
  const order = shuffle(Int32Array.from(names, (_, i) => i), random);
  const foldOfName = new Map<string, number>();
  order.forEach((nameIndex, i) => foldOfName.set(names[nameIndex]!, i % folds));
  const normals = shuffle(
    Int32Array.from(attackNames.flatMap((n, r) => (n === normal ? [r] : []))),
    random,
  );
  const foldOfRow = new Int32Array(attackNames.length);
  attackNames.forEach((n, r) => (foldOfRow[r] = n === normal ? -1 : foldOfName.get(n)!));
  normals.forEach((r, i) => (foldOfRow[r] = i % folds));
  return Array.from({ length: folds }, (_, f) => {
    const train: number[] = [];
    const heldOut: number[] = [];
    foldOfRow.forEach((g, r) => (g === f ? heldOut : train).push(r));
    return {
      train: Int32Array.from(train),
      heldOut: Int32Array.from(heldOut),
      heldOutAttacks: names.filter((n) => foldOfName.get(n) === f),
    };
  });
}

export interface ThresholdChoice {
  threshold: number;
  /** Mean detection rate over held-out attack types (each type counts once, whatever its size). */
  tpr: number;
  fpr: number;
  youden: number;
}

/**
 * The P(attack) threshold that maximises Youden's J = TPR − FPR on held-out scores, where TPR is averaged over
 * attack types so that one large type (e.g. neptune) cannot decide the threshold alone. Prior-free: it does not
 * depend on the share of attacks in the validation rows.
 */
export function youdenThreshold(scores: ArrayLike<number>, names: readonly string[], normal = 'normal', candidates = 400): ThresholdChoice {
  if (scores.length !== names.length) throw badInput(`${scores.length} scores for ${names.length} rows`);
  const types = [...new Set(names.filter((n) => n !== normal))];
  if (types.length === 0 || types.length === new Set(names).size) throw badInput('threshold choice needs normal and attack rows');
  const sorted = Float64Array.from(scores).sort();
  const grid = new Set<number>([0.5]);
  for (let i = 1; i < candidates; i++) grid.add(sorted[Math.floor((i / candidates) * (sorted.length - 1))]!);
  const typeOf = Int32Array.from(names, (n) => (n === normal ? -1 : types.indexOf(n)));
  const sizes = new Float64Array(types.length);
  let negatives = 0;
  for (const t of typeOf) {
    if (t < 0) negatives++;
    else sizes[t]! += 1;
  }
  const hits = new Float64Array(types.length);
  let best: ThresholdChoice = { threshold: 0.5, tpr: 0, fpr: 1, youden: -Infinity };
  for (const t of [...grid].sort((a, b) => a - b)) {
    hits.fill(0);
    let fp = 0;
    for (let i = 0; i < typeOf.length; i++) {
      if (scores[i]! < t) continue;
      if (typeOf[i]! < 0) fp++;
      else hits[typeOf[i]!]! += 1;
    }
    let tpr = 0;
    for (let k = 0; k < types.length; k++) tpr += hits[k]! / sizes[k]!;
    tpr /= types.length;
    const fpr = fp / negatives;
    if (tpr - fpr > best.youden) best = { threshold: t, tpr, fpr, youden: tpr - fpr };
  }
  return best;
}
