import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dot, inBatches, inLengthSortedBatches, normalize } from '../../../src/rag/embedding/embedder.js';

test('normalize scales to unit length and leaves a zero vector alone; dot is the cosine of unit vectors', () => {
  const v = normalize(Float32Array.of(3, 4));
  assert.deepEqual([...v], [0.6000000238418579, 0.800000011920929]);
  assert.ok(Math.abs(dot(v, v) - 1) < 1e-6);
  assert.deepEqual([...normalize(Float32Array.of(0, 0))], [0, 0]);
});

test('inBatches keeps order and never exceeds the batch size', async () => {
  const sizes: number[] = [];
  const out = await inBatches(['a', 'b', 'c', 'd', 'e'], 2, async (batch) => {
    sizes.push(batch.length);
    return batch.map((t) => Float32Array.of(t.charCodeAt(0)));
  });
  assert.deepEqual(sizes, [2, 2, 1]);
  assert.deepEqual(out.map((v) => String.fromCharCode(v[0]!)), ['a', 'b', 'c', 'd', 'e']);
});

test("length-sorted batching returns vectors in the callers' order and batches similar lengths together", async () => {
  const texts = ['ccc', 'a', 'bbbbbb', 'dd', 'eeeee'];
  const batches: string[][] = [];
  const vectors = await inLengthSortedBatches(texts, 2, async (batch) => {
    batches.push(batch);
    return batch.map((t) => Float32Array.of(t.length));
  });
  assert.deepEqual(vectors.map((v) => v[0]), [3, 1, 6, 2, 5]);
  assert.deepEqual(batches, [['a', 'dd'], ['ccc', 'eeeee'], ['bbbbbb']]);
});
