/**
 * Turns texts into vectors. Every adapter returns unit-length vectors of `dimensions` floats, one per text, in
 * order. `id` names the model and its dimensions (e.g. `minilm-l6-v2@384`): an index records it and refuses
 * vectors from another embedder.
 */
export interface Embedder {
  readonly id: string;
  readonly dimensions: number;
  embed(texts: string[]): Promise<Float32Array[]>;
}

/** Scales a vector to unit length in place (a zero vector stays zero). */
export function normalize(vector: Float32Array): Float32Array {
  let sum = 0;
  for (const x of vector) sum += x * x;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let i = 0; i < vector.length; i++) vector[i]! /= norm;
  return vector;
}

/** Dot product; the cosine similarity of two unit vectors. */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/** Runs `embed` over batches of at most `size` texts, in order. */
export async function inBatches(texts: readonly string[], size: number, embed: (batch: string[]) => Promise<Float32Array[]>): Promise<Float32Array[]> {
  const out: Float32Array[] = [];
  for (let i = 0; i < texts.length; i += size) out.push(...(await embed(texts.slice(i, i + size))));
  return out;
}

/**
 * Like {@link inBatches}, but batches texts of similar length together (a batch is padded to its longest text),
 * and returns the vectors in the callers' order.
 */
export async function inLengthSortedBatches(texts: readonly string[], size: number, embed: (batch: string[]) => Promise<Float32Array[]>): Promise<Float32Array[]> {
  const order = texts.map((_, i) => i).sort((a, b) => texts[a]!.length - texts[b]!.length);
  const sorted = await inBatches(order.map((i) => texts[i]!), size, embed);
  const out = new Array<Float32Array>(texts.length);
  order.forEach((original, position) => (out[original] = sorted[position]!));
  return out;
}
