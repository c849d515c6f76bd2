import type { DatabaseSync } from 'node:sqlite';
import { ErrorCode, VigilError, badInput } from '@vigil/ml/errors';
import type { ChunkRecord, ScoredChunk, SearchIndex, SearchIndexStats } from '../../ports/search-index.js';
import { transaction } from './database.js';
import { VectorMatrix } from './vector-matrix.js';

interface ChunkRow {
  rowid: number;
  id: string;
  document_id: string;
  title: string;
  text: string;
  ordinal: number;
  page: number | null;
  section: string | null;
  attack_id: string | null;
  vector: Uint8Array | null;
}

/**
 * Chunks in SQLite: FTS5 (BM25, porter stemming) for lexical search, and an in-memory matrix of the stored
 * vectors for exact kNN, loaded from the database on first use.
 */
export class SqliteSearchIndex implements SearchIndex {
  private matrix: VectorMatrix | null = null;
  private loaded = false;

  constructor(private readonly db: DatabaseSync) {}

  async upsertChunks(chunks: ChunkRecord[], embedder: { id: string; dimensions: number } | null): Promise<void> {
    if (chunks.length === 0) return;
    const withVectors = chunks.some((c) => c.vector !== null);
    if (withVectors && !embedder) throw badInput('chunks carry vectors but no embedder was named');
    if (embedder) this.claimEmbedder(embedder);
    for (const c of chunks) {
      if (c.vector && embedder && c.vector.length !== embedder.dimensions) {
        throw badInput(`chunk '${c.id}' has a ${c.vector.length}-d vector; the index holds ${embedder.dimensions}-d vectors`);
      }
    }
    const matrix = this.ensureMatrix();
    const upsert = this.db.prepare(`INSERT INTO chunks (id, document_id, title, text, ordinal, page, section, attack_id, vector)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET document_id = excluded.document_id, title = excluded.title, text = excluded.text,
        ordinal = excluded.ordinal, page = excluded.page, section = excluded.section, attack_id = excluded.attack_id,
        vector = excluded.vector`);
    transaction(this.db, () => {
      for (const c of chunks) {
        upsert.run(c.id, c.documentId, c.title, c.text, c.ordinal, c.page, c.section, c.attackId,
          c.vector ? new Uint8Array(c.vector.buffer, c.vector.byteOffset, c.vector.byteLength) : null);
      }
    });
    if (matrix) for (const c of chunks) (c.vector ? matrix.set(c.id, c.vector) : matrix.remove(c.id));
  }

  async deleteDocument(documentId: string): Promise<number> {
    const ids = (this.db.prepare('SELECT id FROM chunks WHERE document_id = ?').all(documentId) as { id: string }[]).map((r) => r.id);
    transaction(this.db, () => this.db.prepare('DELETE FROM chunks WHERE document_id = ?').run(documentId));
    const matrix = this.ensureMatrix();
    if (matrix) for (const id of ids) matrix.remove(id);
    return ids.length;
  }

  async lexical(query: string, k: number): Promise<ScoredChunk[]> {
    const match = toFtsQuery(query);
    if (!match) return [];
    const rows = this.db
      .prepare(`SELECT c.id AS id, bm25(chunks_fts, 2.0, 1.5, 1.0) AS rank
        FROM chunks_fts JOIN chunks c ON c.rowid = chunks_fts.rowid
        WHERE chunks_fts MATCH ? ORDER BY rank LIMIT ?`)
      .all(match, k) as { id: string; rank: number }[];
    // FTS5's bm25() is negative, lower is better; expose the usual positive BM25 score.
    return rows.map((r) => ({ chunkId: r.id, score: -r.rank }));
  }

  async vector(query: Float32Array, k: number): Promise<ScoredChunk[]> {
    const matrix = this.ensureMatrix();
    if (!matrix) return [];
    if (query.length !== matrix.dimensions) {
      throw badInput(`query vector has ${query.length} dimensions; the index holds ${matrix.dimensions}-d vectors`);
    }
    return matrix.topK(query, k);
  }

  async getChunks(ids: string[]): Promise<ChunkRecord[]> {
    if (ids.length === 0) return [];
    const rows = this.db
      .prepare(`SELECT * FROM chunks WHERE id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(ids)) as unknown as ChunkRow[];
    const byId = new Map(rows.map((r) => [r.id, toChunk(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async stats(): Promise<SearchIndexStats> {
    const row = this.db
      .prepare('SELECT count(*) AS chunks, count(DISTINCT document_id) AS documents, count(vector) AS vectors FROM chunks')
      .get() as { chunks: number; documents: number; vectors: number };
    const embedder = this.embedder();
    return {
      chunks: Number(row.chunks),
      documents: Number(row.documents),
      vectors: Number(row.vectors),
      embedder: embedder?.id ?? null,
      dimensions: embedder?.dimensions ?? null,
    };
  }

  async clear(): Promise<void> {
    transaction(this.db, () => {
      this.db.exec(`DELETE FROM chunks; DELETE FROM index_meta WHERE key = 'embedder';`);
    });
    this.matrix = null;
    this.loaded = true;
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT count(*) FROM index_meta').get();
  }

  async close(): Promise<void> {
    this.matrix = null;
  }

  private embedder(): { id: string; dimensions: number } | null {
    const row = this.db.prepare(`SELECT value FROM index_meta WHERE key = 'embedder'`).get() as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as { id: string; dimensions: number }) : null;
  }

  private claimEmbedder(embedder: { id: string; dimensions: number }): void {
    const current = this.embedder();
    if (!current) {
      this.db.prepare(`INSERT INTO index_meta (key, value) VALUES ('embedder', ?)`).run(JSON.stringify(embedder));
      this.matrix = new VectorMatrix(embedder.dimensions);
      this.loaded = true;
      return;
    }
    if (current.id !== embedder.id || current.dimensions !== embedder.dimensions) {
      throw new VigilError(
        ErrorCode.CONFLICT,
        `the search index was built with embedder '${current.id}' (${current.dimensions}-d), not '${embedder.id}' ` +
          `(${embedder.dimensions}-d): reindex the documents to switch embedders`,
        { indexEmbedder: current.id, requested: embedder.id },
      );
    }
  }

  private ensureMatrix(): VectorMatrix | null {
    if (this.loaded) return this.matrix;
    const embedder = this.embedder();
    this.loaded = true;
    if (!embedder) return (this.matrix = null);
    const matrix = new VectorMatrix(embedder.dimensions);
    for (const row of this.db.prepare('SELECT id, vector FROM chunks WHERE vector IS NOT NULL').iterate() as Iterable<{ id: string; vector: Uint8Array }>) {
      matrix.set(row.id, toVector(row.vector));
    }
    return (this.matrix = matrix);
  }
}

/** Turns free text into an FTS5 query: every word a quoted term, any of them may match (BM25 ranks). */
export function toFtsQuery(text: string): string | null {
  const terms = text
    .toLowerCase()
    .match(/[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/gu)
    ?.filter((t) => t.length > 1 || /\d/.test(t))
    .slice(0, 64);
  if (!terms || terms.length === 0) return null;
  return [...new Set(terms)].map((t) => `"${t.replace(/"/g, '""')}"`).join(' OR ');
}

function toVector(blob: Uint8Array): Float32Array {
  const copy = new Uint8Array(blob.byteLength);
  copy.set(blob);
  return new Float32Array(copy.buffer);
}

function toChunk(r: ChunkRow): ChunkRecord {
  return {
    id: r.id,
    documentId: r.document_id,
    title: r.title,
    text: r.text,
    ordinal: Number(r.ordinal),
    page: r.page === null ? null : Number(r.page),
    section: r.section,
    attackId: r.attack_id,
    vector: r.vector ? toVector(r.vector) : null,
  };
}
