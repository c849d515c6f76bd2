import type { RetrievedChunk } from '../retrieval/types.js';
import { contentTerms, termSet } from '../retrieval/terms.js';
import { idf, type CorpusStats } from './term-statistics.js';

export interface RetrievalEvidence {
  /** Distinct content terms in the question. */
  queryTerms: number;
  /** Best single top chunk: IDF-weighted share of the question's terms it contains (0..1). */
  coverage: number;
  /** The top chunks together: IDF-weighted share of the question's terms they contain (0..1). */
  unionCoverage: number;
  /** IDF-weighted share of the question's terms the corpus has never seen (0 without corpus statistics). */
  unseenShare: number;
  /** Raw BM25 score of the best chunk, when lexical search found any. */
  bestLexical: number | undefined;
  /** Best cosine similarity among the retrieved chunks, when vector search ran. */
  bestVector: number | undefined;
  chunks: number;
}

export interface EvidenceOptions {
  /** Corpus document frequencies; without them every term weighs the same and unseenShare is 0. */
  corpus?: CorpusStats;
  /** How many of the best chunks to inspect (default 3). */
  topChunks?: number;
}

/** Measures how well the retrieved chunks match the question's own terms, weighting rare terms more. */
export function retrievalEvidence(
  question: string,
  chunks: readonly RetrievedChunk[],
  options: EvidenceOptions = {},
): RetrievalEvidence {
  const terms = [...new Set(contentTerms(question))];
  const corpus = options.corpus;
  const weights = terms.map((t) => (corpus ? idf(corpus, t) : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let unseen = 0;
  if (corpus) terms.forEach((t, i) => corpus.documentFrequency(t) === 0 && (unseen += weights[i]!));

  const top = chunks.slice(0, options.topChunks ?? 3).map((c) => termSet(c.text));
  let coverage = 0;
  const anywhere = new Set<string>();
  for (const set of top) {
    let hit = 0;
    terms.forEach((t, i) => {
      if (set.has(t)) {
        hit += weights[i]!;
        anywhere.add(t);
      }
    });
    coverage = Math.max(coverage, total > 0 ? hit / total : 0);
  }
  const unionHit = terms.reduce((sum, t, i) => sum + (anywhere.has(t) ? weights[i]! : 0), 0);

  return {
    queryTerms: terms.length,
    coverage,
    unionCoverage: total > 0 ? unionHit / total : 0,
    unseenShare: total > 0 ? unseen / total : 0,
    bestLexical: maxOf(chunks.map((c) => c.lexicalScore)),
    bestVector: maxOf(chunks.map((c) => c.vectorScore)),
    chunks: chunks.length,
  };
}

function maxOf(values: (number | undefined)[]): number | undefined {
  let best: number | undefined;
  for (const v of values) if (v !== undefined && (best === undefined || v > best)) best = v;
  return best;
}
