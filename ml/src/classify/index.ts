// Classifiers for Detect: one interface, three families, feature encoding and metrics.
export type { Classifier, ClassifierConfig, ClassifierState, Contribution, Family, FitOptions, FitProgress, FitSummary, Task } from './types.js';
export { matrix, fromRows, rowOf, takeRows, concatRows, type Matrix } from './matrix.js';
export { FeatureEncoder, type ColumnSpec, type EncoderState, type FittedColumn, type FlowRecord } from './encoder.js';
export { LogisticRegression, defaultLogisticOptions, type LogisticOptions } from './logistic.js';
export { MlpClassifier, defaultMlpOptions, type MlpOptions } from './mlp/mlp.js';
export { RandomForest, defaultForestOptions, type ForestOptions } from './trees/forest.js';
export { createClassifier, loadClassifier, families, type FamilyOptions } from './models.js';
export { classWeights } from './weights.js';
export { augment, type LabelledRows } from './augment.js';
export * from './metrics.js';
export { noveltyFolds, youdenThreshold, type NoveltyFold, type ThresholdChoice } from './novelty.js';
export { featureSpecs, tableRecords, tableLabels } from './table-adapter.js';
export { categoriseAttacks } from './decision.js';
export {
  attackNames,
  attackProba,
  encodeSplit,
  noveltyThreshold,
  nslKddClasses,
  nslKddTargets,
  parseSyntheticNslKdd,
  type EncodedSplit,
  type NoveltyThresholdOptions,
} from './pipeline.js';
