import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { deserializeModel, serializeModel, storedConfig } from '../../src/diffusion/checkpoint.js';
import { resolveConfig, type DiffusionConfig } from '../../src/diffusion/config.js';
import { disposeDenoiser } from '../../src/diffusion/denoiser.js';
import { createTrainState, disposeModel } from '../../src/diffusion/model.js';
import { disposeOptimizer } from '../../src/diffusion/optimizer.js';
import { encodeTable, fitPreprocessor } from '../../src/diffusion/preprocess.js';
import { sample } from '../../src/diffusion/sampler.js';
import { trainStep } from '../../src/diffusion/train-step.js';
import { train } from '../../src/diffusion/trainer.js';
import { isVigilError } from '../../src/errors/index.js';
import { initBackend } from '../../src/tf/index.js';
import { tinyTable } from './fixtures.js';

before(async () => {
  await initBackend();
});

const tiny: Partial<DiffusionConfig> = { layers: [32, 32], dimT: 16, batchSize: 64, timesteps: 50, steps: 12, warmupSteps: 2, emaDecay: 0.9, seed: 42 };

test('a training step returns plain numbers and leaves no tensor behind', () => {
  const table = tinyTable(200);
  const p = fitPreprocessor(table);
  const data = encodeTable(p, table);
  const st = createTrainState(resolveConfig(tiny), p);
  trainStep(st, data); // warm-up (kernels, caches)
  const before = tf.memory().numTensors;
  for (let i = 0; i < 3; i++) {
    const r = trainStep(st, data);
    for (const v of [r.loss, r.gaussian, r.multinomial, r.lr]) assert.equal(typeof v, 'number');
    assert.ok(Number.isFinite(r.loss) && r.loss > 0);
    assert.equal(tf.memory().numTensors, before, `tensors after step ${st.step}`);
  }
  assert.equal(st.step, 4);
  disposeDenoiser(st.denoiser);
  disposeOptimizer(st.optimizer);
  assert.equal(tf.memory().numTensors, 0);
});

test('a run stopped after a checkpoint and resumed ends with the same weights as an uninterrupted run', async () => {
  const table = tinyTable(200);
  const straight = await train(table, tiny);
  assert.equal(straight.status, 'completed');
  const reference = serializeModel(straight.model!);

  let stored: Uint8Array | undefined;
  let polls = 0;
  const first = await train(table, tiny, {
    checkpointEvery: 4,
    saveCheckpoint: (bytes) => {
      stored = bytes;
    },
    shouldStop: () => ++polls > 7, // cancel before step 8
  });
  assert.equal(first.status, 'stopped');
  assert.equal(first.steps, 7);
  assert.equal(first.model, undefined);

  // a crash: drop the stop-time checkpoint and resume from the periodic one at step 4
  let periodic: Uint8Array | undefined;
  await train(table, tiny, {
    checkpointEvery: 4,
    saveCheckpoint: (bytes, step) => {
      if (step === 4) periodic = bytes;
    },
    shouldStop: () => false,
    onProgress: (step) => {
      if (step === 6) throw new Error('simulated crash');
    },
  }).then(
    () => assert.fail('the simulated crash should reject'),
    (error: Error) => assert.equal(error.message, 'simulated crash'),
  );

  const progress: number[] = [];
  for (const checkpoint of [stored!, periodic!]) {
    const resumed = await train(table, tiny, { loadCheckpoint: () => checkpoint, onProgress: (step) => progress.push(step) });
    assert.equal(resumed.status, 'completed');
    assert.equal(resumed.steps, tiny.steps);
    assert.deepEqual(Buffer.from(serializeModel(resumed.model!)), Buffer.from(reference), `resumed from step ${resumed.resumedFrom}`);
    disposeModel(resumed.model!);
  }
  assert.deepEqual(progress.slice(0, 5), [8, 9, 10, 11, 12]);
  disposeModel(straight.model!);
  assert.equal(tf.memory().numTensors, 0);
});

test('a checkpoint from another config is refused with a typed error', async () => {
  const table = tinyTable(200);
  let stored: Uint8Array | undefined;
  const done = await train(table, { ...tiny, steps: 2 }, { saveCheckpoint: (b) => void (stored = b) });
  disposeModel(done.model!);
  await assert.rejects(train(table, { ...tiny, lr: 1e-4 }, { loadCheckpoint: () => stored }), (e) => isVigilError(e) && e.code === 'BAD_USER_INPUT');
  assert.equal(tf.memory().numTensors, 0);
});

/** The checkpoint with its header's config edited (padded to the same length, so the weights stay where they are). */
function editHeaderConfig(bytes: Uint8Array, edit: (config: Record<string, unknown>) => void): Uint8Array {
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as { config: Record<string, unknown> };
  edit(header.config);
  const text = new TextEncoder().encode(JSON.stringify(header).padEnd(length, ' '));
  assert.equal(text.length, length);
  const out = Uint8Array.from(bytes);
  out.set(text, 8);
  return out;
}

test('a checkpoint and job config from before spreadTies existed resume with the plain transform they were trained with', async () => {
  const table = tinyTable(200);
  const plain = { ...tiny, spreadTies: false };
  const straight = await train(table, plain);
  let stored: Uint8Array | undefined;
  let polls = 0;
  await train(table, plain, { checkpointEvery: 4, saveCheckpoint: (b) => void (stored = b), shouldStop: () => ++polls > 5 });
  const old = editHeaderConfig(stored!, (config) => delete config['spreadTies']);
  const { spreadTies: _dropped, ...oldJobConfig } = resolveConfig(plain);
  const resumed = await train(table, storedConfig(oldJobConfig), { loadCheckpoint: () => old });
  assert.equal(resumed.resumedFrom, 5);
  assert.deepEqual(Buffer.from(serializeModel(resumed.model!)), Buffer.from(serializeModel(straight.model!)));
  // Without the upgrade rule the same job would train with spread ties and refuse the checkpoint.
  await assert.rejects(train(table, oldJobConfig, { loadCheckpoint: () => old }), (e) => isVigilError(e) && /different training config/.test(e.message));
  disposeModel(resumed.model!);
  disposeModel(straight.model!);
  assert.equal(tf.memory().numTensors, 0);
});

test('sampling: n rows, per-class counts, original columns and types; a saved model samples the same rows', async () => {
  const table = tinyTable(200);
  const { model } = await train(table, { ...tiny, steps: 5 });
  const rows = await sample(model!, 50, { seed: 1, steps: 10 });
  assert.deepEqual(rows.numeric.map((c) => c.name), ['a', 'b', 'c']);
  assert.ok(rows.numeric.every((c) => c.values.length === 50 && c.values instanceof Float64Array));
  assert.ok(rows.numeric[2]!.values.every((v) => [0, 1, 2, 3].includes(v)), 'integer column snaps to its levels');
  assert.ok(rows.categorical[0]!.values.every((v) => ['icmp', 'tcp', 'udp'].includes(v)));
  const perClass = await sample(model!, 0, { seed: 2, perClass: { attack: 7, normal: 3 }, steps: 5 });
  assert.deepEqual(perClass.label!.values, [...new Array(7).fill('attack'), ...new Array(3).fill('normal')]);
  const full = await sample(model!, 20, { seed: 3 }); // all T steps
  const copy = deserializeModel(serializeModel(model!));
  const again = await sample(copy, 20, { seed: 3 });
  assert.deepEqual(again, full);
  await assert.rejects(sample(model!, 5, { perClass: { nope: 1 } }), (e) => isVigilError(e) && e.code === 'BAD_USER_INPUT');
  disposeModel(model!);
  disposeModel(copy);
  assert.equal(tf.memory().numTensors, 0);
});

test('unconditioned, the label is generated as a categorical column; bad configs are typed errors', async () => {
  const table = tinyTable(100);
  const { model } = await train(table, { ...tiny, steps: 2, conditionOnLabel: false });
  assert.equal(model!.classes, 0);
  const rows = await sample(model!, 10, { seed: 1, steps: 5 });
  assert.deepEqual(rows.categorical.map((c) => c.name), ['proto', 'flag', 'label']);
  assert.equal(rows.label, undefined);
  disposeModel(model!);
  for (const bad of [{ timesteps: 1 }, { timesteps: 20 }, { layers: [] }, { lr: 0 }, { dimT: 7 }, { emaDecay: 1 }, { schedule: 'quadratic' as never }]) {
    assert.throws(() => resolveConfig(bad), (e) => isVigilError(e) && e.code === 'BAD_USER_INPUT', JSON.stringify(bad));
  }
  await assert.rejects(train({ numeric: [{ name: 'x', values: [1, 2, 3] }], categorical: [{ name: 'c', values: ['a'] }] }, tiny), (e) => isVigilError(e) && e.code === 'BAD_USER_INPUT');
  assert.equal(tf.memory().numTensors, 0);
});
