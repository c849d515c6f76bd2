import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeTable, encodeTable, fitPreprocessor } from '../../src/diffusion/preprocess.js';
import { normCdf, normPpf } from '../../src/diffusion/normal-dist.js';
import { Rng } from '../../src/diffusion/prng.js';
import { fitQuantile, quantileForward, quantileInverse, tabddpmQuantileCount } from '../../src/diffusion/quantile-transform.js';
import { tinyTable } from './fixtures.js';

const close = (a: number, b: number, tol: number, what: string) => assert.ok(Math.abs(a - b) <= tol, `${what}: ${a} vs ${b}`);

// Reference values from scikit-learn 1.9.1: QuantileTransformer(output_distribution='normal', n_quantiles=10,
// subsample=1e9) fitted on X below.
const X = [0, 0, 0, 0, 0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 0, 0, 7, 7, 7, 1000, 2.5, 0.25];
const SK_QUANTILES = [0.0, 0.0, 0.0, 0.9999999999999987, 2.333333333333333, 5.666666666666668, 7.0, 18.333333333333314, 66.33333333333329, 1000.0];
const PROBE = [-1, 0, 0.1, 1, 2, 4, 7, 20, 100, 999.9, 1000, 2000];
const SK_FORWARD = [
  -5.199337582605575, -5.199337582605575, -0.7279132908816442, -0.4307272992954573, -0.2104283942479247, 0.0, 0.43072729929545744,
  0.7777296733384005, 1.2420741340102264, 4.225878651280727, 5.19933758270342, 5.19933758270342,
];
const Z = [-6, -5.2, -3, -1, -0.3, 0, 0.4, 1.3, 2.2, 5.19, 6];
const SK_INVERSE = [0.0, 0.0, 0.0, 0.0, 1.585062933732568, 4.0, 6.865060899323891, 186.58552802711694, 883.1693305440714, 999.9991164494203, 1000.0];

test('quantile transform matches scikit-learn (fit, forward with ties and bounds, inverse)', () => {
  const q = fitQuantile(X, 10);
  q.quantiles.forEach((v, i) => close(v, SK_QUANTILES[i]!, 1e-9, `quantile ${i}`));
  const forward = quantileForward(q, PROBE);
  forward.forEach((v, i) => close(v, SK_FORWARD[i]!, 1e-9, `forward(${PROBE[i]})`));
  const inverse = quantileInverse(q, Z);
  inverse.forEach((v, i) => close(v, SK_INVERSE[i]!, 1e-6 * Math.max(1, SK_INVERSE[i]!), `inverse(${Z[i]})`));
});

test('n_quantiles follows TabDDPM: max(min(n // 30, 1000), 10)', () => {
  assert.equal(tabddpmQuantileCount(100), 10);
  assert.equal(tabddpmQuantileCount(3001), 100);
  assert.equal(tabddpmQuantileCount(125973), 1000);
});

test('normal quantile and CDF are accurate and inverse to each other', () => {
  close(normPpf(0.975), 1.959963984540054, 1e-14, 'ppf(0.975)');
  close(normPpf(1e-7), -5.1993375821928165, 1e-12, 'ppf(1e-7)'); // scipy.stats.norm.ppf
  for (const z of [-8, -5.2, -3, -1.5, -0.1, 0, 0.7, 2.5, 5.2]) close(normPpf(normCdf(z)), z, 1e-8, `ppf(cdf(${z}))`);
  close(normCdf(-1.959963984540054), 0.025, 1e-15, 'cdf(-1.96)');
});

test('round trip: inverse(forward(x)) returns the training values (continuous and tied data)', () => {
  // Exact up to sklearn's own clipping: the column maximum maps to Φ⁻¹(1 − 1e-7) and comes back 1e-7 of a
  // quantile step below it, hence a tolerance relative to the column range.
  const rng = new Rng(1);
  const continuous = Float64Array.from({ length: 3000 }, () => Math.exp(rng.normal() * 2));
  const tied = Float64Array.from({ length: 3000 }, () => (rng.uniform() < 0.6 ? 0 : rng.int(50)));
  for (const [name, data] of [['continuous', continuous], ['tied', tied]] as const) {
    const q = fitQuantile(data, tabddpmQuantileCount(data.length));
    const back = quantileInverse(q, quantileForward(q, data));
    const range = Math.max(...data) - Math.min(...data);
    for (let i = 0; i < data.length; i++) close(back[i]!, data[i]!, 1e-5 * range, `${name} row ${i}`);
  }
});

test('spread ties: a point mass fills its quantile interval, the column becomes ~N(0, 1), and decoding gives the tied value back', () => {
  const rng = new Rng(7);
  // 50% zeros (the column minimum), 30% at the maximum 255, the rest spread between: NSL-KDD's dst_host_count shape.
  const data = Float64Array.from({ length: 20000 }, () => {
    const u = rng.uniform();
    return u < 0.5 ? 0 : u < 0.8 ? 255 : 1 + rng.int(254);
  });
  const q = fitQuantile(data, tabddpmQuantileCount(data.length));
  const plain = quantileForward(q, data);
  const spread = quantileForward(q, data, () => rng.uniform());
  // sklearn sends both point masses to the clip bounds; spread, the zeros cover Φ⁻¹ of (0, 0.5) and 255 of (0.8, 1).
  assert.ok(plain.every((z, i) => data[i] !== 0 || z < -5.19));
  const zerosBelow = (t: number) => spread.filter((z, i) => data[i] === 0 && z < t).length / data.filter((v) => v === 0).length;
  close(zerosBelow(normPpf(0.25)), 0.5, 0.03, 'half the zeros below Φ⁻¹(0.25)');
  const share = (v: number) => data.filter((x) => x === v).length / data.length;
  // Interval ends lie on the 1/999 grid of references.
  const zeroTop = normPpf(share(0) + 0.002);
  const maxBottom = normPpf(1 - share(255) - 0.002);
  assert.ok(spread.every((z, i) => data[i] !== 0 || z <= zeroTop), 'zeros stay in their interval');
  assert.ok(spread.every((z, i) => data[i] !== 255 || z >= maxBottom), '255 stays in its interval');
  // Marginal ≈ N(0, 1): KS distance to Φ is small (sklearn's transform is ~0.5 away here).
  const ksToNormal = (zs: Float64Array) => {
    const sorted = Float64Array.from(zs).sort();
    let d = 0;
    sorted.forEach((z, i) => (d = Math.max(d, Math.abs(normCdf(z) - i / sorted.length), Math.abs(normCdf(z) - (i + 1) / sorted.length))));
    return d;
  };
  assert.ok(ksToNormal(spread) < 0.02, `spread KS to N(0,1) ${ksToNormal(spread)}`);
  assert.ok(ksToNormal(plain) > 0.2, `plain KS to N(0,1) ${ksToNormal(plain)}`);
  const back = quantileInverse(q, spread);
  for (let i = 0; i < data.length; i++) if (data[i] === 0 || data[i] === 255) close(back[i]!, data[i]!, 1e-6, `row ${i}`);
});

test('spread ties: continuous values without ties are transformed as sklearn does', () => {
  const rng = new Rng(3);
  const data = Float64Array.from({ length: 5000 }, () => rng.normal() * 10 + 3);
  const q = fitQuantile(data, 1000);
  const plain = quantileForward(q, data);
  const spread = quantileForward(q, data, () => rng.uniform());
  for (let i = 0; i < data.length; i++) close(spread[i]!, plain[i]!, 1e-9, `row ${i}`);
});

test('encodeTable spreads ties reproducibly for a seed', () => {
  const table = tinyTable(300);
  const p = fitPreprocessor(table);
  const a = encodeTable(p, table, { spreadTiesSeed: 5 });
  assert.deepEqual(a.xNum, encodeTable(p, table, { spreadTiesSeed: 5 }).xNum);
  assert.notDeepEqual(a.xNum, encodeTable(p, table).xNum);
  assert.deepEqual(a.xCat, encodeTable(p, table).xCat);
});

test('table preprocessing: encode → decode gives back the original columns and types', () => {
  const table = tinyTable(300);
  const p = fitPreprocessor(table);
  assert.equal(p.numeric[2]!.integer, true);
  assert.deepEqual(p.numeric[2]!.levels, [0, 1, 2, 3]);
  const enc = encodeTable(p, table);
  assert.deepEqual(enc.catSizes, [3, 4]);
  const dec = decodeTable(p, enc.rows, enc.xNum, enc.xCat, enc.y);
  table.numeric.forEach((col, j) => {
    for (let r = 0; r < enc.rows; r++) close(dec.numeric[j]!.values[r]!, col.values[r]!, 1e-4 * Math.max(1, Math.abs(col.values[r]!)), `${col.name}[${r}]`);
  });
  table.categorical.forEach((col, f) => assert.deepEqual(dec.categorical[f]!.values, col.values));
  assert.deepEqual(dec.label!.values, table.label!.values);
});
