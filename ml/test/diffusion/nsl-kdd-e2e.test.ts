import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { resolveConfig, type DiffusionConfig } from '../../src/diffusion/config.js';
import { createTrainState, disposeModel, modelFromState } from '../../src/diffusion/model.js';
import { disposeDenoiser } from '../../src/diffusion/denoiser.js';
import { disposeOptimizer } from '../../src/diffusion/optimizer.js';
import { fitPreprocessor } from '../../src/diffusion/preprocess.js';
import { sample } from '../../src/diffusion/sampler.js';
import { trainingTableFrom } from '../../src/diffusion/table-adapter.js';
import { train } from '../../src/diffusion/trainer.js';
import { loadTableFile, NSL_KDD, relabelNslKdd } from '../../src/tables/index.js';
import { sharedData } from '../../src/testing/index.js';
import { initBackend } from '../../src/tf/index.js';
import { columnShapes, ksStatistic, tvDistance } from './fidelity.js';

before(async () => {
  await initBackend();
});

test('fidelity helpers: KS and TV on hand-computed cases', () => {
  assert.equal(ksStatistic([1, 2, 3, 4], [1, 2, 3, 4]), 0);
  assert.equal(ksStatistic([1, 2, 3, 4], [3, 4, 5, 6]), 0.5);
  assert.equal(tvDistance(['a', 'a', 'b', 'b'], ['a', 'b', 'b', 'b']), 0.25);
});

// Small model, few hundred steps: minutes on a loaded 2-core machine with wasm.
const config: Partial<DiffusionConfig> = {
  layers: [256, 256], dimT: 64, batchSize: 512, timesteps: 100, schedule: 'linear', steps: 400, lr: 2e-3, warmupSteps: 20, emaDecay: 0.99, seed: 7,
};

test('end to end on KDDTrain+_20Percent: trained samples beat the untrained model clearly', async () => {
  const loaded = await loadTableFile(sharedData('nsl-kdd', 'KDDTrain+_20Percent.txt'), NSL_KDD);
  const real = trainingTableFrom(relabelNslKdd(loaded.table, 'five-class'));
  assert.equal(real.numeric.length, 38);
  assert.deepEqual(real.categorical.map((c) => c.name), ['protocol_type', 'service', 'flag']);
  const n = 3000;

  const resolved = resolveConfig(config);
  const untrainedState = createTrainState(resolved, fitPreprocessor(real));
  const untrained = modelFromState(untrainedState, fitPreprocessor(real));
  disposeDenoiser(untrainedState.denoiser);
  disposeOptimizer(untrainedState.optimizer);
  const before = columnShapes(real, await sample(untrained, n, { seed: 1 }));
  disposeModel(untrained);

  const losses: number[] = [];
  const result = await train(real, config, { onProgress: (_step, loss) => losses.push(loss), progressEvery: 1 });
  assert.equal(result.status, 'completed');
  const synthetic = await sample(result.model!, n, { seed: 1 });
  const after = columnShapes(real, synthetic);
  disposeModel(result.model!);

  const head = losses.slice(0, 20).reduce((a, b) => a + b, 0) / 20;
  const tail = losses.slice(-20).reduce((a, b) => a + b, 0) / 20;
  console.log(`column shapes: untrained ${before.toFixed(3)} → trained ${after.toFixed(3)}; loss ${head.toFixed(3)} → ${tail.toFixed(3)}; ${result.seconds.toFixed(1)} s`);
  assert.ok(tail < head * 0.8, `loss should fall: ${head} → ${tail}`);
  assert.ok(after > before + 0.15, `trained ${after} vs untrained ${before}`);
  assert.ok(after > 0.8, `trained column shapes ${after}`);
  assert.equal(tf.memory().numTensors, 0);
});
