/**
 * Maximal marginal relevance (Carbonell & Goldstein, 1998): greedily pick the item that maximises
 * λ·relevance − (1−λ)·(max similarity to the items already picked). Relevance should be on the same
 * 0..1 scale as similarity for λ to mean what it says.
 */
export function maximalMarginalRelevance<T>(
  items: readonly T[],
  relevance: (item: T) => number,
  similarity: (a: T, b: T) => number,
  lambda: number,
  limit: number,
): T[] {
  if (!(lambda >= 0 && lambda <= 1)) throw new RangeError(`MMR lambda must be within 0..1, got ${lambda}`);
  const remaining = items.map((item) => ({ item, rel: relevance(item), maxSim: 0 }));
  const picked: T[] = [];
  while (picked.length < limit && remaining.length > 0) {
    let best = 0;
    let bestValue = -Infinity;
    remaining.forEach((candidate, i) => {
      const value = lambda * candidate.rel - (1 - lambda) * candidate.maxSim;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    });
    const [chosen] = remaining.splice(best, 1);
    picked.push(chosen!.item);
    for (const candidate of remaining) candidate.maxSim = Math.max(candidate.maxSim, similarity(candidate.item, chosen!.item));
  }
  return picked;
}
