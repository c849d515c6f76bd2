/**
 * Ascending sort of a Float64Array without NaN: an LSD radix sort over the IEEE-754 bits (16-bit digits, passes
 * where every key shares the digit skipped). Several times faster than the built-in sort on 10⁵-row columns,
 * which is most of KSComplement's cost.
 */
export function sortFloat64(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < 256) return values.slice().sort();
  // Map each double to an unsigned key that orders like the number: flip all bits of negatives, the sign of the rest.
  let keys = new Uint32Array(Float64Array.from(values).buffer); // [lo0, hi0, lo1, hi1, ...] on little-endian
  for (let i = 0; i < n; i++) {
    const hi = keys[2 * i + 1]!;
    if (hi & 0x80000000) {
      keys[2 * i] = ~keys[2 * i]!;
      keys[2 * i + 1] = ~hi;
    } else {
      keys[2 * i + 1] = hi | 0x80000000;
    }
  }
  let other = new Uint32Array(2 * n);
  const counts = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass >> 1; // 0: low word, 1: high word
    const shift = (pass & 1) * 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(keys[2 * i + word]! >>> shift) & 0xffff]!++;
    if (counts[(keys[word]! >>> shift) & 0xffff] === n) continue;
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const d = (keys[2 * i + word]! >>> shift) & 0xffff;
      const to = counts[d]!++;
      other[2 * to] = keys[2 * i]!;
      other[2 * to + 1] = keys[2 * i + 1]!;
    }
    [keys, other] = [other, keys];
  }
  for (let i = 0; i < n; i++) {
    const hi = keys[2 * i + 1]!;
    if (hi & 0x80000000) {
      keys[2 * i + 1] = hi & 0x7fffffff;
    } else {
      keys[2 * i] = ~keys[2 * i]!;
      keys[2 * i + 1] = ~hi;
    }
  }
  return new Float64Array(keys.buffer);
}
