import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appendPoint, formatMs, formatPercent, formatRate } from '../src/lib/format.js';
import { can } from '../src/lib/roles.js';

test('rates, latencies and percentages read well at every scale', () => {
  assert.equal(formatRate(0), '0/s');
  assert.equal(formatRate(3.14159), '3.14/s');
  assert.equal(formatRate(42.25), '42.3/s');
  assert.equal(formatRate(9597.4), '9597/s');
  assert.equal(formatMs(null), '—');
  assert.equal(formatMs(0.213), '0.21 ms');
  assert.equal(formatMs(250.4), '250 ms');
  assert.equal(formatPercent(0.045), '4.5%');
  assert.equal(formatPercent(0.5), '50%');
});

test('a series keeps only its last points', () => {
  assert.deepEqual(appendPoint([1, 2, 3], 4, 3), [2, 3, 4]);
  assert.deepEqual(appendPoint([], 1, 3), [1]);
});

test('the UI follows the API’s role order', () => {
  assert.equal(can('admin', 'analyst'), true);
  assert.equal(can('viewer', 'analyst'), false);
  assert.equal(can(null, 'viewer'), false);
});
