/**
 * Ask performance: ingestion throughput (PDFs through the real service, MiniLM embeddings), exact kNN over 100k
 * synthetic 384-d unit vectors in the SQLite search index, and `ask` over GraphQL (extractive answerer) at
 * concurrency 1 and 16 against the full corpus that `npm run eval:rag` ingested (RAG_EVAL_DATA_DIR).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { percentile, writeBenchResult } from '@vigil/ml/bench';
import { sharedData, startApiProcess } from '@vigil/ml/testing';
import { openDatabase } from '../src/adapters/sqlite/database.js';
import { SqliteSearchIndex } from '../src/adapters/sqlite/search-index.js';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/logging/logger.js';
import type { Principal } from '../src/auth/roles.js';
import type { ChunkRecord } from '../src/ports/search-index.js';
import { postLoad, sequentialLatencies } from './support/load.js';

const ADMIN = 'vgl_bench-admin-token-0123456789abcdef';
const modelDir = process.env.EMBEDDING_MODEL_DIR ?? path.join(os.homedir(), '.cache', 'vigil', 'models', 'all-MiniLM-L6-v2');
const corpusDir = process.env.RAG_EVAL_DATA_DIR ?? path.join(os.tmpdir(), 'vigil-rag-eval');
const round = (x: number, d = 2) => +x.toFixed(d);

function randomUnit(d: number, seed: { s: number }): Float32Array {
  const v = new Float32Array(d);
  let norm = 0;
  for (let i = 0; i < d; i++) {
    seed.s = (seed.s * 1664525 + 1013904223) >>> 0;
    const x = seed.s / 2 ** 32 - 0.5;
    v[i] = x;
    norm += x * x;
  }
  norm = Math.sqrt(norm);
  for (let i = 0; i < d; i++) v[i]! /= norm;
  return v;
}

async function knn100k() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vigil-knn-'));
  try {
    const db = openDatabase(path.join(dir, 'knn.db'));
    const index = new SqliteSearchIndex(db);
    const seed = { s: 42 };
    const n = 100_000;
    for (let i = 0; i < n; i += 5_000) {
      const batch: ChunkRecord[] = [];
      for (let j = i; j < i + 5_000; j++) {
        batch.push({ id: `c${j}`, documentId: `d${j >> 6}`, title: 't', text: `chunk ${j}`, ordinal: j, page: null, section: null, attackId: null, vector: randomUnit(384, seed) });
      }
      await index.upsertChunks(batch, { id: 'synthetic@384', dimensions: 384 });
    }
    const times: number[] = [];
    for (let q = 0; q < 220; q++) {
      const query = randomUnit(384, seed);
      const started = performance.now();
      await index.vector(query, 10);
      if (q >= 20) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    db.close();
    return { n, queries: times.length, p50: percentile(times, 50), p99: percentile(times, 99) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function ingestion() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vigil-ingest-'));
  const config = loadConfig({ VIGIL_DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1', EMBEDDING_MODEL_DIR: modelDir, VIGIL_ADMIN_TOKEN: ADMIN, LOG_LEVEL: 'warn' });
  const app = await createApp(config, createLogger('warn'));
  try {
    const files = ['NIST.SP.800-61r2.pdf', 'NIST.CSWP.04162018.pdf'].map((f) => sharedData('corpus', 'pdf', f));
    let pages = 0;
    let chunks = 0;
    const started = performance.now();
    for (const file of files) {
      const outcome = await app.services.rag.documents.ingestPath(file);
      pages += outcome.documents.reduce((s, d) => s + (d.pages ?? 0), 0);
      chunks += outcome.chunks;
    }
    const seconds = (performance.now() - started) / 1000;
    // The per-question cost the query-embedding cache saves: embedding distinct questions one at a time.
    const questions = Array.from({ length: 40 }, (_, i) => `How should incident number ${i} involving malware on host ${i * 7} be contained?`);
    const embedTimes: number[] = [];
    for (const q of questions) {
      const t0 = performance.now();
      await app.services.rag.embedder?.embed([q]);
      embedTimes.push(performance.now() - t0);
    }
    embedTimes.sort((a, b) => a - b);
    return { files: files.length, pages, chunks, seconds, embedP50: percentile(embedTimes.slice(5), 50), embedP99: percentile(embedTimes.slice(5), 99) };
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** In-process, at the real corpus size: retrieval alone and whole answers, every question distinct (uncached). */
async function corpusLatencies() {
  const config = loadConfig({ VIGIL_DATA_DIR: corpusDir, PORT: '0', HOST: '127.0.0.1', EMBEDDING_MODEL_DIR: modelDir, VIGIL_ADMIN_TOKEN: ADMIN, LOG_LEVEL: 'warn' });
  const app = await createApp(config, createLogger('warn'));
  try {
    const { rag } = app.services;
    const questions = (JSON.parse(readFileSync(new URL('../../test/rag/scope/questions.json', import.meta.url), 'utf8')) as { questions: { question: string }[] }).questions.map((q) => q.question);
    const retrieval: number[] = [];
    for (const q of questions) retrieval.push((await rag.retriever.retrieve(q)).ms); // a fresh process: nothing cached
    const asker: Principal = { id: 'bench', name: 'bench', role: 'analyst', via: 'api-key' };
    const answers: number[] = [];
    for (const q of questions) {
      const started = performance.now();
      const stream = await rag.chat.answer(asker, `${q} Please.`);
      for await (const _ of stream.events);
      answers.push(performance.now() - started);
    }
    retrieval.sort((a, b) => a - b);
    answers.sort((a, b) => a - b);
    return { chunks: rag.catalog.size, questions: questions.length, retrievalP50: percentile(retrieval, 50), retrievalP99: percentile(retrieval, 99), answerP50: percentile(answers, 50), answerP99: percentile(answers, 99) };
  } finally {
    await app.close();
  }
}

async function askLoad() {
  if (!existsSync(path.join(corpusDir, 'vigil.db'))) throw new Error(`run npm run eval:rag first: no ingested corpus at ${corpusDir}`);
  const api = await startApiProcess({ VIGIL_DATA_DIR: corpusDir, VIGIL_ADMIN_TOKEN: ADMIN, EMBEDDING_MODEL_DIR: modelDir, ANSWERER: 'extractive' }, 120_000);
  try {
    const body = { query: 'mutation($q: String!) { ask(question: $q) { answer outOfScope citations { n title page attackId score } } }', variables: { q: 'What are the phases of the incident response life cycle?' } };
    const headers = { authorization: `Bearer ${ADMIN}` };
    await postLoad(`${api.url}/graphql`, body, headers, 4, 3); // warm-up
    const seq = Array.from(await sequentialLatencies(`${api.url}/graphql`, body, headers, 500)).sort((a, b) => a - b);
    const c16 = await postLoad(`${api.url}/graphql`, body, headers, 16, 10);
    return { c1: { p50: percentile(seq, 50), p99: percentile(seq, 99), requests: seq.length }, c16 };
  } finally {
    await api.stop();
  }
}

export default async function ragPerf(): Promise<string> {
  const knn = await knn100k();
  const ingest = await ingestion();
  const corpus = await corpusLatencies();
  const ask = await askLoad();
  return writeBenchResult('rag-perf', {
    keys: {
      ingest_pages_per_s: round(ingest.pages / ingest.seconds),
      ingest_chunks_per_s: round(ingest.chunks / ingest.seconds),
      retrieval_p99_ms_100k: round(knn.p99),
      ask_p99_ms_c1: round(ask.c1.p99),
      ask_p99_ms_c16: round(ask.c16.p99_ms),
      ask_rps_c16: round(ask.c16.requests_per_s, 1),
    },
    figures: {
      retrieval_p50_ms_100k: { value: round(knn.p50), unit: 'ms per top-10 exact kNN query' },
      retrieval_p99_ms_100k: { value: round(knn.p99), unit: 'ms per top-10 exact kNN query' },
      ingest_seconds: { value: round(ingest.seconds, 1), unit: 's' },
      ingest_pages_per_s: { value: round(ingest.pages / ingest.seconds), unit: 'pages/s (parse + chunk + MiniLM embed + store)' },
      ingest_chunks_per_s: { value: round(ingest.chunks / ingest.seconds), unit: 'chunks/s' },
      question_embedding_p50_ms: { value: round(ingest.embedP50), unit: 'ms per distinct question (MiniLM, not cached)' },
      question_embedding_p99_ms: { value: round(ingest.embedP99), unit: 'ms per distinct question (MiniLM, not cached)' },
      retrieval_p50_ms_corpus: { value: round(corpus.retrievalP50), unit: `ms per question (embed + BM25 + kNN + RRF + MMR), ${corpus.chunks} chunks, uncached` },
      retrieval_p99_ms_corpus: { value: round(corpus.retrievalP99), unit: `ms per question, ${corpus.chunks} chunks, uncached` },
      ask_inprocess_uncached_p50_ms: { value: round(corpus.answerP50), unit: 'ms per distinct question (retrieval + scope + extractive answer + conversation write), no HTTP' },
      ask_inprocess_uncached_p99_ms: { value: round(corpus.answerP99), unit: 'ms per distinct question, no HTTP' },
      ask_p50_ms_c1: { value: round(ask.c1.p50), unit: 'ms' },
      ask_p99_ms_c1: { value: round(ask.c1.p99), unit: 'ms' },
      ask_p50_ms_c16: { value: ask.c16.p50_ms, unit: 'ms (autocannon, whole ms)' },
      ask_p99_ms_c16: { value: ask.c16.p99_ms, unit: 'ms (autocannon, whole ms)' },
      ask_rps_c16: { value: round(ask.c16.requests_per_s, 1), unit: 'requests/s' },
    },
    work: {
      knn_vectors: knn.n,
      knn_dimensions: 384,
      knn_queries: knn.queries,
      corpus_chunks: corpus.chunks,
      corpus_questions: corpus.questions,
      ingest_files: ingest.files,
      ingest_pages: ingest.pages,
      ingest_chunks: ingest.chunks,
      ask_c1_requests: ask.c1.requests,
      ask_c16_requests: ask.c16.requests,
      ask_c16_non_2xx: ask.c16.non_2xx,
    },
    notes: [
      'kNN: exact inner-product scan of the in-memory matrix of SqliteSearchIndex (no approximation, recall 1.0).',
      'ask: one fixed question over GraphQL (extractive answerer, full corpus: 9 NIST PDFs + ATT&CK), so the question embedding comes from the query-embedding cache after the first request; question_embedding_* is what a distinct question adds.',
      'Ingestion: two PDFs (SP 800-61r2, CSF 1.1) into a fresh store; 2 cores shared with other work.',
    ],
  });
}
