import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseLayers } from '../src/lib/layers.js';
import { pairHeatmap } from '../src/lib/pairs.js';
import { parseRecords } from '../src/lib/records.js';
import { atLeast, mergeById } from '../src/lib/severity.js';

test('layer widths parse from the forms people type, and bad ones get a message', () => {
  assert.deepEqual(parseLayers('512, 512,512'), [512, 512, 512]);
  assert.deepEqual(parseLayers('256x256'), [256, 256]);
  assert.equal(parseLayers('  '), null);
  assert.match(String(parseLayers('512, -1')), /widths from 1 to 4096/);
});

test('pasted records: a JSON array, one object, or NDJSON; the bad line is named', () => {
  assert.equal(parseRecords('[{"a":1},{"a":2}]').records.length, 2);
  assert.equal(parseRecords('{"a":1}').records.length, 1);
  assert.equal(parseRecords('{"a":1}\n\n{"a":2}\n').records.length, 2);
  assert.equal(parseRecords('{"a":1}\n{oops}').error, 'Line 2 is not valid JSON.');
  assert.equal(parseRecords('[{"a":1}, 3]').error, 'Item 2 is not a JSON object.');
  assert.equal(parseRecords('').error, 'Paste at least one record.');
});

test('pair scores become a symmetric heatmap over the column order; unknown or unscored pairs are skipped', () => {
  const cells = pairHeatmap(['a', 'b', 'c'], [
    { column1: 'a', column2: 'c', score: 0.9 },
    { column1: 'b', column2: 'z', score: 0.5 },
    { column1: 'a', column2: 'b', score: null },
  ]);
  assert.deepEqual(cells, [[0, 2, 0.9], [2, 0, 0.9]]);
});

test('alerts: live ones first, no duplicates, severity order', () => {
  assert.deepEqual(mergeById([{ id: 'b' }, { id: 'a' }], [{ id: 'a' }, { id: 'c' }], 10).map((x) => x.id), ['b', 'a', 'c']);
  assert.equal(atLeast('CRITICAL', 'HIGH'), true);
  assert.equal(atLeast('LOW', 'MEDIUM'), false);
});
