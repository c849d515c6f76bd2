import assert from 'node:assert/strict';
import { it } from 'node:test';
import { seededRandom } from '../../src/quality/index.js';
import { sortFloat64 } from '../../src/quality/sort.js';

it('radix-sorts doubles exactly as the built-in sort does (negatives, zeros, extremes, ties)', () => {
  const random = seededRandom(7);
  const values = new Float64Array(5000);
  for (let i = 0; i < values.length; i++) {
    const r = random();
    values[i] = r < 0.3 ? 0 : r < 0.4 ? -Math.floor(random() * 100) : r < 0.5 ? (random() - 0.5) * 1e300 : random() * 1e-300 + random() * 1000;
  }
  values[1] = Number.MAX_VALUE;
  values[2] = -Number.MAX_VALUE;
  values[3] = Number.MIN_VALUE;
  const expected = Float64Array.from(values).sort();
  assert.deepEqual([...sortFloat64(values)], [...expected]);
  assert.deepEqual([...sortFloat64(Float64Array.of(3, -1, 2))], [-1, 2, 3]);
});
