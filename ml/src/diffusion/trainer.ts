import { badInput } from '../errors/index.js';
import { resolveConfig, type DiffusionConfig } from './config.js';
import { restoreCheckpoint, saveCheckpoint } from './checkpoint.js';
import { createTrainState, modelFromState, type DiffusionModel } from './model.js';
import { disposeDenoiser } from './denoiser.js';
import { disposeOptimizer } from './optimizer.js';
import { encodeTable, fitPreprocessor, type TrainingTable } from './preprocess.js';
import { trainStep } from './train-step.js';

/** Callbacks of a training run; the trainer does no I/O of its own. */
export interface TrainHooks {
  /** After each step (or every progressEvery steps): loss of that step, learning rate used, estimated seconds left. */
  onProgress?(step: number, loss: number, lr: number, etaSeconds: number, detail: { gaussian: number; multinomial: number }): void;
  progressEvery?: number;
  /** Polled between steps; true cancels the run after writing a checkpoint. */
  shouldStop?(): boolean;
  /** Write a checkpoint every N steps (and on stop). 0 / undefined = only on stop. */
  checkpointEvery?: number;
  saveCheckpoint?(bytes: Uint8Array, step: number): void | Promise<void>;
  /** The last checkpoint to resume from, if any. */
  loadCheckpoint?(): Uint8Array | undefined | Promise<Uint8Array | undefined>;
}

export interface TrainResult {
  status: 'completed' | 'stopped';
  /** Steps completed (including those before a resume). */
  steps: number;
  resumedFrom: number;
  seconds: number;
  /** Present when completed. */
  model?: DiffusionModel;
}

/**
 * Trains TabDDPM-style diffusion on a table. Deterministic for a given seed: a run stopped and resumed from a
 * checkpoint ends with the same weights as one that ran straight through.
 */
export async function train(table: TrainingTable, partial: Partial<DiffusionConfig>, hooks: TrainHooks = {}): Promise<TrainResult> {
  const config = resolveConfig(partial);
  // Unconditioned, the label is learnt as one more categorical column (so samples still carry it).
  if (!config.conditionOnLabel && table.label) table = { numeric: table.numeric, categorical: [...table.categorical, table.label] };
  const preprocessor = fitPreprocessor(table, config.nQuantiles === undefined ? {} : { nQuantiles: config.nQuantiles });
  // A stream apart from the weights/batches generator (seeded with config.seed) and the sampler's (seed + 1).
  const data = encodeTable(preprocessor, table, config.spreadTies ? { spreadTiesSeed: config.seed ^ 0x5eed71e5 } : {});
  const st = createTrainState(config, preprocessor);
  try {
    const saved = await hooks.loadCheckpoint?.();
    if (saved) restoreCheckpoint(st, preprocessor, saved);
    const resumedFrom = st.step;
    const started = performance.now();
    const every = Math.max(1, hooks.progressEvery ?? 1);
    const save = async () => {
      if (hooks.saveCheckpoint) await hooks.saveCheckpoint(saveCheckpoint(st, preprocessor), st.step);
    };
    while (st.step < config.steps) {
      if (hooks.shouldStop?.()) {
        await save();
        return { status: 'stopped', steps: st.step, resumedFrom, seconds: (performance.now() - started) / 1000 };
      }
      const r = trainStep(st, data);
      if (!Number.isFinite(r.loss)) throw badInput(`training diverged at step ${st.step} (loss ${r.loss}); lower the learning rate`, { step: st.step });
      if (hooks.onProgress && (st.step % every === 0 || st.step === config.steps)) {
        const elapsed = (performance.now() - started) / 1000;
        const done = st.step - resumedFrom;
        hooks.onProgress(st.step, r.loss, r.lr, (elapsed / done) * (config.steps - st.step), { gaussian: r.gaussian, multinomial: r.multinomial });
      }
      if (hooks.checkpointEvery && st.step % hooks.checkpointEvery === 0 && st.step < config.steps) await save();
      // let a worker's message handlers (cancel) run between steps
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await save();
    return { status: 'completed', steps: st.step, resumedFrom, seconds: (performance.now() - started) / 1000, model: modelFromState(st, preprocessor) };
  } finally {
    disposeDenoiser(st.denoiser);
    disposeOptimizer(st.optimizer);
  }
}
