import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fuseHybrid } from '../../../src/rag/retrieval/fuse.js';
import { maximalMarginalRelevance } from '../../../src/rag/retrieval/mmr.js';
import type { ChunkRecord } from '../../../src/rag/retrieval/types.js';

const chunk = (chunkId: string, text: string, vector?: number[]): ChunkRecord => ({
  chunkId,
  documentId: `doc-${chunkId}`,
  title: `Title ${chunkId}`,
  page: 3,
  text,
  ...(vector ? { vector } : {}),
});

test('MMR with lambda 1 keeps relevance order; lower lambda skips near-duplicates', () => {
  const items = ['a', 'a2', 'b'];
  const rel = { a: 1, a2: 0.95, b: 0.8 } as Record<string, number>;
  const sim = (x: string, y: string) => (x[0] === y[0] ? 1 : 0);
  assert.deepEqual(maximalMarginalRelevance(items, (i) => rel[i]!, sim, 1, 3), ['a', 'a2', 'b']);
  assert.deepEqual(maximalMarginalRelevance(items, (i) => rel[i]!, sim, 0.5, 3), ['a', 'b', 'a2']);
  assert.throws(() => maximalMarginalRelevance(items, () => 1, sim, 1.5, 1), RangeError);
});

test('fuseHybrid keeps every score and rank and the chunk metadata', () => {
  const records = new Map([
    ['x', { ...chunk('x', 'incident response phases preparation detection'), attackId: 'T1059', section: '3.1' }],
    ['y', chunk('y', 'log management retention rotation')],
  ]);
  const out = fuseHybrid(
    { lexical: [{ chunkId: 'x', score: 12.5 }, { chunkId: 'y', score: 3 }], vector: [{ chunkId: 'y', score: 0.8 }] },
    (id) => records.get(id),
    { lambda: 1 },
  );
  assert.equal(out.length, 2);
  const y = out.find((c) => c.chunkId === 'y')!;
  assert.equal(y.lexicalRank, 2);
  assert.equal(y.vectorRank, 1);
  assert.equal(y.lexicalScore, 3);
  assert.equal(y.vectorScore, 0.8);
  assert.equal(y.score, 1 / 62 + 1 / 61);
  assert.equal(out[0]!.chunkId, 'y');
  const x = out.find((c) => c.chunkId === 'x')!;
  assert.equal(x.vectorRank, undefined);
  assert.equal(x.attackId, 'T1059');
  assert.equal(x.section, '3.1');
  assert.equal(x.page, 3);
});

test('fuseHybrid diversifies with cosine when chunks have vectors', () => {
  const records = new Map([
    ['a', chunk('a', 'one', [1, 0])],
    ['a-dup', chunk('a-dup', 'two', [0.99, 0.01])],
    ['b', chunk('b', 'three', [0, 1])],
  ]);
  const hits = { lexical: [{ chunkId: 'a', score: 3 }, { chunkId: 'a-dup', score: 2 }, { chunkId: 'b', score: 1 }], vector: [] };
  const diverse = fuseHybrid(hits, (id) => records.get(id), { lambda: 0.5, limit: 2 });
  assert.deepEqual(diverse.map((c) => c.chunkId), ['a', 'b']);
  const relevant = fuseHybrid(hits, (id) => records.get(id), { lambda: 1, limit: 2 });
  assert.deepEqual(relevant.map((c) => c.chunkId), ['a', 'a-dup']);
});

test('fuseHybrid falls back to token Jaccard without vectors and skips unknown chunks', () => {
  const records = new Map([
    ['a', chunk('a', 'malware incident containment eradication recovery')],
    ['a-dup', chunk('a-dup', 'malware incident containment eradication recovery steps')],
    ['b', chunk('b', 'threat information sharing communities')],
  ]);
  const out = fuseHybrid(
    { lexical: [{ chunkId: 'a', score: 3 }, { chunkId: 'gone', score: 2.5 }, { chunkId: 'a-dup', score: 2 }, { chunkId: 'b', score: 1 }], vector: [] },
    (id) => records.get(id),
    { lambda: 0.5, limit: 2 },
  );
  assert.deepEqual(out.map((c) => c.chunkId), ['a', 'b']);
});
