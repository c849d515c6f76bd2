/** One hit of a ranked list from a single retriever (BM25 or kNN), best first. */
export interface RankedHit {
  chunkId: string;
  score: number;
}

/** What fusion needs to know about a chunk; the store supplies it through a {@link ChunkLookup}. */
export interface ChunkRecord {
  chunkId: string;
  documentId: string;
  title: string;
  page?: number;
  section?: string;
  attackId?: string;
  text: string;
  /** Embedding of the chunk, normalised or not; MMR uses cosine when both chunks have one. */
  vector?: ArrayLike<number>;
  /** Sentences split once at ingestion, so answering does not split them per question. */
  sentences?: readonly string[];
}

export type ChunkLookup = (chunkId: string) => ChunkRecord | undefined;

/** A chunk as retrieval returns it: the record (without its vector) and how each retriever ranked it. */
export interface RetrievedChunk extends Omit<ChunkRecord, 'vector'> {
  /** Fused (reciprocal rank fusion) score. */
  score: number;
  lexicalScore?: number;
  vectorScore?: number;
  /** 1-based rank in the BM25 list. */
  lexicalRank?: number;
  /** 1-based rank in the kNN list. */
  vectorRank?: number;
}

export interface Citation {
  /** The marker number used in the answer text: `[n]`. */
  n: number;
  chunkId: string;
  documentId: string;
  title: string;
  page?: number;
  attackId?: string;
  snippet: string;
  score: number;
}
