import { maximalMarginalRelevance } from './mmr.js';
import { DEFAULT_RRF_K, reciprocalRankFusion } from './rrf.js';
import { cosine, jaccard } from './similarity.js';
import { termSet } from './terms.js';
import type { ChunkLookup, ChunkRecord, RankedHit, RetrievedChunk } from './types.js';

export interface FusionOptions {
  /** RRF constant k (default 60). */
  k?: number;
  /** Per-list RRF weights (default 1 each). */
  weights?: { lexical?: number; vector?: number };
  /** How many chunks to return (default 8). */
  limit?: number;
  /** MMR trade-off: 1 = pure relevance, 0 = pure diversity (default 0.7). */
  lambda?: number;
  /** How many fused candidates MMR chooses from (default 4 × limit). */
  candidates?: number;
}

export interface HybridHits {
  /** BM25 hits, best first. */
  lexical: readonly RankedHit[];
  /** kNN hits, best first (empty when no embedding model is loaded). */
  vector: readonly RankedHit[];
}

interface Candidate {
  record: ChunkRecord;
  score: number;
  relevance: number;
  lexicalRank: number | undefined;
  vectorRank: number | undefined;
  lexicalScore: number | undefined;
  vectorScore: number | undefined;
  terms?: Set<string>;
}

/** Hybrid retrieval's last step: RRF over the BM25 and kNN lists, then MMR for diversity. */
export function fuseHybrid(hits: HybridHits, lookup: ChunkLookup, options: FusionOptions = {}): RetrievedChunk[] {
  const limit = options.limit ?? 8;
  const fused = reciprocalRankFusion(
    [
      { hits: hits.lexical, weight: options.weights?.lexical ?? 1 },
      { hits: hits.vector, weight: options.weights?.vector ?? 1 },
    ],
    options.k ?? DEFAULT_RRF_K,
  );
  const pool: Candidate[] = [];
  for (const hit of fused) {
    if (pool.length >= (options.candidates ?? limit * 4)) break;
    const record = lookup(hit.chunkId);
    if (!record) continue; // deleted between search and fusion
    pool.push({
      record,
      score: hit.score,
      relevance: 0,
      lexicalRank: hit.ranks[0],
      vectorRank: hit.ranks[1],
      lexicalScore: hit.scores[0],
      vectorScore: hit.scores[1],
    });
  }
  const top = pool[0]?.score ?? 0;
  for (const c of pool) c.relevance = top > 0 ? c.score / top : 0;
  const picked = maximalMarginalRelevance(pool, (c) => c.relevance, similarity, options.lambda ?? 0.7, limit);
  return picked.map(toRetrieved);
}

function similarity(a: Candidate, b: Candidate): number {
  if (a.record.vector && b.record.vector) return Math.max(0, cosine(a.record.vector, b.record.vector));
  a.terms ??= termSet(a.record.text);
  b.terms ??= termSet(b.record.text);
  return jaccard(a.terms, b.terms);
}

function toRetrieved(c: Candidate): RetrievedChunk {
  const { record } = c;
  const out: RetrievedChunk = {
    chunkId: record.chunkId,
    documentId: record.documentId,
    title: record.title,
    text: record.text,
    score: c.score,
  };
  if (record.page !== undefined) out.page = record.page;
  if (record.section !== undefined) out.section = record.section;
  if (record.attackId !== undefined) out.attackId = record.attackId;
  if (record.sentences !== undefined) out.sentences = record.sentences;
  if (c.lexicalScore !== undefined) out.lexicalScore = c.lexicalScore;
  if (c.vectorScore !== undefined) out.vectorScore = c.vectorScore;
  if (c.lexicalRank !== undefined) out.lexicalRank = c.lexicalRank;
  if (c.vectorRank !== undefined) out.vectorRank = c.vectorRank;
  return out;
}
