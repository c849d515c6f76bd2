// TabDDPM-style tabular diffusion: preprocessing, Gaussian + multinomial diffusion, MLP denoiser with a
// hand-written backward pass, trainer with checkpoints, sampler.
export { defaultDiffusionConfig, resolveConfig, type DiffusionConfig } from './config.js';
export {
  fitPreprocessor, encodeTable, decodeTable, tableRows,
  type TrainingTable, type SampledTable, type Preprocessor, type EncodedTable,
} from './preprocess.js';
export { fitQuantile, quantileForward, quantileInverse, tabddpmQuantileCount, type QuantileColumn } from './quantile-transform.js';
export { fitCategorical, encodeCategorical, decodeCategorical, type CategoricalColumn } from './categorical-encoding.js';
export { makeSchedule, betaSchedule, type Schedule, type ScheduleKind } from './schedule.js';
export { train, type TrainHooks, type TrainResult } from './trainer.js';
export { sample, stridedTimesteps, type SampleOptions } from './sampler.js';
export { saveCheckpoint, restoreCheckpoint, serializeModel, deserializeModel, storedConfig } from './checkpoint.js';
export { createTrainState, modelFromState, disposeModel, type DiffusionModel } from './model.js';
export { trainStep, type TrainState, type StepLoss } from './train-step.js';
export { Rng, type RngState } from './prng.js';
export { decimalsOf, roundLike, trainingTableFrom, tableFromSampled } from './table-adapter.js';
export { backToNumeric, discreteAsCategorical, LOW_CARDINALITY } from './discrete-columns.js';
