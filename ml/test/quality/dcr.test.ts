import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  dcrBaselineProtection,
  dcrDistances,
  dcrOverfittingProtection,
  evaluateSynthetic,
  type Metadata,
  metadataOf,
  randomBaselineTable,
  seededRandom,
} from '../../src/quality/index.js';
import { Table } from '../../src/tables/index.js';

const N = Number.NaN;

describe('dcrDistances', () => {
  it('matches a 3-row example worked by hand', () => {
    // Reference x = 0, 5, 10 (range 10), c = a, b, a.
    const reference = Table.fromArrays([
      { name: 'x', kind: 'numeric', values: [0, 5, 10] },
      { name: 'c', kind: 'categorical', values: ['a', 'b', 'a'] },
    ]);
    const data = Table.fromArrays([
      { name: 'x', kind: 'numeric', values: [1, 5, N] },
      { name: 'c', kind: 'categorical', values: ['b', 'b', 'a'] },
    ]);
    // (1, b): to (0, a) (0.1 + 1)/2, to (5, b) (0.4 + 0)/2 = 0.2, to (10, a) (0.9 + 1)/2 → 0.2.
    // (5, b): equal to the second row → 0. (NaN, a): missing vs present counts 1 → (1 + 0)/2 = 0.5.
    assert.deepEqual([...dcrDistances(data, reference, metadataOf(reference))], [0.2, 0, 0.5]);
  });

  it('caps a numeric term at 1, handles a zero range, and treats missing = missing as equal', () => {
    const reference = Table.fromArrays([
      { name: 'x', kind: 'numeric', values: [0, 1] },
      { name: 'k', kind: 'numeric', values: [3, 3] },
      { name: 'c', kind: 'categorical', values: [null, 'a'] },
    ]);
    const data = Table.fromArrays([
      { name: 'x', kind: 'numeric', values: [5, 0] },
      { name: 'k', kind: 'numeric', values: [3, 4] },
      { name: 'c', kind: 'categorical', values: ['z', null] },
    ]);
    // Row 0: x capped at 1 against both; k equal (0); c differs from both → min (1 + 0 + 1)/3.
    // Row 1: vs row 0: x 0, k 1 (zero range, different), c missing = missing 0 → 1/3.
    const d = dcrDistances(data, reference, metadataOf(reference));
    assert.deepEqual([...d], [2 / 3, 1 / 3]);
  });

  it('scans every row: the pruned search equals a brute-force minimum', () => {
    const random = seededRandom(3);
    const make = (n: number) =>
      Table.fromArrays([
        { name: 'a', kind: 'numeric', values: Array.from({ length: n }, () => Math.round(random() * 20)) },
        { name: 'b', kind: 'numeric', values: Array.from({ length: n }, () => (random() < 0.1 ? N : random())) },
        { name: 'c', kind: 'categorical', values: Array.from({ length: n }, () => 'pqr'[Math.floor(random() * 3)]!) },
      ]);
    const reference = make(200);
    const data = make(50);
    const ra = reference.numeric('a');
    const rb = reference.numeric('b');
    const rangeA = Math.max(...ra) - Math.min(...ra);
    const finiteB = [...rb].filter((v) => !Number.isNaN(v));
    const rangeB = Math.max(...finiteB) - Math.min(...finiteB);
    const term = (x: number, y: number, range: number) =>
      Number.isNaN(x) && Number.isNaN(y) ? 0 : Number.isNaN(x) || Number.isNaN(y) ? 1 : Math.min(Math.abs(x - y) / range, 1);
    const got = dcrDistances(data, reference, metadataOf(reference));
    for (let i = 0; i < data.rowCount; i++) {
      let best = Infinity;
      for (let j = 0; j < reference.rowCount; j++) {
        const s =
          term(data.numeric('a')[i]!, ra[j]!, rangeA) +
          term(data.numeric('b')[i]!, rb[j]!, rangeB) +
          (data.value(i, 'c') === reference.value(j, 'c') ? 0 : 1);
        best = Math.min(best, s / 3);
      }
      assert.ok(Math.abs(got[i]! - best) < 1e-15, `row ${i}: ${got[i]} vs ${best}`);
    }
  });
});

describe('randomBaselineTable', () => {
  it('draws integers, floats and categories over the real domain, with missing values at the real rate', () => {
    const n = 2000;
    const real = Table.fromArrays([
      { name: 'i', kind: 'numeric', values: Array.from({ length: n }, (_, k) => 10 + (k % 5)) },
      { name: 'f', kind: 'numeric', values: Array.from({ length: n }, (_, k) => (k % 4 === 0 ? N : k / n)) },
      { name: 'c', kind: 'categorical', values: Array.from({ length: n }, (_, k) => (k % 2 ? 'x' : 'y')) },
    ]);
    const metadata: Metadata = metadataOf(real);
    const random = randomBaselineTable(real, 4000, metadata, seededRandom(1));
    const ints = random.numeric('i');
    assert.ok(ints.every((v) => Number.isInteger(v) && v >= 10 && v <= 14));
    assert.ok(ints.includes(14), 'the integer maximum is reachable');
    const floats = random.numeric('f').filter((v) => !Number.isNaN(v));
    assert.ok(floats.every((v) => v >= 1 / n && v < (n - 1) / n));
    assert.ok(floats.some((v) => !Number.isInteger(v)));
    const missingShare = 1 - floats.length / 4000;
    assert.ok(Math.abs(missingShare - 0.25) < 0.03, `missing share ${missingShare}`);
    assert.deepEqual(new Set(random.categorical('c').codes.map((c) => c)), new Set([0, 1]));
  });
});

describe('DCR protection scores', () => {
  // Skewed columns, so that the uniform random baseline lies farther from the real rows than fresh real-like rows.
  const random = seededRandom(11);
  const make = (n: number) =>
    Table.fromArrays([
      { name: 'a', kind: 'numeric', values: Array.from({ length: n }, () => random() ** 4) },
      { name: 'b', kind: 'numeric', values: Array.from({ length: n }, () => Math.floor(random() ** 3 * 50)) },
      { name: 'c', kind: 'categorical', values: Array.from({ length: n }, () => (random() < 0.9 ? 'u' : 'vw'[Math.floor(random() * 2)]!)) },
    ]);
  const real = make(400);
  const holdout = make(400);

  it('baseline protection is 0 for a copy of the real data and high for fresh data from the same distribution', () => {
    const copy = dcrBaselineProtection(real, real);
    assert.equal(copy.medianDcrToReal.syntheticData, 0);
    assert.equal(copy.score, 0);
    const fresh = dcrBaselineProtection(real, make(400));
    assert.ok(fresh.score > 0 && fresh.score < 1, `score ${fresh.score}`);
    assert.ok(fresh.medianDcrToReal.randomDataBaseline > fresh.medianDcrToReal.syntheticData);
  });

  it('overfitting protection is 0 for a copy of the training data and 1 for data as close to the holdout', () => {
    const copy = dcrOverfittingProtection(real, real, holdout);
    assert.equal(copy.syntheticDataPercentages.closerToTraining, 1);
    assert.equal(copy.score, 0);
    const sameReference = dcrOverfittingProtection(real, holdout, real);
    assert.equal(sameReference.syntheticDataPercentages.closerToTraining, 0, 'ties are not closer');
    assert.equal(sameReference.score, 1);
    assert.equal(dcrOverfittingProtection(real, make(400), holdout).score > 0.8, true);
  });

  it('subsamples as SDMetrics does, reproducibly for a seed', () => {
    const synthetic = make(400);
    const a = dcrBaselineProtection(real, synthetic, { numRowsSubsample: 100, numIterations: 3, seed: 5 });
    const b = dcrBaselineProtection(real, synthetic, { numRowsSubsample: 100, numIterations: 3, seed: 5 });
    assert.deepEqual(a, b);
    assert.equal(a.rowsCompared, 100);
    assert.equal(a.iterations, 3);
    const tooMany = dcrOverfittingProtection(real, synthetic, holdout, { numRowsSubsample: 1000, numIterations: 4 });
    assert.equal(tooMany.rowsCompared, 400);
    assert.equal(tooMany.iterations, 1, 'a subsample larger than the synthetic table is ignored');
  });

  it('evaluateSynthetic bundles the quality report with both DCR metrics', () => {
    const result = evaluateSynthetic({ real, synthetic: make(300), holdout, privacy: { numRowsSubsample: 200 } });
    assert.ok(result.quality.overall > 0.8);
    assert.equal(result.privacy.numRowsSubsample, 200);
    assert.equal(result.privacy.dcrBaselineProtection.rowsCompared, 200);
    assert.ok(result.privacy.dcrOverfittingProtection && result.privacy.dcrOverfittingProtection.score > 0.5);
  });
});
