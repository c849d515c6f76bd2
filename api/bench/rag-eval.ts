/**
 * `npm run eval:rag`: ingests the NIST PDFs and ATT&CK through the real service (embeddings on), then measures
 * retrieval (recall@5, MRR, nDCG@10 against each question's expected page or ATT&CK ID) and the scope decision
 * (refusal precision and recall) on the question set, and writes bench/results/rag-eval.json.
 *
 * The data folder (RAG_EVAL_DATA_DIR, default $TMPDIR/vigil-rag-eval) is kept: ingestion is idempotent, so a
 * second run re-ingests nothing and only measures. RAG_EVAL_FRESH=1 starts from an empty folder (and so times the
 * whole ingestion).
 */
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeBenchResult } from '@vigil/ml/bench';
import { createApp } from '../src/app.js';
import type { Principal } from '../src/auth/roles.js';
import { loadConfig } from '../src/config/config.js';
import type { DocumentRecord } from '../src/documents/document-record.js';
import { createLogger } from '../src/logging/logger.js';
import { corpusPaths } from './rag/corpus.js';

type Expected = { document: string; page: number; alsoPages?: number[] } | { attackId: string } | null;
interface Question { question: string; inScope: boolean; kind: string; expected: Expected }

const questions = (JSON.parse(readFileSync(new URL('../../test/rag/scope/questions.json', import.meta.url), 'utf8')) as { questions: Question[] }).questions;
const dataDir = process.env.RAG_EVAL_DATA_DIR ?? path.join(os.tmpdir(), 'vigil-rag-eval');
const modelDir = process.env.EMBEDDING_MODEL_DIR ?? path.join(os.homedir(), '.cache', 'vigil', 'models', 'all-MiniLM-L6-v2');
if (process.env.RAG_EVAL_FRESH === '1') rmSync(dataDir, { recursive: true, force: true });
const config = loadConfig({ ...process.env, VIGIL_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', EMBEDDING_MODEL_DIR: modelDir, LOG_LEVEL: 'warn' });
const app = await createApp(config, createLogger(config.logLevel));
const { rag } = app.services;
try {
  if (!rag.embedder) console.warn(`rag-eval: no embedding model at ${modelDir}: measuring lexical-only retrieval`);
  const started = performance.now();
  let created = 0;
  let pages = 0;
  let chunksCreated = 0;
  for (const file of corpusPaths()) {
    const outcome = await rag.documents.ingestPath(file);
    created += outcome.created;
    chunksCreated += outcome.chunks;
    if (outcome.created > 0) pages += outcome.documents.reduce((sum, d) => sum + (d.pages ?? 0), 0);
    console.log(`ingested ${path.basename(file)}: ${outcome.created} new, ${outcome.unchanged} unchanged, ${outcome.chunks} chunks`);
  }
  const ingestSeconds = (performance.now() - started) / 1000;

  // documentId → file name, for expectations given as a PDF file name.
  const fileOf = new Map<string, string>();
  for (let after: string | undefined, first = true; first || after; first = false) {
    const page = await rag.documents.list(1000, after);
    for (const d of page.items as DocumentRecord[]) if (d.filename && !d.attackId) fileOf.set(d.id, d.filename);
    after = page.nextCursor ?? undefined;
  }
  const relevant = (expected: Expected, c: { documentId: string; page?: number; attackId?: string }): boolean => {
    if (!expected) return false;
    if ('attackId' in expected) return c.attackId === expected.attackId;
    return fileOf.get(c.documentId) === expected.document && c.page !== undefined && [expected.page, ...(expected.alsoPages ?? [])].includes(c.page);
  };
  const allChunks = [...rag.catalog.values()];

  let recall5 = 0;
  let mrr = 0;
  let ndcg = 0;
  const misses: string[] = [];
  const inScope = questions.filter((q) => q.inScope);
  for (const q of inScope) {
    const { chunks } = await rag.retriever.retrieve(q.question, 10);
    const hits = chunks.map((c) => relevant(q.expected, c));
    if (hits.slice(0, 5).some(Boolean)) recall5++;
    else misses.push(`${q.question} → ${chunks.slice(0, 3).map((c) => c.attackId ?? `${fileOf.get(c.documentId)} p${c.page}`).join(', ')}`);
    const first = hits.indexOf(true);
    if (first >= 0) mrr += 1 / (first + 1);
    const dcg = hits.reduce((sum, hit, i) => sum + (hit ? 1 / Math.log2(i + 2) : 0), 0);
    const total = Math.min(10, allChunks.filter((c) => relevant(q.expected, c)).length);
    let idcg = 0;
    for (let i = 0; i < total; i++) idcg += 1 / Math.log2(i + 2);
    ndcg += idcg > 0 ? dcg / idcg : 0;
  }

  const asker: Principal = { id: 'rag-eval', name: 'rag-eval', role: 'analyst', via: 'api-key' };
  let refusedOut = 0;
  let refusedIn = 0;
  const wrongScope: string[] = [];
  for (const q of questions) {
    const stream = await rag.chat.answer(asker, q.question);
    let outOfScope = false;
    for await (const e of stream.events) if (e.kind === 'done') outOfScope = e.outOfScope;
    if (outOfScope && !q.inScope) refusedOut++;
    if (outOfScope && q.inScope) refusedIn++;
    if (outOfScope === q.inScope) wrongScope.push(`${q.inScope ? 'refused' : 'answered'} (${q.kind}): ${q.question}`);
  }
  const outOfScope = questions.length - inScope.length;
  const round = (x: number) => +x.toFixed(4);
  const refused = refusedOut + refusedIn;
  const stats = await app.services.search.stats();
  const file = await writeBenchResult('rag-eval', {
    keys: {
      recall_at_5: round(recall5 / inScope.length),
      mrr: round(mrr / inScope.length),
      ndcg_at_10: round(ndcg / inScope.length),
      refusal_precision: round(refused > 0 ? refusedOut / refused : 1),
      refusal_recall: round(refusedOut / outOfScope),
      in_scope: inScope.length,
      out_of_scope: outOfScope,
      answerer: rag.answerer.name,
      in_scope_answered: round((inScope.length - refusedIn) / inScope.length),
      embedder: rag.embedder?.id ?? 'none (lexical-only)',
    },
    figures: {},
    work: { chunks: stats.chunks, documents: stats.documents, vectors: stats.vectors, questions: questions.length, ingest_seconds_this_run: +ingestSeconds.toFixed(1), documents_created_this_run: created, chunks_created_this_run: chunksCreated, pdf_pages_created_this_run: pages },
    notes: [
      'Retrieval through the service (BM25 + MiniLM kNN, RRF, MMR; default RETRIEVAL_* settings); a hit is a chunk from the expected page (or alsoPages) of the expected PDF, or of the expected ATT&CK object.',
      'nDCG@10 with binary relevance; the ideal ranking has min(10, chunks matching the expectation) relevant chunks.',
      'Refusals from the ask path (scope decision on the fused retrieval); refusal precision = refused out-of-scope / all refused, recall = refused out-of-scope / all out-of-scope.',
      `Retrieval misses at 5 (${misses.length}): ${misses.join(' | ')}`,
      `Scope mistakes (${wrongScope.length}): ${wrongScope.join(' | ')}`,
    ],
  });
  console.log(readFileSync(file, 'utf8'));
} finally {
  await app.close();
}
