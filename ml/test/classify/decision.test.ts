import assert from 'node:assert/strict';
import { test } from 'node:test';
import { categoriseAttacks } from '../../src/classify/decision.js';

test('flagged rows get their most probable attack class, unflagged rows are normal', () => {
  const classes = ['normal', 'DoS', 'R2L'];
  const binary = new Float32Array([0.9, 0.1, 0.6, 0.4, 0.2, 0.8]);
  const five = new Float32Array([
    0.1, 0.8, 0.1, // not flagged (0.1 < 0.3) although DoS is likely → normal
    0.7, 0.1, 0.2, // flagged; the multiclass model says normal, best attack class is R2L
    0.2, 0.5, 0.3, // flagged → DoS
  ]);
  assert.deepEqual([...categoriseAttacks(binary, five, classes, 0.3)], [0, 2, 1]);
  assert.throws(() => categoriseAttacks(binary, five, ['benign', 'DoS', 'R2L'], 0.3), { code: 'BAD_USER_INPUT' });
});
