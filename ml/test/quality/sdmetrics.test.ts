/**
 * Exactness against SDMetrics itself. The expected numbers were produced with sdmetrics 0.26.0 (numpy 2.4.6,
 * pandas 2.3.3, scipy 1.17.1) in a Python venv, and for the strong-pairs variant with sdmetrics 0.27.2 on the same
 * stack: `QualityReport().generate(real, synthetic, metadata)` with `num_rows_subsample = None` where a table
 * exceeds 50,000 rows (so that SDMetrics computes every pair on every row and is deterministic), the single
 * metrics' `compute`, `calculate_dcr` and `DCROverfittingProtection.compute_breakdown`. NSL-KDD was read with
 * `pd.read_csv(path, header=None, names=...)`, difficulty dropped, protocol_type/service/flag/label categorical.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import {
  contingencySimilarity,
  correlationSimilarity,
  dcrDistances,
  dcrOverfittingProtection,
  ksComplement,
  metadataOf,
  qualityReport,
  SDMETRICS_027_THRESHOLDS,
  tvComplement,
} from '../../src/quality/index.js';
import { loadTableFile, nanMedian, NSL_KDD, Table } from '../../src/tables/index.js';
import { sharedData } from '../../src/testing/index.js';

const N = Number.NaN;
const close = (actual: number, expected: number, tolerance = 1e-12) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} is not within ${tolerance} of ${expected}`);

describe('single metrics vs sdmetrics 0.26.0', () => {
  it('match to 1e-12', () => {
    close(ksComplement([1, 2, 3, 4, 5], [3, 4, 5, 6, 7, 8]), 0.5);
    close(ksComplement([0.1, 0.2, N, 0.2, 0.9], [0.2, 0.2, 0.3, N]), 0.75);
    close(tvComplement(['a', 'b', 'b', 'c'], ['a', 'a', 'b', 'd']), 0.5000001874999531);
    close(tvComplement(['x', 'y', null, 'y', 'y'], ['y', 'x', 'x', null]), 0.5833333333333334);
    close(
      contingencySimilarity([['x', 'x', 'y', 'y', 'z'], ['p', 'q', 'p', 'p', 'q']], [['x', 'y', 'y', 'z', 'z', 'z'], ['p', 'p', 'q', 'q', 'q', 'p']]),
      0.5333333333333333,
    );
    const corr = correlationSimilarity([[1, 2, 3, 4, 5, 6], [2, 1, 4, 3, 6, 5]], [[1, 2, 3, 4, 5, N], [5, 3, 4, 1, 2, 0]]);
    close(corr.score, 0.18571428571428583);
    close(corr.real, 0.8285714285714283);
    close(corr.synthetic, -0.8);
  });
});

describe('a small mixed table vs sdmetrics 0.26.0', () => {
  // NaN, a constant numeric column (its correlation pairs are NaN), a category only the synthetic data has.
  const real = Table.fromArrays([
    { name: 'num', kind: 'numeric', values: [0.5, 1.5, 2.0, 3.25, 10.0, 4.0, 4.0, N] },
    { name: 'cnt', kind: 'numeric', values: [1, 2, 2, 3, 5, 8, 13, 21] },
    { name: 'const', kind: 'numeric', values: [7, 7, 7, 7, 7, 7, 7, 7] },
    { name: 'cat', kind: 'categorical', values: ['a', 'b', 'a', 'c', 'b', 'a', null, 'a'] },
    { name: 'lab', kind: 'label', values: ['n', 'n', 'x', 'x', 'n', 'y', 'n', 'n'] },
  ]);
  const synthetic = Table.fromArrays([
    { name: 'num', kind: 'numeric', values: [0.7, 1.5, 2.5, 3.0, 9.0, N, 4.5] },
    { name: 'cnt', kind: 'numeric', values: [1, 3, 2, 4, 6, 9, 12] },
    { name: 'const', kind: 'numeric', values: [7, 7, 7, 8, 7, 7, 7] },
    { name: 'cat', kind: 'categorical', values: ['a', 'b', 'b', 'c', 'd', 'a', 'a'] },
    { name: 'lab', kind: 'label', values: ['n', 'x', 'x', 'x', 'n', 'y', 'n'] },
  ]);
  const holdout = Table.fromArrays([
    { name: 'num', kind: 'numeric', values: [0.6, 1.0, 2.2, 3.0, 8.0, 4.0] },
    { name: 'cnt', kind: 'numeric', values: [1, 2, 4, 3, 5, 9] },
    { name: 'const', kind: 'numeric', values: [7, 7, 7, 7, 7, 7] },
    { name: 'cat', kind: 'categorical', values: ['a', 'b', 'c', 'c', 'b', 'a'] },
    { name: 'lab', kind: 'label', values: ['n', 'n', 'x', 'x', 'y', 'y'] },
  ]);

  it('has the same report, column and pair scores', () => {
    const report = qualityReport(real, synthetic);
    close(report.overall, 0.5963119451638241);
    close(report.columnShapes, 0.8059523972789092);
    close(report.columnPairTrends, 0.38667149304873893);
    const columns = [0.7619047619047619, 0.75, 0.8571428571428572, 0.8571429387754985, 0.8035714285714286];
    report.columns.forEach((c, i) => close(c.score, columns[i]!));
    const pairs = [0.9148005158184827, N, 0.3750000000000001, 0.3928571428571429, N, 0.3928571428571429, 0.5178571428571429, 0, 0, 0.5];
    assert.deepEqual(report.pairs.map((p) => `${p.column1}/${p.column2}`), [
      'num/cnt', 'num/const', 'num/cat', 'num/lab', 'cnt/const', 'cnt/cat', 'cnt/lab', 'const/cat', 'const/lab', 'cat/lab',
    ]);
    report.pairs.forEach((p, i) => (Number.isNaN(pairs[i]!) ? assert.ok(Number.isNaN(p.score)) : close(p.score, pairs[i]!)));
  });

  it('has the same distances to closest record and overfitting protection', () => {
    const expected = [0.004210526315789473, 0.21000000000000002, 0.21052631578947367, 0.21526315789473682, 0.23105263157894734, 0.21000000000000002, 0.19421052631578947];
    dcrDistances(synthetic, real, metadataOf(real)).forEach((d, i) => close(d, expected[i]!));
    const overfitting = dcrOverfittingProtection(real, synthetic, holdout);
    close(overfitting.score, 0.5714285714285714);
    close(overfitting.syntheticDataPercentages.closerToTraining, 0.7142857142857143);
  });
});

describe('NSL-KDD vs sdmetrics', () => {
  let train: Table;
  let slice20: Table;
  before(async () => {
    train = (await loadTableFile(sharedData('nsl-kdd', 'KDDTrain+.txt'), NSL_KDD)).table;
    slice20 = (await loadTableFile(sharedData('nsl-kdd', 'KDDTrain+_20Percent.txt'), NSL_KDD)).table;
  });

  it('KDDTrain+_20Percent rows 0–4,999 vs 5,000–9,999 (0.26.0, and 0.27.2 strong pairs)', () => {
    const real = slice20.slice(0, 5000);
    const synthetic = slice20.slice(5000, 10000);
    const report = qualityReport(real, synthetic);
    close(report.overall, 0.9867037091460027, 1e-9);
    close(report.columnShapes, 0.9924380952470122, 1e-9);
    close(report.columnPairTrends, 0.9809693230449932, 1e-9);
    assert.equal(report.pairs.length, 861);
    assert.equal(report.pairs.filter((p) => Number.isNaN(p.score)).length, 142);
    const byColumn = Object.fromEntries(report.columns.map((c) => [c.column, c.score]));
    close(byColumn.service!, 0.9574);
    close(byColumn.label!, 0.9860000003745201);
    close(byColumn.count!, 0.9756);

    const strong = qualityReport(real, synthetic, { thresholds: SDMETRICS_027_THRESHOLDS });
    close(strong.overall, 0.9792295686279922, 1e-9);
    close(strong.columnPairTrends, 0.966021042008972, 1e-9);
    assert.equal(strong.pairs.filter((p) => !p.meetsThreshold).length, 774);
  });

  it('DCR of KDDTrain+_20Percent rows 2,000–2,999 to rows 0–1,999, and overfitting protection against rows 3,000–4,999', () => {
    const training = slice20.slice(0, 2000);
    const synthetic = slice20.slice(2000, 3000);
    const holdout = slice20.slice(3000, 5000);
    const dcr = dcrDistances(synthetic, training, metadataOf(training));
    [0.01706062766516196, 0.004552705420478168, 0.0008978289478521068, 0.0026531977620444505, 0.05858216807476017].forEach((d, i) => close(dcr[i]!, d));
    close(nanMedian(dcr), 0.002296110045067896);
    close(dcr.reduce((a, b) => a + b, 0) / dcr.length, 0.006412194825134371, 1e-12);
    const overfitting = dcrOverfittingProtection(training, synthetic, holdout);
    close(overfitting.syntheticDataPercentages.closerToTraining, 0.465);
    assert.equal(overfitting.score, 1);
  });

  it('KDDTrain+ first half vs second half, 62,986 × 42 vs 62,987 × 42 (every row)', () => {
    const half = Math.floor(train.rowCount / 2);
    const real = train.slice(0, half);
    const synthetic = train.slice(half);
    const report = qualityReport(real, synthetic);
    close(report.overall, 0.993300407776863, 1e-9);
    close(report.columnShapes, 0.9971204714500814, 1e-9);
    close(report.columnPairTrends, 0.9894803441036445, 1e-9);
    assert.equal(report.pairs.filter((p) => Number.isNaN(p.score)).length, 73);
    const strong = qualityReport(real, synthetic, { thresholds: SDMETRICS_027_THRESHOLDS });
    close(strong.overall, 0.9951053088135435, 1e-9);
    close(strong.columnPairTrends, 0.9930901461770055, 1e-9);
  });
});
