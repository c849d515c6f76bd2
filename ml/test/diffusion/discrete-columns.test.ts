import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backToNumeric, discreteAsCategorical } from '../../src/diffusion/discrete-columns.js';
import { Table } from '../../src/tables/index.js';

test('low-cardinality integer columns become categories and come back as the same numbers; others are left alone', () => {
  const n = 200;
  const table = Table.fromArrays([
    { name: 'land', kind: 'numeric', values: Float64Array.from({ length: n }, (_, i) => (i === 7 ? 1 : 0)) },
    { name: 'bytes', kind: 'numeric', values: Float64Array.from({ length: n }, (_, i) => i * 13) },
    { name: 'rate', kind: 'numeric', values: Float64Array.from({ length: n }, (_, i) => (i % 3) / 2) },
    { name: 'proto', kind: 'categorical', values: Array.from({ length: n }, (_, i) => (i % 2 ? 'tcp' : 'udp')) },
  ]);
  const { table: discrete, converted } = discreteAsCategorical(table);
  assert.deepEqual(converted, ['land']);
  assert.equal(discrete.spec('land').kind, 'categorical');
  assert.equal(discrete.spec('bytes').kind, 'numeric', 'more than 32 distinct values stay numeric');
  assert.equal(discrete.spec('rate').kind, 'numeric', 'non-integers stay numeric');
  const back = backToNumeric(discrete, converted);
  assert.deepEqual([...back.numeric('land')], [...table.numeric('land')]);
});
