import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VectorMatrix } from '../../src/adapters/sqlite/vector-matrix.js';

function unit(d: number, seed: { s: number }): Float32Array {
  const v = new Float32Array(d);
  let norm = 0;
  for (let i = 0; i < d; i++) {
    seed.s = (seed.s * 1664525 + 1013904223) >>> 0;
    v[i] = seed.s / 2 ** 32 - 0.5;
    norm += v[i]! * v[i]!;
  }
  for (let i = 0; i < d; i++) v[i]! /= Math.sqrt(norm);
  return v;
}

function plainMatrix(d: number): VectorMatrix {
  process.env.VIGIL_KNN_SIMD = 'off';
  try {
    return new VectorMatrix(d, 4);
  } finally {
    delete process.env.VIGIL_KNN_SIMD;
  }
}

test('the SIMD kernel finds exactly what the plain loop finds, through growth and removals', () => {
  const d = 384;
  const simd = new VectorMatrix(d, 4); // tiny capacity: the WebAssembly memory grows many times
  const plain = plainMatrix(d);
  assert.equal(simd.accelerated, true);
  assert.equal(plain.accelerated, false);
  const seed = { s: 7 };
  for (let i = 0; i < 3000; i++) {
    const v = unit(d, seed);
    simd.set(`c${i}`, v);
    plain.set(`c${i}`, v);
  }
  for (let i = 0; i < 3000; i += 7) {
    simd.remove(`c${i}`);
    plain.remove(`c${i}`);
  }
  assert.equal(simd.size, plain.size);
  for (let q = 0; q < 20; q++) {
    const query = unit(d, seed);
    const a = simd.topK(query, 10);
    const b = plain.topK(query, 10);
    assert.deepEqual(a.map((h) => h.chunkId), b.map((h) => h.chunkId));
    a.forEach((h, i) => assert.ok(Math.abs(h.score - b[i]!.score) < 1e-5));
  }
  assert.equal(simd.topK(unit(d, seed), 5000).length, simd.size);
});

test('dimensions that are not a multiple of 16 use the plain loop', () => {
  const m = new VectorMatrix(10);
  assert.equal(m.accelerated, false);
  m.set('a', new Float32Array([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
  assert.equal(m.topK(new Float32Array([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]), 1)[0]?.chunkId, 'a');
});
