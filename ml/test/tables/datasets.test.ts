import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { isVigilError } from '../../src/errors/index.js';
import {
  type LoadedTable,
  loadTableFile,
  NSL_KDD,
  NSL_KDD_FEATURES,
  nslKddClass,
  relabelNslKdd,
  type Table,
  UNSW_NB15,
} from '../../src/tables/index.js';
import { sharedData } from '../../src/testing/index.js';

function labelCounts(table: Table): Record<string, number> {
  const { codes, levels } = table.categorical('label');
  const counts: Record<string, number> = {};
  for (const c of codes) counts[levels[c]!] = (counts[levels[c]!] ?? 0) + 1;
  return counts;
}

describe('NSL-KDD', () => {
  let train: LoadedTable;
  before(async () => {
    train = await loadTableFile(sharedData('nsl-kdd', 'KDDTrain+.txt'), NSL_KDD);
  });

  it('loads KDDTrain+ with 41 features and the label, difficulty dropped', () => {
    const { table } = train;
    assert.equal(table.rowCount, 125_973);
    assert.equal(table.columns.length, 42);
    assert.deepEqual(table.names, [...NSL_KDD_FEATURES, 'label']);
    assert.deepEqual(train.dropped, ['difficulty']);
    const kinds = Object.fromEntries(table.columns.map((c) => [c.name, c.kind]));
    assert.equal(kinds.protocol_type, 'categorical');
    assert.equal(kinds.service, 'categorical');
    assert.equal(kinds.flag, 'categorical');
    assert.equal(kinds.label, 'label');
    for (const flag of ['land', 'logged_in', 'is_host_login', 'is_guest_login', 'num_outbound_cmds']) assert.equal(kinds[flag], 'numeric');
    assert.equal(table.columns.filter((c) => c.kind === 'numeric').length, 38);
    assert.ok(table.numeric('num_outbound_cmds').every((v) => v === 0), 'README: num_outbound_cmds is always 0');
  });

  it('hashes the file as the README lists it', () => {
    assert.equal(train.sha256, '1b86d2f957b33082081bba410fe129b475efebcc13c9014c3f447c8271aadf95');
  });

  it('has the README label counts, and the standard binary and 5-class counts', () => {
    const raw = labelCounts(train.table);
    assert.equal(Object.keys(raw).length, 23);
    assert.equal(raw.normal, 67_343);
    assert.deepEqual(labelCounts(relabelNslKdd(train.table, 'binary')), { normal: 67_343, attack: 58_630 });
    assert.deepEqual(labelCounts(relabelNslKdd(train.table, 'five-class')), { normal: 67_343, DoS: 45_927, Probe: 11_656, R2L: 995, U2R: 52 });
  });

  it('maps every KDDTest+ attack name, including the test-only ones', async () => {
    const test = await loadTableFile(sharedData('nsl-kdd', 'KDDTest+.txt'), NSL_KDD);
    assert.equal(test.table.rowCount, 22_544);
    assert.equal(Object.keys(labelCounts(test.table)).length, 38);
    // httptunnel (133 rows) is R2L here; the maps that call it U2R give R2L 2,754 and U2R 200.
    assert.deepEqual(labelCounts(relabelNslKdd(test.table, 'five-class')), { normal: 9_711, DoS: 7_458, Probe: 2_421, R2L: 2_887, U2R: 67 });
  });

  it('classes the test-only attacks by the usual map', () => {
    for (const name of ['apache2', 'mailbomb', 'processtable', 'udpstorm']) assert.equal(nslKddClass(name), 'DoS');
    for (const name of ['mscan', 'saint']) assert.equal(nslKddClass(name), 'Probe');
    for (const name of ['named', 'sendmail', 'snmpgetattack', 'snmpguess', 'worm', 'xlock', 'xsnoop', 'httptunnel']) assert.equal(nslKddClass(name), 'R2L');
    for (const name of ['ps', 'sqlattack', 'xterm']) assert.equal(nslKddClass(name), 'U2R');
  });

  it('names an unknown attack in a typed error', () => {
    assert.throws(
      () => nslKddClass('teleport'),
      (e: unknown) => isVigilError(e) && e.code === 'BAD_USER_INPUT' && /teleport/.test(e.message) && e.details.attack === 'teleport',
    );
  });
});

describe('UNSW-NB15', () => {
  it('loads the testing set (BOM, CRLF, header) with id dropped and the README counts', async () => {
    const { table, dropped, sha256 } = await loadTableFile(sharedData('unsw-nb15', 'UNSW_NB15_testing-set.csv'), UNSW_NB15);
    assert.equal(sha256, '734fe6642edf758f7c94d7d9149426b49d202fe8e7bf0bef47392489c3c0a559');
    assert.equal(table.rowCount, 82_332);
    assert.equal(table.columns.length, 44);
    assert.deepEqual(dropped, ['id']);
    assert.equal(table.names[0], 'dur');
    assert.deepEqual(
      table.columns.filter((c) => c.kind !== 'numeric').map((c) => `${c.name}:${c.kind}`),
      ['proto:categorical', 'service:categorical', 'state:categorical', 'attack_cat:categorical', 'label:label'],
    );
    assert.deepEqual(labelCounts(table), { '0': 37_000, '1': 45_332 });
    const cat = table.categorical('attack_cat');
    const counts = new Map<string, number>();
    for (const c of cat.codes) counts.set(cat.levels[c]!, (counts.get(cat.levels[c]!) ?? 0) + 1);
    assert.equal(counts.get('Normal'), 37_000);
    assert.equal(counts.get('Generic'), 18_871);
    assert.equal(counts.get('Worms'), 44);
    assert.ok(table.categorical('service').levels.includes('-'), "'-' is a service category, not a missing value");
  });
});
