import type { StoredRecord } from '../ports/record-store.js';

/** A document as the `documents` collection keeps it; its chunks live in the search index. */
export interface DocumentRecord extends StoredRecord {
  title: string;
  mediaType: string;
  format: string;
  pages: number | null;
  chunks: number;
  /** sha256 of the bytes the document was made from: ingesting identical bytes again changes nothing. */
  contentHash: string;
  attackId: string | null;
  /** Where it came from: a path, a URL, or `upload:<file name>`. */
  source: string;
  /** The file name the document came from (for a STIX bundle: the bundle's). */
  filename: string | null;
  ingestedAt: string;
  /** Which embedder built its vectors; null when stored lexical-only. */
  embedder: string | null;
}

/** One step of an ingestion, published on the `ingestion` topic. */
export interface IngestionProgressEvent {
  ingestionId: string;
  source: string;
  stage: 'parsing' | 'embedding' | 'storing' | 'done' | 'failed';
  documents: number;
  documentsDone: number;
  chunks: number;
  chunksDone: number;
  message: string | null;
}
