/** A searchable piece of a document: full text for BM25, and its embedding for kNN. */
export interface ChunkRecord {
  id: string;
  documentId: string;
  title: string;
  text: string;
  ordinal: number;
  page: number | null;
  section: string | null;
  attackId: string | null;
  /** Unit-length embedding, or null when the index runs lexical-only. */
  vector: Float32Array | null;
}

export interface ScoredChunk {
  chunkId: string;
  /** Higher is better. BM25 for lexical search, cosine similarity for vector search. */
  score: number;
}

export interface SearchIndexStats {
  chunks: number;
  documents: number;
  vectors: number;
  /** Which embedder built the vectors (e.g. `minilm-l6-v2@384`), null before any vector is stored. */
  embedder: string | null;
  dimensions: number | null;
}

export interface SearchIndex {
  /**
   * Adds or replaces chunks. Vectors must come from the embedder the index was built with:
   * a different embedder is refused with CONFLICT until the index is rebuilt.
   */
  upsertChunks(chunks: ChunkRecord[], embedder: { id: string; dimensions: number } | null): Promise<void>;
  deleteDocument(documentId: string): Promise<number>;
  lexical(query: string, k: number): Promise<ScoredChunk[]>;
  vector(query: Float32Array, k: number): Promise<ScoredChunk[]>;
  getChunks(ids: string[]): Promise<ChunkRecord[]>;
  stats(): Promise<SearchIndexStats>;
  /** Drops every chunk and the embedder record (before a reindex with another embedder). */
  clear(): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
