import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { resolveConfig } from '../../src/diffusion/config.js';
import { denoiserForward } from '../../src/diffusion/denoiser.js';
import { createTrainState } from '../../src/diffusion/model.js';
import { encodeTable, fitPreprocessor } from '../../src/diffusion/preprocess.js';
import { batchLoss, batchTensors, drawBatch, lossAndGrads, type TrainState } from '../../src/diffusion/train-step.js';
import { disposeDenoiser } from '../../src/diffusion/denoiser.js';
import { disposeOptimizer } from '../../src/diffusion/optimizer.js';
import { initBackend } from '../../src/tf/index.js';
import { tinyTable } from './fixtures.js';

before(async () => {
  await initBackend();
});

/** The hand-written backward pass against tf.grads of the same loss through tf's own autodiff. */
for (const activation of ['relu', 'silu'] as const) {
  test(`manual gradients equal tf.grads (${activation}, label-conditioned, Gaussian + multinomial loss)`, () => {
    const table = tinyTable(64);
    const config = resolveConfig({ layers: [16, 12], dimT: 8, activation, batchSize: 32, timesteps: 100, seed: 3 });
    const p = fitPreprocessor(table);
    const data = encodeTable(p, table);
    const st: TrainState = createTrainState(config, p);
    try {
      const batch = drawBatch(data, st.schedule, st.rng, config.batchSize);
      const manual = lossAndGrads(st, batch, data.dNum);
      // The same loss differentiated end to end by tf's autodiff, with the weights as the variables.
      const auto = tf.tidy(() => {
        const saved = st.denoiser.params;
        const f = (...params: tf.Tensor[]) => {
          st.denoiser.params = params as tf.Variable[];
          try {
            const bt = batchTensors(st, batch, data.dNum);
            return batchLoss(st, batch, data.dNum, bt, denoiserForward(st.denoiser, bt.input).out).total;
          } finally {
            st.denoiser.params = saved;
          }
        };
        return tf.grads(f)(saved);
      });
      assert.equal(manual.grads.length, auto.length);
      st.denoiser.names.forEach((name, i) => {
        const m = manual.grads[i]!.dataSync();
        const a = auto[i]!.dataSync();
        let maxAbs = 0;
        let maxDiff = 0;
        for (let k = 0; k < a.length; k++) {
          maxAbs = Math.max(maxAbs, Math.abs(a[k]!));
          maxDiff = Math.max(maxDiff, Math.abs(a[k]! - m[k]!));
        }
        assert.ok(maxAbs > 0 || name === 'label.emb', `${name}: gradient is all zero`);
        assert.ok(maxDiff <= 1e-4 * Math.max(1, maxAbs), `${name}: max |manual − tf.grads| = ${maxDiff} (scale ${maxAbs})`);
      });
      tf.dispose([manual.loss, manual.gaussian, ...manual.grads, ...auto]);
    } finally {
      disposeDenoiser(st.denoiser);
      disposeOptimizer(st.optimizer);
    }
    assert.equal(tf.memory().numTensors, 0);
  });
}

test('denoiser output has one column per encoded input column', () => {
  const table = tinyTable(16);
  const config = resolveConfig({ layers: [8], dimT: 4, batchSize: 16 });
  const p = fitPreprocessor(table);
  const st = createTrainState(config, p);
  const out = tf.tidy(() =>
    denoiserForward(st.denoiser, {
      x: tf.zeros([5, st.denoiser.shape.dIn]) as tf.Tensor2D,
      tEmb: tf.zeros([5, 4]) as tf.Tensor2D,
      yOnehot: tf.oneHot([0, 1, 0, 1, 1], 2).toFloat() as tf.Tensor2D,
    }).out,
  );
  assert.deepEqual(out.shape, [5, 3 + 3 + 4]);
  out.dispose();
  disposeDenoiser(st.denoiser);
  disposeOptimizer(st.optimizer);
});
