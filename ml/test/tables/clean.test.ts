import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isVigilError } from '../../src/errors/index.js';
import {
  cleanTable,
  dropConstantColumns,
  dropCorrelatedColumns,
  handleMissingValues,
  removeDuplicateRows,
  Table,
} from '../../src/tables/index.js';

const N = Number.NaN;

describe('removeDuplicateRows', () => {
  it('keeps the first of identical rows, NaN and missing equal to themselves', () => {
    const t = Table.fromArrays([
      { name: 'x', kind: 'numeric', values: [1, 1, N, N, 2] },
      { name: 'c', kind: 'categorical', values: ['a', 'a', null, null, 'a'] },
      { name: 'y', kind: 'label', values: ['p', 'p', 'q', 'q', 'p'] },
    ]);
    const { table, report } = removeDuplicateRows(t);
    assert.equal(table.rowCount, 3);
    assert.deepEqual(table.row(1), [null, null, 'q']);
    assert.equal(report.step, 'remove-duplicates');
    assert.deepEqual({ before: report.rowsBefore, after: report.rowsAfter }, { before: 5, after: 3 });
    assert.ok(report.step === 'remove-duplicates' && report.rowsRemoved === 2);
  });
});

describe('handleMissingValues', () => {
  const t = Table.fromArrays([
    { name: 'a', kind: 'numeric', values: [1, N, 3, 10, N] },
    { name: 'b', kind: 'numeric', values: [5, 6, N, 8, 9] },
    { name: 'c', kind: 'categorical', values: ['u', 'v', 'v', null, 'u'] },
    { name: 'y', kind: 'label', values: ['p', 'q', 'p', 'q', 'p'] },
  ]);

  it('drops rows by default, for every column with gaps', () => {
    const { table, report } = handleMissingValues(t);
    assert.equal(table.rowCount, 1);
    assert.deepEqual(table.row(0), [1, 5, 'u', 'p']);
    assert.ok(report.step === 'missing-values');
    assert.equal(report.rowsRemoved, 4);
    assert.deepEqual(report.columns.map((c) => [c.column, c.missing, c.strategy]), [['a', 2, 'drop-row'], ['b', 1, 'drop-row'], ['c', 1, 'drop-row']]);
  });

  it('imputes mean, median, mode and constants per column', () => {
    const { table, report } = handleMissingValues(t, {
      columns: { a: { kind: 'median' }, b: { kind: 'mean' }, c: { kind: 'constant', value: 'none' } },
    });
    assert.equal(table.rowCount, 5);
    assert.deepEqual([...table.numeric('a')], [1, 3, 3, 10, 3]);
    assert.deepEqual([...table.numeric('b')], [5, 6, 7, 8, 9]);
    assert.equal(table.value(3, 'c'), 'none');
    assert.ok(report.step === 'missing-values');
    assert.deepEqual(report.columns.map((c) => c.filledWith), [3, 7, 'none']);
    const mode = handleMissingValues(t, { default: { kind: 'mode' } }).table;
    assert.equal(mode.value(3, 'c'), 'u', "'u' and 'v' tie; the first level wins");
    assert.equal(mode.value(1, 'a'), 1, 'numeric ties go to the smallest value');
  });

  it('drops rows for some columns and imputes others from the rows that remain', () => {
    const { table } = handleMissingValues(t, { columns: { a: { kind: 'drop-row' } }, default: { kind: 'mean' } });
    assert.deepEqual([...table.numeric('b')], [5, (5 + 8) / 2, 8]);
    assert.equal(table.value(2, 'c'), 'u', 'a categorical column falls back to the mode');
  });

  it('refuses a mean for a categorical column, with a typed error', () => {
    assert.throws(() => handleMissingValues(t, { columns: { c: { kind: 'mean' } } }), (e: unknown) => isVigilError(e) && e.details.column === 'c');
  });
});

describe('dropConstantColumns', () => {
  it('drops single-valued features but never the label', () => {
    const t = Table.fromArrays([
      { name: 'k', kind: 'numeric', values: [0, 0, N] },
      { name: 'v', kind: 'numeric', values: [0, 1, 0] },
      { name: 'c', kind: 'categorical', values: ['a', 'a', 'a'] },
      { name: 'y', kind: 'label', values: ['p', 'p', 'p'] },
    ]);
    const { table, report } = dropConstantColumns(t);
    assert.deepEqual(table.names, ['v', 'y']);
    assert.deepEqual(report.columnsDropped, ['k', 'c']);
  });
});

describe('dropCorrelatedColumns', () => {
  const t = Table.fromArrays([
    { name: 'a', kind: 'numeric', values: [1, 2, 3, 4, 5] },
    { name: 'b', kind: 'numeric', values: [2, 4, 6, 8, 11] }, // r(a, b) ≈ 0.99
    { name: 'c', kind: 'numeric', values: [5, 1, 4, 2, 3] },
    { name: 'd', kind: 'numeric', values: [-5, -1, -4, -2, -3] }, // r(c, d) = -1
    { name: 'k', kind: 'numeric', values: [7, 7, 7, 7, 7] },
    { name: 'y', kind: 'label', values: ['p', 'q', 'p', 'q', 'p'] },
  ]);

  it('drops the later column of each pair above the threshold, keeping the earlier', () => {
    const { table, report } = dropCorrelatedColumns(t);
    assert.deepEqual(table.names, ['a', 'c', 'k', 'y']);
    assert.ok(report.step === 'drop-correlated-columns');
    assert.deepEqual(report.pairs.map((p) => [p.kept, p.dropped]), [['a', 'b'], ['c', 'd']]);
    assert.ok(Math.abs(report.pairs[1]!.r + 1) < 1e-12);
    assert.equal(report.threshold, 0.9);
  });

  it('uses the given threshold', () => {
    assert.deepEqual(dropCorrelatedColumns(t, 0.999).table.names, ['a', 'b', 'c', 'k', 'y']);
  });
});

describe('cleanTable', () => {
  it('runs only the requested steps, in order, with one report entry each', () => {
    const t = Table.fromArrays([
      { name: 'a', kind: 'numeric', values: [1, 1, 2, 3, N] },
      { name: 'b', kind: 'numeric', values: [2, 2, 4, 6, 8] },
      { name: 'k', kind: 'numeric', values: [0, 0, 0, 0, 0] },
      { name: 'y', kind: 'label', values: ['p', 'p', 'q', 'p', 'q'] },
    ]);
    const none = cleanTable(t, {});
    assert.equal(none.table, t);
    assert.deepEqual(none.report, []);
    const all = cleanTable(t, { removeDuplicates: true, missingValues: {}, dropConstantColumns: true, dropCorrelated: true });
    assert.deepEqual(all.report.map((r) => r.step), ['remove-duplicates', 'missing-values', 'drop-constant-columns', 'drop-correlated-columns']);
    assert.deepEqual(all.table.names, ['a', 'y']);
    assert.equal(all.table.rowCount, 3);
  });
});
