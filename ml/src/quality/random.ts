/** A small seeded generator (mulberry32): uniform floats in [0, 1), reproducible from a 32-bit seed. */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
export const randomInt = (random: Random, n: number): number => Math.floor(random() * n);

/** k distinct indices from [0, n) in random order (partial Fisher–Yates), like pandas' sample(n=k). */
export function sampleIndices(random: Random, n: number, k: number): Int32Array {
  const take = Math.min(k, n);
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  for (let i = 0; i < take; i++) {
    const j = i + randomInt(random, n - i);
    const t = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = t;
  }
  return pool.slice(0, take);
}
