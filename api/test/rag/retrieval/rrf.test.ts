import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reciprocalRankFusion } from '../../../src/rag/retrieval/rrf.js';

const list = (...ids: string[]) => ids.map((chunkId, i) => ({ chunkId, score: 10 - i }));

test('RRF sums 1/(k+rank) over the lists that hold a chunk', () => {
  const fused = reciprocalRankFusion([{ hits: list('a', 'b', 'c') }, { hits: list('c', 'a') }], 60);
  const byId = new Map(fused.map((f) => [f.chunkId, f]));
  assert.equal(byId.get('a')!.score, 1 / 61 + 1 / 62);
  assert.equal(byId.get('c')!.score, 1 / 63 + 1 / 61);
  assert.equal(byId.get('b')!.score, 1 / 62);
  assert.deepEqual(fused.map((f) => f.chunkId), ['a', 'c', 'b']);
  assert.deepEqual(byId.get('b')!.ranks, [2, undefined]);
  assert.deepEqual(byId.get('c')!.scores, [8, 10]);
});

test('RRF weights let one list dominate', () => {
  const fused = reciprocalRankFusion([{ hits: list('a', 'b'), weight: 0.1 }, { hits: list('b', 'a') }], 60);
  assert.equal(fused[0]!.chunkId, 'b');
  const unweighted = reciprocalRankFusion([{ hits: list('a', 'b'), weight: 3 }, { hits: list('b', 'a') }], 60);
  assert.equal(unweighted[0]!.chunkId, 'a');
});

test('RRF counts a chunk once per list and ranks past the duplicate', () => {
  const fused = reciprocalRankFusion([{ hits: list('a', 'a', 'b') }], 0);
  assert.deepEqual(fused.map((f) => [f.chunkId, f.score]), [['a', 1], ['b', 0.5]]);
});

test('RRF rejects a negative k and copes with empty lists', () => {
  assert.throws(() => reciprocalRankFusion([], -1), RangeError);
  assert.deepEqual(reciprocalRankFusion([{ hits: [] }, { hits: [] }]), []);
});
