import { badInput } from '../errors/index.js';
import { LogisticRegression, type LogisticOptions } from './logistic.js';
import { MlpClassifier, type MlpOptions } from './mlp/mlp.js';
import { RandomForest, type ForestOptions } from './trees/forest.js';
import type { Classifier, ClassifierConfig, ClassifierState, Family } from './types.js';

export interface FamilyOptions {
  logistic: LogisticOptions;
  mlp: MlpOptions;
  trees: ForestOptions;
}

export const families: readonly Family[] = ['logistic', 'mlp', 'trees'];

/** A new, unfitted classifier of the given family. */
export function createClassifier<F extends Family>(
  family: F,
  config: ClassifierConfig,
  options: Partial<FamilyOptions[F]> = {},
): Classifier {
  switch (family) {
    case 'logistic':
      return new LogisticRegression(config, options as Partial<LogisticOptions>);
    case 'mlp':
      return new MlpClassifier(config, options as Partial<MlpOptions>);
    case 'trees':
      return new RandomForest(config, options as Partial<ForestOptions>);
    default:
      throw badInput(`unknown classifier family '${String(family)}'`, { families });
  }
}

/** Restores any classifier from its `toJSON()` state. */
export function loadClassifier(state: ClassifierState): Classifier {
  const family = state?.family;
  switch (family) {
    case 'logistic':
      return LogisticRegression.fromJSON(state);
    case 'mlp':
      return MlpClassifier.fromJSON(state);
    case 'trees':
      return RandomForest.fromJSON(state);
    default: {
      const never: never = family;
      throw badInput(`unknown classifier family '${String(never)}'`, { families });
    }
  }
}
