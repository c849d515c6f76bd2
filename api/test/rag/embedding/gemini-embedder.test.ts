import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { isVigilError } from '@vigil/ml/errors';
import { dot } from '../../../src/rag/embedding/embedder.js';
import { createGeminiEmbedder } from '../../../src/rag/embedding/gemini-embedder.js';
import { loadEmbedder } from '../../../src/rag/embedding/load-embedder.js';

interface BatchRequest {
  requests: { model: string; content: { parts: { text: string }[] }; outputDimensionality?: number }[];
}

/** A stand-in for Gemini's REST API: `POST /v1beta/models/{model}:batchEmbedContents`, as the SDK calls it. */
let mode: 'ok' | 429 | 500 | 'short' | 'slow' = 'ok';
const seen: { path: string; apiKey: string | undefined; body: BatchRequest }[] = [];
const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
  let raw = '';
  for await (const part of req) raw += part;
  const body = JSON.parse(raw) as BatchRequest;
  seen.push({ path: req.url ?? '', apiKey: req.headers['x-goog-api-key'] as string | undefined, body });
  const match = /^\/v1beta\/models\/([^:]+):batchEmbedContents$/.exec(req.url ?? '');
  if (req.method !== 'POST' || !match) return reply(res, 404, { error: { code: 404, message: 'not found', status: 'NOT_FOUND' } });
  if (mode === 429) return reply(res, 429, { error: { code: 429, message: 'Resource has been exhausted (e.g. check quota).', status: 'RESOURCE_EXHAUSTED' } });
  if (mode === 500) return reply(res, 500, { error: { code: 500, message: 'Internal error encountered.', status: 'INTERNAL' } });
  if (mode === 'slow') return void setTimeout(() => reply(res, 200, { embeddings: [] }), 500);
  const dims = body.requests[0]?.outputDimensionality ?? 8;
  const embeddings = body.requests.map((r) => ({ values: fakeVector(r.content.parts[0]!.text, mode === 'short' ? dims - 1 : dims) }));
  reply(res, 200, { embeddings });
});

/** Deterministic, not unit length (the adapter normalises): letter counts folded into `dims` bins, plus 1. */
function fakeVector(text: string, dims: number): number[] {
  const v = Array.from({ length: dims }, () => 1);
  for (const ch of text.toLowerCase()) v[ch.charCodeAt(0) % dims]! += 3;
  return v;
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

let baseUrl = '';
before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const embedder = (extra: Partial<Parameters<typeof createGeminiEmbedder>[0]> = {}) =>
  createGeminiEmbedder({ apiKey: 'test-key', model: 'text-embedding-004', baseUrl, dimensions: 8, ...extra });

test('batchEmbedContents over the wire: one normalised vector per text, in order, batched', async () => {
  mode = 'ok';
  seen.length = 0;
  const e = embedder({ batchSize: 2 });
  assert.equal(e.id, 'gemini:text-embedding-004@8');
  assert.equal(e.dimensions, 8);
  const texts = ['phishing', 'ransomware', 'lateral movement', 'exfiltration', 'beaconing'];
  const vectors = await e.embed(texts);
  assert.equal(vectors.length, 5);
  vectors.forEach((v, i) => {
    assert.ok(Math.abs(dot(v, v) - 1) < 1e-5);
    const expected = fakeVector(texts[i]!, 8);
    const norm = Math.hypot(...expected);
    expected.forEach((x, j) => assert.ok(Math.abs(v[j]! - x / norm) < 1e-6));
  });
  assert.equal(seen.length, 3, 'five texts in batches of two is three requests');
  assert.equal(seen[0]!.path, '/v1beta/models/text-embedding-004:batchEmbedContents');
  assert.equal(seen[0]!.apiKey, 'test-key');
  assert.equal(seen[0]!.body.requests[0]!.model, 'models/text-embedding-004');
  assert.equal(seen[0]!.body.requests[0]!.outputDimensionality, 8);
  assert.deepEqual(seen.flatMap((s) => s.body.requests.map((r) => r.content.parts[0]!.text)), texts);
});

test('429 and 500 are UNAVAILABLE errors that say what happened and never show the key', async () => {
  for (const [status, hint] of [[429, /HTTP 429.*rate limited/], [500, /HTTP 500.*retry later/]] as const) {
    mode = status;
    await assert.rejects(embedder().embed(['x']), (e: unknown) => {
      assert.ok(isVigilError(e), String(e));
      assert.equal(e.code, 'UNAVAILABLE');
      assert.match(e.message, hint);
      assert.doesNotMatch(e.message, /test-key/);
      assert.equal(e.details.status, status);
      return true;
    });
  }
});

test('a timeout, a refused connection and a wrong-sized vector are UNAVAILABLE too', async () => {
  mode = 'slow';
  await assert.rejects(embedder({ timeoutMs: 200 }).embed(['x']), (e: unknown) => isVigilError(e) && e.code === 'UNAVAILABLE' && /timed out/.test(e.message));
  mode = 'short';
  await assert.rejects(embedder().embed(['x']), (e: unknown) => isVigilError(e) && e.code === 'UNAVAILABLE' && /returned a 7-d vector; this embedder is configured for 8/.test(e.message));
  const closed = createGeminiEmbedder({ apiKey: 'k', baseUrl: 'http://127.0.0.1:9', dimensions: 8 });
  await assert.rejects(closed.embed(['x']), (e: unknown) => isVigilError(e) && e.code === 'UNAVAILABLE' && /unreachable/.test(e.message));
});

test('loadEmbedder picks Gemini when configured', async () => {
  mode = 'ok';
  const { embedder: e } = await loadEmbedder({ kind: 'gemini', apiKey: 'test-key', model: 'gemini-embedding-001', baseUrl, dimensions: 8 });
  assert.equal(e?.id, 'gemini:gemini-embedding-001@8');
  assert.equal((await e!.embed(['a']))[0]!.length, 8);
});
