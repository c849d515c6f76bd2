import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  contingencySimilarity,
  contingencySimilarityCodes,
  correlationSimilarity,
  cramersV,
  digitize,
  histogramBinEdges,
  ksComplement,
  ksStatistic,
  roundTo14Decimals,
  tvComplement,
} from '../../src/quality/index.js';

const N = Number.NaN;
const close = (actual: number, expected: number, tolerance = 1e-12) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} is not within ${tolerance} of ${expected}`);

describe('KSComplement', () => {
  it('is 1 − D for small arrays with known D', () => {
    // F_real − F_syn peaks at x = 5: 5/5 − 3/6 = 0.5.
    assert.equal(ksStatistic([1, 2, 3, 4, 5], [3, 4, 5, 6, 7, 8]), 0.5);
    assert.equal(ksComplement([1, 2, 3, 4, 5], [3, 4, 5, 6, 7, 8]), 0.5);
    assert.equal(ksStatistic([1, 2, 3], [1, 2, 3]), 0);
    assert.equal(ksStatistic([1, 2], [3, 4]), 1);
    // Ties across both samples: at x = 2, 3/4 vs 2/2 → D = 0.25 at x = 1 and x = 2.
    assert.equal(ksStatistic([1, 2, 2, 3], [2, 2]), 0.25);
  });

  it('drops NaN on each side, and is NaN when a side is empty', () => {
    // real [0.1, 0.2, 0.2, 0.9] vs syn [0.2, 0.2, 0.3]: |0.25 − 0| at 0.1, |0.75 − 1| at 0.3.
    assert.equal(ksComplement([0.1, 0.2, N, 0.2, 0.9], [0.2, 0.2, 0.3, N]), 0.75);
    assert.ok(Number.isNaN(ksComplement([N, N], [1, 2])));
  });

  it('rounds to 14 decimals first, like SDMetrics, so near-equal values tie', () => {
    assert.equal(roundTo14Decimals(0.1 + 0.2), 0.3);
    assert.equal(ksStatistic([0.1 + 0.2], [0.3]), 0);
    assert.equal(roundTo14Decimals(2.5e-14), 2e-14, 'ties round to even, as numpy.rint');
  });
});

describe('TVComplement', () => {
  it('is 1 − ½Σ|p_real − p_syn| (with SDMetrics’ 1e-6 for categories only the synthetic data has)', () => {
    // p_real a .25 b .5 c .25, p_syn a .5 b .25 d .25: Σ|Δ| = 1.
    close(tvComplement(['a', 'b', 'b', 'c'], ['a', 'a', 'b', 'd']), 0.5, 1e-6);
    assert.equal(tvComplement(['a', 'b'], ['b', 'a']), 1);
    assert.equal(tvComplement(['a', 'a'], ['b', 'b']) < 1e-5, true);
  });

  it('ignores missing values', () => {
    // real x 1/4 y 3/4, syn y 1/3 x 2/3: Σ|Δ| = 2·(5/12).
    close(tvComplement(['x', 'y', null, 'y', 'y'], ['y', 'x', 'x', null]), 1 - 5 / 12);
  });
});

describe('ContingencySimilarity', () => {
  it('is 1 − ½Σ|P_real − P_syn| over the joint table', () => {
    // real: xp .2, xq .2, yp .4, zq .2; syn: xp, yp, yq, zp 1/6 each, zq 2/6. Σ|Δ| = 14/15.
    const score = contingencySimilarity(
      [['x', 'x', 'y', 'y', 'z'], ['p', 'q', 'p', 'p', 'q']],
      [['x', 'y', 'y', 'z', 'z', 'z'], ['p', 'p', 'q', 'q', 'q', 'p']],
    );
    close(score, 1 - 7 / 15);
  });

  it('keeps missing values as their own group', () => {
    assert.equal(contingencySimilarity([['a', null], ['p', 'p']], [['a', null], ['p', 'p']]), 1);
    assert.equal(contingencySimilarity([['a', null], ['p', 'p']], [['a', 'a'], ['p', 'p']]), 0.5);
  });

  it("computes Cramér's V as scipy's association(method='cramer')", () => {
    const table = [[100, 150], [203, 322], [420, 700], [320, 210]];
    const a: number[] = [];
    const b: number[] = [];
    table.forEach((row, i) => row.forEach((count, j) => {
      for (let k = 0; k < count; k++) (a.push(i), b.push(j));
    }));
    close(cramersV({ a: Int32Array.from(a), b: Int32Array.from(b) }, 4, 2), 0.18617813077483678); // scipy docs
    close(cramersV({ a: Int32Array.of(0, 0, 1, 1), b: Int32Array.of(0, 0, 1, 1) }, 2, 2), 1);
    assert.ok(Number.isNaN(cramersV({ a: Int32Array.of(0, 0), b: Int32Array.of(0, 1) }, 1, 2)), 'one observed row: undefined');
    assert.equal(contingencySimilarityCodes({ a: Int32Array.of(0), b: Int32Array.of(1) }, { a: Int32Array.of(0), b: Int32Array.of(1) }, 1, 2), 1);
  });
});

describe('CorrelationSimilarity', () => {
  it('is 1 − |r_real − r_syn| / 2 with NaN rows dropped', () => {
    // r_real = 14.5 / 17.5 = 29/35; synthetic without its NaN row: r = −8/10.
    const result = correlationSimilarity([[1, 2, 3, 4, 5, 6], [2, 1, 4, 3, 6, 5]], [[1, 2, 3, 4, 5, N], [5, 3, 4, 1, 2, 0]]);
    close(result.real, 29 / 35);
    close(result.synthetic, -0.8);
    close(result.score, 13 / 70);
  });

  it('is NaN when a column is constant on either side', () => {
    assert.ok(Number.isNaN(correlationSimilarity([[1, 2, 3], [4, 4, 4]], [[1, 2, 3], [1, 2, 3]]).score));
    assert.ok(Number.isNaN(correlationSimilarity([[1, 2, 3], [1, 2, 3]], [[5, 5, N], [1, 2, 3]]).score));
  });
});

describe('binning for mixed pairs (numpy.histogram_bin_edges + numpy.digitize)', () => {
  it('makes 10 equal-width bins, the maximum and NaN in bin 11', () => {
    assert.deepEqual([...histogramBinEdges([0, 10, N])], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.deepEqual([...digitize([N, 0, 10, 5, 9.99], histogramBinEdges([0, 10]))], [11, 1, 11, 6, 10]);
  });

  it('widens a constant column by ±0.5 and reproduces numpy.linspace’s edges', () => {
    // numpy: histogram_bin_edges([7, 7]) = [6.5, 6.6, ..., 7.5]; digitize([7]) = [6].
    assert.deepEqual([...digitize([7], histogramBinEdges([7, 7]))], [6]);
    // numpy gives -0.10000000000000009 and 0.19999999999999996 for [-1, 2]; digitize(-1, 0.3, 2) = 1, 5, 11.
    const edges = histogramBinEdges([-1, 2]);
    assert.equal(edges[3], -0.10000000000000009);
    assert.equal(edges[4], 0.19999999999999996);
    assert.deepEqual([...digitize([-1, 0.3, 2], edges)], [1, 5, 11]);
  });
});
