import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attackProba, nslKddClasses, nslKddTargets } from '../../src/classify/pipeline.js';

test('NSL-KDD targets come from attack names, categories or `attack`, matched by name', () => {
  const names = ['normal', 'neptune', 'DoS', 'guess_passwd', 'R2L', 'buffer_overflow', 'satan'];
  assert.deepEqual([...nslKddTargets(names, 'binary')], [0, 1, 1, 1, 1, 1, 1]);
  const five = nslKddClasses('multiclass');
  assert.deepEqual([...nslKddTargets(names, 'multiclass')].map((c) => five[c]), ['normal', 'DoS', 'DoS', 'R2L', 'R2L', 'U2R', 'Probe']);
  assert.deepEqual([...nslKddTargets(['attack', 'normal'], 'binary')], [1, 0]);
  assert.throws(() => nslKddTargets(['normal', 'attack'], 'multiclass'), /row 1: label 'attack'/);
  assert.throws(() => nslKddTargets(['bogus'], 'binary'), (e: Error & { code?: string }) => e.code === 'BAD_USER_INPUT');
});

test('attackProba: a binary model keeps its own column, a multiclass one gives 1 − P(normal)', () => {
  const binary = attackProba(Float32Array.from([0.8, 0.2, 0.1, 0.9]), ['normal', 'attack']);
  assert.deepEqual([...binary].map((v) => Math.round(v * 100) / 100), [0.8, 0.2, 0.1, 0.9]);
  const multi = attackProba(Float32Array.from([0.5, 0.25, 0.25, 0, 0]), ['normal', 'DoS', 'Probe', 'R2L', 'U2R']);
  assert.deepEqual([...multi], [0.5, 0.5]);
});

test('synthetic rows: header CSV (gzip or not), labels by category, extra columns dropped, absent ones left out', async () => {
  const { gzipSync } = await import('node:zlib');
  const { parseSyntheticNslKdd } = await import('../../src/classify/pipeline.js');
  const csv = 'duration,protocol_type,service,extra,label\n0,tcp,http,9,normal\n2,udp,private,9,DoS\n';
  for (const bytes of [Buffer.from(csv), gzipSync(csv)]) {
    const { table, sha256 } = parseSyntheticNslKdd(bytes);
    assert.deepEqual(table.names, ['duration', 'protocol_type', 'service', 'label']);
    assert.equal(table.rowCount, 2);
    assert.match(sha256, /^[0-9a-f]{64}$/);
  }
  assert.throws(() => parseSyntheticNslKdd(Buffer.from('duration\n1\n')), /no 'label' column/);
});
