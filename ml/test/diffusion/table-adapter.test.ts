import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decimalsOf, roundLike } from '../../src/diffusion/table-adapter.js';
import { Table } from '../../src/tables/index.js';

test('decimalsOf: the decimal places a column uses, NaN ignored, at most 6', () => {
  assert.equal(decimalsOf([0, 1, 255]), 0);
  assert.equal(decimalsOf([0, 0.5, 0.07, Number.NaN]), 2);
  assert.equal(decimalsOf([Math.PI]), 6);
});

test('roundLike: synthetic numeric columns take the precision of the real ones; other columns are untouched', () => {
  const real = Table.fromArrays([
    { name: 'rate', kind: 'numeric', values: Float64Array.from([0, 0.25, 1]) },
    { name: 'count', kind: 'numeric', values: Float64Array.from([1, 2, 255]) },
    { name: 'proto', kind: 'categorical', values: ['tcp', 'udp', 'tcp'] },
  ]);
  const synthetic = Table.fromArrays([
    { name: 'rate', kind: 'numeric', values: Float64Array.from([0.004, 0.2549, 0.996]) },
    { name: 'count', kind: 'numeric', values: Float64Array.from([1.4, 2.6, 254.5]) },
    { name: 'proto', kind: 'categorical', values: ['udp', 'tcp', 'tcp'] },
  ]);
  const rounded = roundLike(real, synthetic);
  assert.deepEqual([...rounded.numeric('rate')], [0, 0.25, 1]);
  assert.deepEqual([...rounded.numeric('count')], [1, 3, 255]);
  assert.deepEqual(rounded.categorical('proto'), synthetic.categorical('proto'));
});
