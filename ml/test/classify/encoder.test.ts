import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FeatureEncoder, type ColumnSpec, type FlowRecord } from '../../src/classify/encoder.js';

const specs: ColumnSpec[] = [
  { name: 'proto', kind: 'categorical' },
  { name: 'bytes', kind: 'numeric' },
  { name: 'rate', kind: 'numeric' },
];
const train: FlowRecord[] = [
  { proto: 'tcp', bytes: 100, rate: 0.1 },
  { proto: 'udp', bytes: 0, rate: 0.5 },
  { proto: 'tcp', bytes: 5000, rate: 1 },
  { proto: 'icmp', bytes: 20, rate: 0 },
];
const test_: FlowRecord[] = [
  { proto: 'sctp', bytes: 1e12, rate: 7 }, // unseen category, extreme values
  { proto: 'tcp', bytes: -5, rate: -3 },
];

test('the fit sees training rows only: fitted state is byte-identical with or without test rows around', () => {
  const a = FeatureEncoder.fit(train, specs);
  const before = JSON.stringify(a.toJSON());
  a.transform(test_); // encoding test rows must not touch the fitted parameters
  assert.equal(JSON.stringify(a.toJSON()), before);
  // a fit on train + test would differ, so the comparison above can fail
  const leaky = FeatureEncoder.fit([...train, ...test_], specs);
  assert.notEqual(JSON.stringify(leaky.toJSON()), before);
  // and a second fit on the same training rows gives the same state
  assert.equal(JSON.stringify(FeatureEncoder.fit(train, specs).toJSON()), before);
});

test('one-hot with an all-zero row for unseen categories; log1p for counts, standard for rates', () => {
  const enc = FeatureEncoder.fit(train, specs);
  assert.deepEqual(enc.features, ['proto=icmp', 'proto=tcp', 'proto=udp', 'bytes', 'rate']);
  const state = enc.toJSON();
  assert.equal((state.columns[1] as { scale: string }).scale, 'log1p');
  assert.equal((state.columns[2] as { scale: string }).scale, 'standard');
  const x = enc.encode(test_[0]!);
  assert.deepEqual([...x.subarray(0, 3)], [0, 0, 0]);
  const logs = [100, 0, 5000, 20].map(Math.log1p);
  const mean = logs.reduce((s, v) => s + v) / 4;
  const std = Math.sqrt(logs.reduce((s, v) => s + (v - mean) ** 2, 0) / 4);
  assert.ok(Math.abs(x[3]! - (Math.log1p(1e12) - mean) / std) < 1e-4);
  const tcp = enc.encode(train[0]!);
  assert.deepEqual([...tcp.subarray(0, 3)], [0, 1, 0]);
});

test('a record encodes the same alone or inside any batch', () => {
  const enc = FeatureEncoder.fit(train, specs);
  const alone = enc.encode(test_[1]!);
  const batch = enc.transform([test_[0]!, train[2]!, test_[1]!]);
  assert.deepEqual([...batch.data.subarray(2 * enc.width, 3 * enc.width)], [...alone]);
});

test('a saved encoder encodes new records identically', () => {
  const enc = FeatureEncoder.fit(train, specs);
  const copy = FeatureEncoder.fromJSON(JSON.parse(JSON.stringify(enc.toJSON())));
  assert.deepEqual([...copy.transform(test_).data], [...enc.transform(test_).data]);
});

test('a non-numeric value is a typed error naming the column and row', () => {
  const enc = FeatureEncoder.fit(train, specs);
  assert.throws(() => enc.transform([train[0]!, { proto: 'tcp', bytes: 'lots', rate: 0 }]), (e: unknown) => {
    const err = e as { code: string; details: { row: number; column: string } };
    return err.code === 'BAD_USER_INPUT' && err.details.row === 1 && err.details.column === 'bytes';
  });
});
