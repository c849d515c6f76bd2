import { contentTerms } from '../retrieval/terms.js';

/** Corpus document frequencies of stemmed content terms, for IDF. */
export interface CorpusStats {
  readonly documentCount: number;
  documentFrequency(term: string): number;
}

/**
 * Kept up to date at ingestion (add) and deletion (remove) so that no question pays for it; a chunk is one
 * "document" for IDF purposes.
 */
export class TermStatistics implements CorpusStats {
  private readonly df = new Map<string, number>();
  private count = 0;

  get documentCount(): number {
    return this.count;
  }

  add(text: string): void {
    this.count++;
    for (const term of new Set(contentTerms(text))) this.df.set(term, (this.df.get(term) ?? 0) + 1);
  }

  remove(text: string): void {
    this.count = Math.max(0, this.count - 1);
    for (const term of new Set(contentTerms(text))) {
      const n = (this.df.get(term) ?? 0) - 1;
      if (n > 0) this.df.set(term, n);
      else this.df.delete(term);
    }
  }

  documentFrequency(term: string): number {
    return this.df.get(term) ?? 0;
  }
}

/** BM25-style IDF, ≥ 0; a term the corpus has never seen gets the largest value. */
export function idf(stats: CorpusStats, term: string): number {
  const n = stats.documentCount;
  const df = stats.documentFrequency(term);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}
