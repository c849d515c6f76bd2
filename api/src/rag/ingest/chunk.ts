/** A piece of a document small enough to embed and to cite, with where it came from. */
export interface Chunk {
  /** Deterministic: `${documentId}#${ordinal}`. */
  id: string;
  documentId: string;
  /** 0-based position in the document. */
  ordinal: number;
  title: string;
  /** Plain text; paragraphs separated by a blank line. */
  text: string;
  page?: number;
  /** The heading of the section the chunk starts in. */
  section?: string;
  attackId?: string;
  /** The chunk's sentences, split once here so answering never splits them per question. */
  sentences: string[];
}

export interface ChunkOptions {
  /** Break at a paragraph boundary once a chunk has this many characters. */
  targetChars: number;
  /** A chunk never exceeds this (a single longer sentence is cut at word boundaries). */
  maxChars: number;
  /** Below this a chunk takes in the next section on the same page rather than end. */
  minChars: number;
  /** Whole trailing sentences of about this length start the next chunk of the same section. */
  overlapChars: number;
}

export const DEFAULT_CHUNK_OPTIONS: Readonly<ChunkOptions> = Object.freeze({
  targetChars: 1000,
  maxChars: 1200,
  minChars: 800,
  overlapChars: 150,
});

export const chunkId = (documentId: string, ordinal: number) => `${documentId}#${ordinal}`;
