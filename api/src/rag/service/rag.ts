import path from 'node:path';
import { ChatService } from '../../chat/chat.service.js';
import type { RagConfig } from '../../config/config.js';
import { DocumentService } from '../../documents/document.service.js';
import { UploadStore } from '../../documents/upload-store.js';
import type { Logger } from '../../logging/logger.js';
import type { PubSub } from '../../ports/pubsub.js';
import type { RecordStore } from '../../ports/record-store.js';
import type { SearchIndex } from '../../ports/search-index.js';
import { createAnswerer, type AnswererConfig } from '../answer/create.js';
import type { Answerer } from '../answer/types.js';
import type { Embedder } from '../embedding/embedder.js';
import { loadEmbedder, type EmbedderConfig } from '../embedding/load-embedder.js';
import { idf } from '../scope/term-statistics.js';
import { ChunkCatalog } from './chunk-catalog.js';
import { Retriever } from './retriever.js';

/** Ask, assembled: what resolvers reach through `services.rag`. */
export interface Rag {
  documents: DocumentService;
  chat: ChatService;
  retriever: Retriever;
  catalog: ChunkCatalog;
  uploads: UploadStore;
  embedder: Embedder | null;
  answerer: Answerer;
  /** Degraded modes to report in `health` (e.g. lexical-only retrieval). */
  notices: string[];
  /** Resolves when the seed documents have been ingested (or failed, which is logged). */
  seeded: Promise<void>;
  startSeeding(): void;
  close(): Promise<void>;
}

export interface RagDeps {
  store: RecordStore;
  search: SearchIndex;
  pubsub: PubSub;
  logger: Logger;
  dataDir: string;
}

function embedderConfig(config: RagConfig['embedder']): EmbedderConfig {
  switch (config.kind) {
    case 'local':
      return { kind: 'local', ...(config.modelDir ? { modelDir: config.modelDir } : {}), allowRemoteModels: config.allowDownload };
    case 'gemini':
      return { kind: 'gemini', apiKey: config.apiKey, model: config.model, ...(config.baseUrl ? { baseUrl: config.baseUrl } : {}) };
    case 'none':
      return { kind: 'none' };
  }
}

function answererConfig(config: RagConfig['answerer'], termWeight: (term: string) => number | undefined): AnswererConfig {
  const extractive = { termWeight };
  switch (config.kind) {
    case 'extractive':
      return { kind: 'extractive', extractive };
    case 'gemini':
      return {
        kind: 'gemini',
        gemini: { apiKey: config.apiKey, model: config.model, timeoutMs: config.timeoutMs, ...(config.baseUrl ? { baseUrl: config.baseUrl } : {}) },
        fallback: config.fallback,
        extractive,
      };
    case 'openai':
      return {
        kind: 'openai',
        openai: { baseUrl: config.baseUrl, model: config.model, timeoutMs: config.timeoutMs, ...(config.apiKey ? { apiKey: config.apiKey } : {}) },
        fallback: config.fallback,
        extractive,
      };
  }
}

/** Loads the embedder, rebuilds the chunk catalog from the index, and wires ingestion and chat. */
export async function createRag(config: RagConfig, deps: RagDeps): Promise<Rag> {
  const logger = deps.logger.child({ component: 'rag' });
  const notices: string[] = [];
  const loaded = await loadEmbedder(embedderConfig(config.embedder));
  const embedder = loaded.embedder;
  if (!embedder) {
    logger.warn({ reason: loaded.reason }, '!!! NO EMBEDDING MODEL: retrieval is LEXICAL-ONLY (BM25), answers will be weaker. Set EMBEDDING_MODEL_DIR. !!!');
    notices.push(`Retrieval is lexical-only (no embedding model): ${loaded.reason}`);
  }
  const catalog = new ChunkCatalog();
  const retriever = new Retriever(deps.search, catalog, embedder, config.retrieval);
  const stats = await deps.search.stats();
  let mismatch: string | undefined;
  if (embedder && stats.embedder && stats.embedder !== embedder.id) {
    retriever.vectorEnabled = false;
    const message = (mismatch = `The search index was built with embedder '${stats.embedder}', not '${embedder.id}': vector retrieval is off until an admin runs reindex.`);
    logger.warn(message);
    notices.push(message);
  }
  const uploads = new UploadStore(path.join(deps.dataDir, 'uploads'));
  const documents = new DocumentService({
    store: deps.store,
    search: deps.search,
    pubsub: deps.pubsub,
    logger,
    catalog,
    retriever,
    embedder,
    uploads,
    limits: config.limits,
    urlTimeoutMs: config.urlTimeoutMs,
    urlAllowInternal: config.urlAllowInternal,
    onReindexed: () => {
      const at = mismatch === undefined ? -1 : notices.indexOf(mismatch);
      if (at >= 0) notices.splice(at, 1);
    },
  });
  const chunks = await documents.load();
  logger.info({ chunks, embedder: embedder?.id ?? null }, 'search catalog loaded');
  const answerer = createAnswerer(answererConfig(config.answerer, (term) => (catalog.stats.documentCount > 0 ? idf(catalog.stats, term) : undefined)), {
    onFallback: (error, primary) => logger.warn({ err: (error as Error).message, answerer: primary.name }, 'answerer failed; answering extractively'),
  });
  const chat = new ChatService({ store: deps.store, retriever, catalog, answerer, logger });
  let resolveSeeded!: () => void;
  const seeded = new Promise<void>((resolve) => (resolveSeeded = resolve));
  let seeding = false;
  return {
    documents,
    chat,
    retriever,
    catalog,
    uploads,
    embedder,
    answerer,
    notices,
    seeded,
    startSeeding() {
      if (seeding) return;
      seeding = true;
      if (config.seedDocs.length === 0) return resolveSeeded();
      logger.info({ paths: config.seedDocs }, 'ingesting seed documents in the background');
      void documents.seed(config.seedDocs).finally(resolveSeeded);
    },
    close: () => documents.close(),
  };
}
