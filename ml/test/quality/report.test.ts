import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isVigilError } from '../../src/errors/index.js';
import { qualityReport, SDMETRICS_027_THRESHOLDS, seededRandom } from '../../src/quality/index.js';
import { Table } from '../../src/tables/index.js';

const random = seededRandom(9);
const make = (n: number, shift: number) => {
  const x = Array.from({ length: n }, () => random());
  return Table.fromArrays([
    { name: 'x', kind: 'numeric', values: x },
    { name: 'z', kind: 'numeric', values: x.map((v) => v * 2 + random() * shift) },
    { name: 'c', kind: 'categorical', values: x.map((v) => (v + random() * shift > 0.5 ? 'hi' : 'lo')) },
    { name: 'y', kind: 'label', values: x.map((v) => (v > 0.3 ? 'a' : 'b')) },
  ]);
};
const real = make(3000, 0.1);
const synthetic = make(3000, 1);

describe('qualityReport', () => {
  it('keeps a detail per column and per pair, and averages the two properties', () => {
    const report = qualityReport(real, synthetic);
    assert.deepEqual(report.columns.map((c) => [c.column, c.metric]), [
      ['x', 'KSComplement'], ['z', 'KSComplement'], ['c', 'TVComplement'], ['y', 'TVComplement'],
    ]);
    assert.equal(report.pairs.length, 6);
    assert.deepEqual(report.pairs.map((p) => p.metric), [
      'CorrelationSimilarity', 'ContingencySimilarity', 'ContingencySimilarity', 'ContingencySimilarity', 'ContingencySimilarity', 'ContingencySimilarity',
    ]);
    assert.ok(report.pairs[0]!.realCorrelation > 0.9 && report.pairs[0]!.syntheticCorrelation < report.pairs[0]!.realCorrelation);
    assert.equal(report.overall, (report.columnShapes + report.columnPairTrends) / 2);
    assert.equal(report.thresholds, null);
    assert.deepEqual(report.rows, { real: 3000, synthetic: 3000 });
  });

  it('scores a copy of the real table as 1', () => {
    const report = qualityReport(real, real.take(Array.from({ length: 3000 }, (_, i) => 2999 - i)));
    assert.equal(report.columnShapes, 1);
    assert.ok(Math.abs(report.columnPairTrends - 1) < 1e-12);
  });

  it('counts only strong pairs with the 0.27 thresholds', () => {
    // Every pair above is strongly related through x; an independent column adds weak pairs.
    const noise = (t: Table) => t.withColumn({ name: 'w', kind: 'numeric' }, { type: 'numeric', values: Float64Array.from({ length: t.rowCount }, random) });
    const report = qualityReport(noise(real), noise(synthetic), { thresholds: SDMETRICS_027_THRESHOLDS });
    assert.ok(report.pairs.filter((p) => p.column2 === 'w').every((p) => !p.meetsThreshold && Number.isNaN(p.score)));
    const counted = report.pairs.filter((p) => p.meetsThreshold);
    assert.ok(counted.length > 0 && counted.length < report.pairs.length);
    assert.ok(report.pairs.filter((p) => p.metric === 'ContingencySimilarity').every((p) => !Number.isNaN(p.realAssociation)));
    const mean = counted.reduce((s, p) => s + p.score, 0) / counted.length;
    assert.ok(Math.abs(report.columnPairTrends - mean) < 1e-12);
  });

  it('subsamples contingency pairs reproducibly, and not at all when the tables are shorter', () => {
    const full = qualityReport(real, synthetic);
    assert.equal(qualityReport(real, synthetic, { numRowsSubsample: 5000 }).columnPairTrends, full.columnPairTrends);
    const a = qualityReport(real, synthetic, { numRowsSubsample: 1000, seed: 1 });
    const b = qualityReport(real, synthetic, { numRowsSubsample: 1000, seed: 1 });
    assert.equal(a.columnPairTrends, b.columnPairTrends);
    assert.notEqual(a.columnPairTrends, full.columnPairTrends);
    assert.ok(Math.abs(a.columnPairTrends - full.columnPairTrends) < 0.05);
  });

  it('takes declared sdtypes: a numeric column scored as categorical', () => {
    const report = qualityReport(real, synthetic, { metadata: { y: 'categorical', x: 'numerical', c: 'categorical' } });
    assert.deepEqual(report.columns.map((c) => c.column), ['y', 'x', 'c']);
    assert.throws(() => qualityReport(real, synthetic, { metadata: { c: 'numerical' } }), (e: unknown) => isVigilError(e) && e.details.column === 'c');
    assert.throws(() => qualityReport(real, synthetic.drop(['z'])), (e: unknown) => isVigilError(e) && e.details.column === 'z');
  });
});
