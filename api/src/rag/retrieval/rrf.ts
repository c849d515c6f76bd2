import type { RankedHit } from './types.js';

export interface RankedList {
  hits: readonly RankedHit[];
  /** Multiplies this list's contribution; 1 when absent. */
  weight?: number;
}

export interface FusedHit {
  chunkId: string;
  /** Σ weight / (k + rank) over the lists that hold the chunk. */
  score: number;
  /** Per input list: the chunk's 1-based rank there, or undefined when absent. */
  ranks: (number | undefined)[];
  /** Per input list: the retriever's own score, or undefined when absent. */
  scores: (number | undefined)[];
}

export const DEFAULT_RRF_K = 60;

/** Reciprocal rank fusion (Cormack et al., 2009), best first. A chunk listed twice in one list counts once. */
export function reciprocalRankFusion(lists: readonly RankedList[], k: number = DEFAULT_RRF_K): FusedHit[] {
  if (!(k >= 0)) throw new RangeError(`RRF k must be a non-negative number, got ${k}`);
  const fused = new Map<string, FusedHit>();
  lists.forEach((list, li) => {
    const weight = list.weight ?? 1;
    let rank = 0;
    const seen = new Set<string>();
    for (const hit of list.hits) {
      if (seen.has(hit.chunkId)) continue;
      seen.add(hit.chunkId);
      rank++;
      let entry = fused.get(hit.chunkId);
      if (!entry) {
        entry = { chunkId: hit.chunkId, score: 0, ranks: lists.map(() => undefined), scores: lists.map(() => undefined) };
        fused.set(hit.chunkId, entry);
      }
      entry.score += weight / (k + rank);
      entry.ranks[li] = rank;
      entry.scores[li] = hit.score;
    }
  });
  return [...fused.values()].sort((a, b) => b.score - a.score || bestRank(a) - bestRank(b) || (a.chunkId < b.chunkId ? -1 : 1));
}

const bestRank = (hit: FusedHit): number => Math.min(...hit.ranks.map((r) => r ?? Infinity));
