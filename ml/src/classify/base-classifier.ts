import type { ClassifierConfig, ClassifierState, Family, Task } from './types.js';
import { checkConfig } from './validate.js';

/** What every family holds the same way: its task, classes, feature names and options, and its state header. */
export abstract class BaseClassifier<Options extends object> {
  abstract readonly family: Family;
  readonly task: Task;
  readonly classes: readonly string[];
  readonly features: readonly string[];
  readonly options: Options;

  protected constructor(config: ClassifierConfig, defaults: Options, options: Partial<Options>) {
    checkConfig(config);
    this.task = config.task;
    this.classes = [...config.classes];
    this.features = [...config.features];
    this.options = { ...defaults, ...options };
  }

  /** The fields of `toJSON()` common to every family; each adds its weights. */
  protected stateHeader(): ClassifierState & { options: Options } {
    return { family: this.family, version: 1, task: this.task, classes: [...this.classes], features: [...this.features], options: this.options };
  }
}
