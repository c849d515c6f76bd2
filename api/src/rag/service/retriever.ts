import type { SearchIndex } from '../../ports/search-index.js';
import type { Embedder } from '../embedding/embedder.js';
import { fuseHybrid } from '../retrieval/fuse.js';
import { isStopword, tokenize } from '../retrieval/terms.js';
import type { RankedHit, RetrievedChunk } from '../retrieval/types.js';
import type { ChunkCatalog } from './chunk-catalog.js';

export interface RetrievalSettings {
  /** Chunks returned after fusion and MMR. */
  k: number;
  /** Hits taken from each of BM25 and kNN. */
  candidates: number;
  lexicalWeight: number;
  vectorWeight: number;
  lambda: number;
}

export interface Retrieval {
  chunks: RetrievedChunk[];
  /** Whether kNN took part (false when lexical-only). */
  vector: boolean;
  ms: number;
}

/** Query embeddings kept, most recently used last: a repeated question skips the model. */
const QUERY_CACHE_SIZE = 2_000;

/** Hybrid retrieval over the search index: BM25 and kNN in parallel, fused by RRF, diversified by MMR. */
export class Retriever {
  private readonly queryVectors = new Map<string, Float32Array>();
  /** False when there is no embedder, or the index was built by another one (until a reindex). */
  vectorEnabled: boolean;

  constructor(
    private readonly search: SearchIndex,
    private readonly catalog: ChunkCatalog,
    private readonly embedder: Embedder | null,
    readonly settings: RetrievalSettings,
  ) {
    this.vectorEnabled = embedder !== null;
  }

  async retrieve(query: string, k: number = this.settings.k): Promise<Retrieval> {
    const started = performance.now();
    const lexicalQuery = tokenize(query).filter((t) => !isStopword(t)).join(' ') || query;
    const [lexical, vector] = await Promise.all([
      this.search.lexical(lexicalQuery, this.settings.candidates),
      this.vectorHits(query),
    ]);
    const chunks = fuseHybrid({ lexical, vector }, (id) => this.catalog.get(id), {
      limit: k,
      weights: { lexical: this.settings.lexicalWeight, vector: this.settings.vectorWeight },
      lambda: this.settings.lambda,
      candidates: Math.max(k * 4, 20),
    });
    return { chunks, vector: vector.length > 0, ms: performance.now() - started };
  }

  private async vectorHits(query: string): Promise<RankedHit[]> {
    if (!this.embedder || !this.vectorEnabled) return [];
    const key = query.trim().toLowerCase();
    let vector = this.queryVectors.get(key);
    if (vector) {
      this.queryVectors.delete(key);
    } else {
      [vector] = await this.embedder.embed([query]);
      if (!vector) return [];
      if (this.queryVectors.size >= QUERY_CACHE_SIZE) this.queryVectors.delete(this.queryVectors.keys().next().value!);
    }
    this.queryVectors.set(key, vector);
    return this.search.vector(vector, this.settings.candidates);
  }
}
