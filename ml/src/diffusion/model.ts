import * as tf from '@tensorflow/tfjs';
import type { DiffusionConfig } from './config.js';
import { disposeDenoiser, initDenoiser, type Denoiser, type DenoiserShape } from './denoiser.js';
import { catLayout, type CatLayout } from './multinomial.js';
import { createOptimizer } from './optimizer.js';
import type { Preprocessor } from './preprocess.js';
import { Rng } from './prng.js';
import { makeSchedule, type Schedule } from './schedule.js';
import type { TrainState } from './train-step.js';

/** A trained model, ready to sample: config, fitted preprocessing and the (EMA) weights. */
export interface DiffusionModel {
  config: DiffusionConfig;
  preprocessor: Preprocessor;
  schedule: Schedule;
  layout: CatLayout;
  denoiser: Denoiser;
  classes: number;
}

export function denoiserShapeFor(config: DiffusionConfig, p: Preprocessor): DenoiserShape {
  const catTotal = p.categorical.reduce((n, c) => n + c.levels.length, 0);
  return {
    dIn: p.numeric.length + catTotal,
    dimT: config.dimT,
    layers: config.layers,
    activation: config.activation,
    classes: config.conditionOnLabel && p.label ? p.label.levels.length : 0,
  };
}

/** Fresh training state: weights initialised from the seed, then the same rng drives batches and noise. */
export function createTrainState(config: DiffusionConfig, p: Preprocessor): TrainState {
  const rng = new Rng(config.seed);
  const shape = denoiserShapeFor(config, p);
  const denoiser = initDenoiser(shape, rng);
  const optimizer = createOptimizer(denoiser.params, { kind: config.optimizer, weightDecay: config.weightDecay, emaDecay: config.emaDecay });
  return {
    config,
    schedule: makeSchedule(config.schedule, config.timesteps),
    layout: catLayout(p.categorical.map((c) => c.levels.length)),
    denoiser,
    optimizer,
    rng,
    step: 0,
    classes: shape.classes,
  };
}

/** The model to sample from at the end of training: a copy of the EMA weights when EMA is on, else of the weights. */
export function modelFromState(st: TrainState, p: Preprocessor): DiffusionModel {
  const source = st.optimizer.ema.length ? st.optimizer.ema : st.denoiser.params;
  const denoiser: Denoiser = {
    shape: st.denoiser.shape,
    names: [...st.denoiser.names],
    params: source.map((v) => tf.tidy(() => tf.variable(v.clone(), false))),
  };
  return { config: st.config, preprocessor: p, schedule: st.schedule, layout: st.layout, denoiser, classes: st.classes };
}

export function disposeModel(m: DiffusionModel): void {
  disposeDenoiser(m.denoiser);
}
