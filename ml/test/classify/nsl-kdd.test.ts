import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FeatureEncoder, LogisticRegression, loadClassifier, argmaxRows, accuracy } from '../../src/classify/index.js';
import { featureSpecs, tableLabels, tableRecords } from '../../src/classify/table-adapter.js';
import { loadTableFile, NSL_KDD, NSL_KDD_LEVELS, relabelNslKdd, type Table } from '../../src/tables/index.js';
import { sharedData } from '../../src/testing/index.js';

const load = async (file: string) => (await loadTableFile(sharedData('nsl-kdd', file), NSL_KDD)).table;
const firstRow = (t: Table, label: string) => {
  const l = t.categorical('label');
  const code = l.levels.indexOf(label);
  return l.codes.findIndex((c) => c === code);
};

test('a model trained on KDDTrain+_20Percent flags a known KDDTest+ neptune row as an attack, end to end', async () => {
  const trainRaw = await load('KDDTrain+_20Percent.txt');
  const testRaw = await load('KDDTest+.txt');
  for (const [labelling, expected] of [['binary', 'attack'], ['five-class', 'DoS']] as const) {
    const classes = [...NSL_KDD_LEVELS[labelling]];
    const train = relabelNslKdd(trainRaw, labelling);
    const encoder = FeatureEncoder.fit(tableRecords(train), featureSpecs(train));
    const model = new LogisticRegression(
      { task: labelling === 'binary' ? 'binary' : 'multiclass', classes, features: encoder.features },
      { epochs: 3 },
    );
    await model.fit(encoder.transform(tableRecords(train)), tableLabels(train, classes), { seed: 1 });

    // Save both parts, reload them, and classify the raw record as the API would.
    const savedEncoder = FeatureEncoder.fromJSON(JSON.parse(JSON.stringify(encoder.toJSON())));
    const saved = loadClassifier(JSON.parse(JSON.stringify(model.toJSON())));
    const records = tableRecords(testRaw);
    const neptune = records[firstRow(testRaw, 'neptune')]!;
    const normal = records[firstRow(testRaw, 'normal')]!;
    const proba = saved.predictProba(savedEncoder.transform([neptune, normal]));
    const k = classes.length;
    const [n, m] = argmaxRows(proba, k);
    assert.equal(saved.classes[n!], expected, `neptune came out as ${saved.classes[n!]}`);
    assert.equal(saved.classes[m!], 'normal', `normal came out as ${saved.classes[m!]}`);
    assert.ok(proba[classes.indexOf('normal')]! < 0.5);

    // The whole test split does far better than chance or an inverted mapping could (sanity, not the benchmark).
    const test_ = relabelNslKdd(testRaw, labelling);
    const yTest = tableLabels(test_, classes);
    const acc = accuracy(yTest, argmaxRows(saved.predictProba(savedEncoder.transform(records)), k));
    assert.ok(acc > 0.6, `${labelling} KDDTest+ accuracy ${acc}`);
  }
});

test('labels map to class indices by name: reversing the class list reverses the indices', async () => {
  const table = relabelNslKdd(await load('KDDTrain+_20Percent.txt'), 'binary');
  const row = firstRow(await load('KDDTrain+_20Percent.txt'), 'neptune');
  assert.equal(tableLabels(table, ['normal', 'attack'])[row], 1);
  assert.equal(tableLabels(table, ['attack', 'normal'])[row], 0);
  assert.throws(() => tableLabels(table, ['normal', 'DoS']), { code: 'BAD_USER_INPUT' });
});
