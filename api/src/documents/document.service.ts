import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { badInput, isVigilError, notFound } from '@vigil/ml/errors';
import type { Logger } from '../logging/logger.js';
import { topics, type PubSub } from '../ports/pubsub.js';
import type { Page, RecordStore } from '../ports/record-store.js';
import type { ChunkRecord, SearchIndex } from '../ports/search-index.js';
import type { Embedder } from '../rag/embedding/embedder.js';
import { chunkDocument, chunkId, documentIdFor, parseDocuments, type Chunk, type DocumentInput, type IngestLimits, type ParsedDocument } from '../rag/ingest/index.js';
import type { ChunkCatalog } from '../rag/service/chunk-catalog.js';
import type { Retriever } from '../rag/service/retriever.js';
import type { DocumentRecord, IngestionProgressEvent } from './document-record.js';
import { fetchUrlInput, filesAt, readPathInput } from './document-sources.js';
import type { UploadStore } from './upload-store.js';

export interface IngestOutcome {
  ingestionId: string;
  documents: DocumentRecord[];
  created: number;
  updated: number;
  unchanged: number;
  chunks: number;
  /** Files of a folder that could not be ingested, as `file: reason`. */
  skipped: string[];
}

export interface DocumentServiceDeps {
  store: RecordStore;
  search: SearchIndex;
  pubsub: PubSub;
  logger: Logger;
  catalog: ChunkCatalog;
  retriever: Retriever;
  embedder: Embedder | null;
  uploads: UploadStore;
  limits: IngestLimits;
  urlTimeoutMs: number;
  urlAllowInternal: boolean;
  /** Told when a reindex has rebuilt every vector with the current embedder. */
  onReindexed?: () => void;
}

/** Texts per call to the embedder; the event loop gets a turn between calls. */
const EMBED_GROUP = 64;
/** Documents listed in one ingestion's result. */
const RESULT_DOCUMENTS = 100;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Ingestion, listing, deletion and reindexing. Bytes → parse → chunk → embed (in groups, yielding to the event
 * loop between them) → search index + a `documents` record. Ingestions run one at a time; a document whose
 * content hash is already stored is left as it is.
 */
export class DocumentService {
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(private readonly deps: DocumentServiceDeps) {}

  /** Rebuilds the in-memory chunk catalog (and its term statistics) from the stored documents. */
  async load(): Promise<number> {
    const { store, search, catalog } = this.deps;
    let after: string | undefined;
    let ids: string[] = [];
    const flush = async () => {
      catalog.add(await search.getChunks(ids));
      ids = [];
    };
    do {
      const page: Page<DocumentRecord> = await store.find<DocumentRecord>('documents', { limit: 1000, ...(after ? { after } : {}) });
      for (const doc of page.items) {
        for (let i = 0; i < doc.chunks; i++) ids.push(chunkId(doc.id, i));
        if (ids.length >= 2000) await flush();
      }
      after = page.nextCursor ?? undefined;
    } while (after);
    await flush();
    return catalog.size;
  }

  ingestPath(target: string): Promise<IngestOutcome> {
    return this.serialised(async () => {
      const files = await filesAt(target);
      if (files.length === 0) throw badInput(`${target} holds no file ingestion understands (.pdf, .md, .txt, .html, .json)`);
      if (files.length === 1) return this.ingestNow(await readPathInput(files[0]!, this.deps.limits.maxBytes), files[0]!);
      const total = emptyOutcome();
      for (const file of files) {
        if (this.closed) break;
        try {
          merge(total, await this.ingestNow(await readPathInput(file, this.deps.limits.maxBytes), file));
        } catch (error) {
          if (!isVigilError(error)) throw error;
          total.skipped.push(`${path.relative(target, file)}: ${error.message}`);
          this.deps.logger.warn({ file, err: error.message }, 'a file of the folder was not ingested');
        }
      }
      return total;
    });
  }

  ingestUrl(url: string): Promise<IngestOutcome> {
    return this.serialised(async () => this.ingestNow(await fetchUrlInput(url, { maxBytes: this.deps.limits.maxBytes, timeoutMs: this.deps.urlTimeoutMs, allowInternal: this.deps.urlAllowInternal }), url));
  }

  ingestUpload(uploadId: string, ownerId: string): Promise<IngestOutcome> {
    return this.serialised(async () => {
      const { meta, bytes } = await this.deps.uploads.take(uploadId, ownerId);
      const outcome = await this.ingestNow({ bytes, filename: meta.filename, ...(meta.mediaType ? { mediaType: meta.mediaType } : {}) }, `upload:${meta.filename}`);
      await this.deps.uploads.remove(uploadId);
      return outcome;
    });
  }

  ingestBytes(input: DocumentInput, source: string): Promise<IngestOutcome> {
    return this.serialised(() => this.ingestNow(input, source));
  }

  /** Ingests the seed paths one after another; failures are logged, never thrown. */
  async seed(paths: readonly string[]): Promise<void> {
    for (const target of paths) {
      if (this.closed) return;
      const started = performance.now();
      try {
        const outcome = await this.ingestPath(target);
        this.deps.logger.info(
          { path: target, created: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged, chunks: outcome.chunks, skipped: outcome.skipped, seconds: +((performance.now() - started) / 1000).toFixed(1) },
          'seed documents ingested',
        );
      } catch (error) {
        this.deps.logger.error({ path: target, err: (error as Error).message }, 'seed documents could not be ingested');
      }
    }
  }

  async list(limit: number, after?: string): Promise<{ items: DocumentRecord[]; nextCursor: string | null; total: number }> {
    if (limit < 1 || limit > 1000) throw badInput('limit must be between 1 and 1000');
    const [page, total] = await Promise.all([
      this.deps.store.find<DocumentRecord>('documents', { limit, ...(after ? { after } : {}) }),
      this.deps.store.count('documents'),
    ]);
    return { ...page, total };
  }

  get(id: string): Promise<DocumentRecord | null> {
    return this.deps.store.get<DocumentRecord>('documents', id);
  }

  delete(id: string): Promise<DocumentRecord> {
    return this.serialised(async () => {
      const doc = await this.get(id);
      if (!doc) throw notFound('document', id);
      await this.deps.search.deleteDocument(id);
      this.deps.catalog.removeDocument(id);
      await this.deps.store.delete('documents', id);
      return doc;
    });
  }

  /** Re-embeds every stored chunk with the current embedder (or drops vectors when there is none). */
  reindex(): Promise<{ documents: number; chunks: number; embedder: string | null }> {
    return this.serialised(async () => {
      const { store, search, catalog, embedder, retriever } = this.deps;
      const docs: DocumentRecord[] = [];
      let after: string | undefined;
      do {
        const page: Page<DocumentRecord> = await store.find<DocumentRecord>('documents', { limit: 1000, ...(after ? { after } : {}) });
        docs.push(...page.items);
        after = page.nextCursor ?? undefined;
      } while (after);
      const chunks: ChunkRecord[] = [];
      for (let i = 0; i < docs.length; i += 500) {
        const ids = docs.slice(i, i + 500).flatMap((d) => Array.from({ length: d.chunks }, (_, n) => chunkId(d.id, n)));
        chunks.push(...(await search.getChunks(ids)));
      }
      const ingestionId = `reindex_${randomUUID()}`;
      const vectors = await this.embedAll(chunks.map(embeddingText), ingestionId, 'reindex', docs.length);
      await search.clear();
      const ref = embedder ? { id: embedder.id, dimensions: embedder.dimensions } : null;
      const fresh = chunks.map((c, i) => ({ ...c, vector: vectors?.[i] ?? null }));
      for (let i = 0; i < fresh.length; i += 500) await search.upsertChunks(fresh.slice(i, i + 500), ref);
      for (const d of docs) {
        catalog.removeDocument(d.id);
        await store.update<DocumentRecord>('documents', d.id, { embedder: ref?.id ?? null });
      }
      catalog.add(fresh);
      retriever.vectorEnabled = embedder !== null;
      this.deps.onReindexed?.();
      await this.progress({ ingestionId, source: 'reindex', stage: 'done', documents: docs.length, documentsDone: docs.length, chunks: fresh.length, chunksDone: fresh.length, message: null });
      return { documents: docs.length, chunks: fresh.length, embedder: ref?.id ?? null };
    });
  }

  /** Waits for the running ingestion, and starts no other. */
  async close(): Promise<void> {
    this.closed = true;
    await this.queue.catch(() => undefined);
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(() => {
      if (this.closed) throw badInput('the service is shutting down; ingest again after it restarts');
      return work();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async ingestNow(input: DocumentInput, source: string): Promise<IngestOutcome> {
    const { store, search, catalog, embedder, limits } = this.deps;
    const ingestionId = `ing_${randomUUID()}`;
    const base = { ingestionId, source, documents: 0, documentsDone: 0, chunks: 0, chunksDone: 0, message: null };
    await this.progress({ ...base, stage: 'parsing' });
    try {
      const { format, documents: parsed } = await parseDocuments(input, limits);
      const outcome = emptyOutcome(ingestionId);
      const changed: { doc: ParsedDocument; id: string; chunks: Chunk[]; replaces: boolean }[] = [];
      for (const doc of parsed) {
        const id = documentIdFor(doc);
        const existing = await store.get<DocumentRecord>('documents', id);
        if (existing && existing.contentHash === doc.contentHash) {
          outcome.unchanged++;
          pushCapped(outcome.documents, existing);
          continue;
        }
        const chunks = chunkDocument(doc, id);
        if (chunks.length === 0) continue;
        changed.push({ doc, id, chunks, replaces: existing !== null });
      }
      if (parsed.length > 0 && changed.length === 0 && outcome.unchanged === 0) {
        throw badInput(`${input.filename ?? source} holds no text to index`);
      }
      const allChunks = changed.flatMap((c) => c.chunks);
      const vectors = await this.embedAll(allChunks.map(embeddingText), ingestionId, source, changed.length);
      await this.progress({ ...base, stage: 'storing', documents: changed.length, chunks: allChunks.length, chunksDone: allChunks.length });
      const ref = embedder ? { id: embedder.id, dimensions: embedder.dimensions } : null;
      let at = 0;
      for (const { doc, id, chunks, replaces } of changed) {
        const stored: ChunkRecord[] = chunks.map((c) => toStoredChunk(c, vectors?.[at++] ?? null));
        if (replaces) {
          await search.deleteDocument(id);
          catalog.removeDocument(id);
        }
        await search.upsertChunks(stored, ref);
        catalog.add(stored);
        const attackId = doc.sections.find((s) => s.attack)?.attack?.id ?? null;
        const record = await store.put<DocumentRecord>('documents', {
          id,
          title: doc.title,
          mediaType: doc.mediaType,
          format,
          pages: doc.pages ?? null,
          chunks: stored.length,
          contentHash: doc.contentHash,
          attackId,
          source,
          filename: input.filename ?? null,
          ingestedAt: new Date().toISOString(),
          embedder: ref?.id ?? null,
        });
        if (replaces) outcome.updated++;
        else outcome.created++;
        outcome.chunks += stored.length;
        pushCapped(outcome.documents, record);
      }
      await this.progress({ ...base, stage: 'done', documents: parsed.length, documentsDone: parsed.length, chunks: allChunks.length, chunksDone: allChunks.length });
      return outcome;
    } catch (error) {
      await this.progress({ ...base, stage: 'failed', message: (error as Error).message });
      throw error;
    }
  }

  /** Embeds texts in groups, yielding to the event loop between them; null when there is no embedder. */
  private async embedAll(texts: string[], ingestionId: string, source: string, documents: number): Promise<Float32Array[] | null> {
    const { embedder } = this.deps;
    if (!embedder) return null;
    const out: Float32Array[] = [];
    for (let i = 0; i < texts.length; i += EMBED_GROUP) {
      out.push(...(await embedder.embed(texts.slice(i, i + EMBED_GROUP))));
      await this.progress({ ingestionId, source, stage: 'embedding', documents, documentsDone: 0, chunks: texts.length, chunksDone: out.length, message: null });
      await yieldToEventLoop();
    }
    return out;
  }

  private progress(event: IngestionProgressEvent): Promise<void> {
    return this.deps.pubsub.publish(topics.ingestion, event);
  }
}

/** What the embedder sees: the title (and section) give a short chunk its context. */
function embeddingText(c: { title: string; section?: string | null; text: string }): string {
  const section = c.section && c.section !== c.title ? ` — ${c.section}` : '';
  return `${c.title}${section}\n${c.text}`;
}

function toStoredChunk(c: Chunk, vector: Float32Array | null): ChunkRecord {
  return {
    id: c.id,
    documentId: c.documentId,
    title: c.title,
    text: c.text,
    ordinal: c.ordinal,
    page: c.page ?? null,
    section: c.section ?? null,
    attackId: c.attackId ?? null,
    vector,
  };
}

function emptyOutcome(ingestionId = `ing_${randomUUID()}`): IngestOutcome {
  return { ingestionId, documents: [], created: 0, updated: 0, unchanged: 0, chunks: 0, skipped: [] };
}

function merge(total: IngestOutcome, part: IngestOutcome): void {
  for (const d of part.documents) pushCapped(total.documents, d);
  total.created += part.created;
  total.updated += part.updated;
  total.unchanged += part.unchanged;
  total.chunks += part.chunks;
  total.skipped.push(...part.skipped);
}

function pushCapped(list: DocumentRecord[], doc: DocumentRecord): void {
  if (list.length < RESULT_DOCUMENTS) list.push(doc);
}
