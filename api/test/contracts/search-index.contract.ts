import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ChunkRecord, SearchIndex } from '../../src/ports/search-index.js';

const EMBEDDER = { id: 'test-embedder@4', dimensions: 4 };

function unit(values: number[]): Float32Array {
  const norm = Math.hypot(...values);
  return Float32Array.from(values, (v) => v / norm);
}

function chunk(id: string, documentId: string, text: string, vector: number[] | null, extra: Partial<ChunkRecord> = {}): ChunkRecord {
  return { id, documentId, title: `doc ${documentId}`, text, ordinal: 0, page: null, section: null, attackId: null, vector: vector ? unit(vector) : null, ...extra };
}

const corpus = [
  chunk('c1', 'd1', 'Incident handling has four phases: preparation, detection and analysis, containment, recovery.', [1, 0, 0, 0], { page: 21 }),
  chunk('c2', 'd1', 'Containment strategies vary with the type of incident.', [0.8, 0.2, 0, 0], { page: 35 }),
  chunk('c3', 'd2', 'Phishing delivers malicious links by email to harvest credentials.', [0, 1, 0, 0], { attackId: 'T1566' }),
  chunk('c4', 'd3', 'Network intrusion detection systems inspect packets for signatures.', [0, 0, 1, 0], { section: 'IDPS' }),
];

export function searchIndexContract(adapter: string, create: () => Promise<{ index: SearchIndex; dispose(): Promise<void> }>) {
  const withIndex = (fn: (index: SearchIndex) => Promise<void>) => async () => {
    const { index, dispose } = await create();
    try {
      await fn(index);
    } finally {
      await dispose();
    }
  };

  describe(`SearchIndex contract: ${adapter}`, () => {
    it('BM25 ranks the chunk that matches the query terms first', withIndex(async (index) => {
      await index.upsertChunks(corpus, EMBEDDER);
      const hits = await index.lexical('phishing email credentials', 3);
      assert.equal(hits[0]?.chunkId, 'c3');
      assert.ok(hits[0]!.score > 0);
      assert.deepEqual(await index.lexical('   ', 3), []);
      assert.deepEqual(await index.lexical('"); DROP TABLE chunks; --', 3), []);
    }));

    it('stems query terms (contain matches containment)', withIndex(async (index) => {
      await index.upsertChunks(corpus, EMBEDDER);
      const hits = await index.lexical('contained', 4);
      assert.ok(hits.some((h) => h.chunkId === 'c2'));
    }));

    it('kNN returns nearest vectors by cosine, best first', withIndex(async (index) => {
      await index.upsertChunks(corpus, EMBEDDER);
      const hits = await index.vector(unit([0.9, 0.1, 0, 0]), 2);
      assert.deepEqual(hits.map((h) => h.chunkId), ['c1', 'c2']);
      assert.ok(hits[0]!.score <= 1.0001 && hits[0]!.score > hits[1]!.score);
      await assert.rejects(index.vector(unit([1, 0, 0]), 2), { code: 'BAD_USER_INPUT' });
    }));

    it('getChunks returns text, metadata and vectors in the order asked', withIndex(async (index) => {
      await index.upsertChunks(corpus, EMBEDDER);
      const [c3, c1] = await index.getChunks(['c3', 'c1', 'missing']);
      assert.equal(c3?.attackId, 'T1566');
      assert.equal(c1?.page, 21);
      assert.equal(c1?.vector?.length, 4);
      assert.ok(Math.abs(c1!.vector![0]! - 1) < 1e-6);
    }));

    it('upsert replaces a chunk in both indexes', withIndex(async (index) => {
      await index.upsertChunks(corpus, EMBEDDER);
      await index.upsertChunks([chunk('c3', 'd2', 'Ransomware encrypts files for extortion.', [0, 0, 0, 1])], EMBEDDER);
      assert.deepEqual(await index.lexical('phishing', 3), []);
      assert.equal((await index.lexical('ransomware', 3))[0]?.chunkId, 'c3');
      assert.equal((await index.vector(unit([0, 0, 0, 1]), 1))[0]?.chunkId, 'c3');
      assert.equal((await index.stats()).chunks, 4);
    }));

    it('deleting a document removes its chunks from both indexes', withIndex(async (index) => {
      await index.upsertChunks(corpus, EMBEDDER);
      assert.equal(await index.deleteDocument('d1'), 2);
      assert.deepEqual(await index.lexical('incident containment', 5), []);
      const near = await index.vector(unit([1, 0, 0, 0]), 4);
      assert.ok(near.every((h) => h.chunkId !== 'c1' && h.chunkId !== 'c2'));
      const stats = await index.stats();
      assert.deepEqual([stats.chunks, stats.documents, stats.vectors], [2, 2, 2]);
    }));

    it('records its embedder and refuses another one with CONFLICT', withIndex(async (index) => {
      await index.upsertChunks(corpus.slice(0, 1), EMBEDDER);
      assert.equal((await index.stats()).embedder, EMBEDDER.id);
      await assert.rejects(index.upsertChunks([chunk('z', 'd9', 'x', [1, 0, 0, 0])], { id: 'other@4', dimensions: 4 }), { code: 'CONFLICT' });
      await index.clear();
      await index.upsertChunks([chunk('z', 'd9', 'x', [1, 0, 0, 0])], { id: 'other@4', dimensions: 4 });
      assert.equal((await index.stats()).embedder, 'other@4');
    }));

    it('holds lexical-only chunks when no embedder is given', withIndex(async (index) => {
      await index.upsertChunks(corpus.map((c) => ({ ...c, vector: null })), null);
      assert.equal((await index.lexical('intrusion detection', 1))[0]?.chunkId, 'c4');
      assert.deepEqual(await index.vector(unit([1, 0, 0, 0]), 3), []);
      assert.equal((await index.stats()).embedder, null);
    }));
  });
}
