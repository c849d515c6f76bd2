import type { ScoredChunk } from '../../ports/search-index.js';
import { createSimdDot, type SimdDot } from './simd-dot.js';

/**
 * Unit vectors held contiguously in memory for exact top-k by inner product (= cosine for unit vectors).
 * Rows are appended; a removal swaps the last row into the hole so the matrix stays dense.
 *
 * When the dimensions are a multiple of 16 and WebAssembly SIMD is available, the rows live in a WebAssembly
 * memory (matrix at offset 0, then the query, then one score per row) and a SIMD kernel scores them all; the
 * top k are then picked in JavaScript. Otherwise a plain loop scores them. Both are exact.
 */
export class VectorMatrix {
  private data: Float32Array;
  private ids: string[] = [];
  private readonly rowOf = new Map<string, number>();
  private readonly simd: SimdDot | null;
  private capacity: number;

  constructor(readonly dimensions: number, initialCapacity = 1024) {
    this.capacity = Math.max(1, initialCapacity);
    this.simd = dimensions % 16 === 0 && process.env.VIGIL_KNN_SIMD !== 'off' ? createSimdDot(this.bytesFor(this.capacity)) : null;
    this.data = this.simd ? new Float32Array(this.simd.memory.buffer, 0, dimensions * this.capacity) : new Float32Array(dimensions * this.capacity);
  }

  /** Whether the SIMD kernel scores the rows. */
  get accelerated(): boolean {
    return this.simd !== null;
  }

  private bytesFor(capacity: number): number {
    return (capacity * this.dimensions + this.dimensions + capacity) * 4;
  }

  get size(): number {
    return this.ids.length;
  }

  set(id: string, vector: Float32Array): void {
    if (vector.length !== this.dimensions) {
      throw new Error(`vector of ${vector.length} dimensions given to a ${this.dimensions}-dimension index`);
    }
    let row = this.rowOf.get(id);
    if (row === undefined) {
      row = this.ids.length;
      this.grow(row + 1);
      this.ids.push(id);
      this.rowOf.set(id, row);
    }
    this.data.set(vector, row * this.dimensions);
  }

  remove(id: string): void {
    const row = this.rowOf.get(id);
    if (row === undefined) return;
    const last = this.ids.length - 1;
    if (row !== last) {
      const movedId = this.ids[last]!;
      this.data.copyWithin(row * this.dimensions, last * this.dimensions, (last + 1) * this.dimensions);
      this.ids[row] = movedId;
      this.rowOf.set(movedId, row);
    }
    this.ids.pop();
    this.rowOf.delete(id);
  }

  clear(): void {
    this.ids = [];
    this.rowOf.clear();
  }

  topK(query: Float32Array, k: number): ScoredChunk[] {
    const d = this.dimensions;
    const n = this.ids.length;
    if (k <= 0 || n === 0) return [];
    if (this.simd) return this.topKSimd(this.simd, query, k);
    const heapScores = new Float32Array(Math.min(k, n)).fill(-Infinity);
    const heapRows = new Int32Array(heapScores.length).fill(-1);
    let minAt = 0;
    const data = this.data;
    for (let row = 0; row < n; row++) {
      const base = row * d;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      let j = 0;
      for (; j + 3 < d; j += 4) {
        s0 += data[base + j]! * query[j]!;
        s1 += data[base + j + 1]! * query[j + 1]!;
        s2 += data[base + j + 2]! * query[j + 2]!;
        s3 += data[base + j + 3]! * query[j + 3]!;
      }
      for (; j < d; j++) s0 += data[base + j]! * query[j]!;
      const score = s0 + s1 + s2 + s3;
      if (score > heapScores[minAt]!) {
        heapScores[minAt] = score;
        heapRows[minAt] = row;
        minAt = 0;
        for (let h = 1; h < heapScores.length; h++) if (heapScores[h]! < heapScores[minAt]!) minAt = h;
      }
    }
    const out: ScoredChunk[] = [];
    for (let h = 0; h < heapScores.length; h++) {
      if (heapRows[h]! >= 0) out.push({ chunkId: this.ids[heapRows[h]!]!, score: heapScores[h]! });
    }
    return out.sort((a, b) => b.score - a.score || (a.chunkId < b.chunkId ? -1 : 1));
  }

  private topKSimd(simd: SimdDot, query: Float32Array, k: number): ScoredChunk[] {
    const d = this.dimensions;
    const n = this.ids.length;
    const queryAt = this.capacity * d * 4;
    const scoresAt = queryAt + d * 4;
    new Float32Array(simd.memory.buffer, queryAt, d).set(query);
    simd.scores(0, queryAt, n, d, scoresAt);
    const scores = new Float32Array(simd.memory.buffer, scoresAt, n);
    const size = Math.min(k, n);
    const heapScores = new Float32Array(size).fill(-Infinity);
    const heapRows = new Int32Array(size).fill(-1);
    let minAt = 0;
    let floor = -Infinity;
    for (let row = 0; row < n; row++) {
      const score = scores[row]!;
      if (score > floor) {
        heapScores[minAt] = score;
        heapRows[minAt] = row;
        minAt = 0;
        for (let h = 1; h < size; h++) if (heapScores[h]! < heapScores[minAt]!) minAt = h;
        floor = heapScores[minAt]!;
      }
    }
    const out: ScoredChunk[] = [];
    for (let h = 0; h < size; h++) if (heapRows[h]! >= 0) out.push({ chunkId: this.ids[heapRows[h]!]!, score: heapScores[h]! });
    return out.sort((a, b) => b.score - a.score || (a.chunkId < b.chunkId ? -1 : 1));
  }

  private grow(rows: number): void {
    if (rows <= this.capacity) return;
    const capacity = Math.max(rows, this.capacity * 2);
    if (this.simd) {
      // The matrix stays at offset 0 as the memory grows; the scratch space after it moves.
      const pages = Math.ceil(this.bytesFor(capacity) / 65536) - this.simd.memory.buffer.byteLength / 65536;
      if (pages > 0) this.simd.memory.grow(pages);
      this.data = new Float32Array(this.simd.memory.buffer, 0, capacity * this.dimensions);
    } else {
      const next = new Float32Array(capacity * this.dimensions);
      next.set(this.data);
      this.data = next;
    }
    this.capacity = capacity;
  }
}
