import { badInput, VigilError, ErrorCode } from '../errors/index.js';
import type { Matrix } from './matrix.js';
import type { ClassifierConfig, ClassifierState, Family, FitOptions } from './types.js';

export function checkConfig(config: ClassifierConfig): void {
  const n = config.classes.length;
  if (config.task === 'binary' && n !== 2) throw badInput(`a binary classifier needs exactly 2 classes, got ${n}`);
  if (config.task === 'multiclass' && n < 2) throw badInput(`a multiclass classifier needs at least 2 classes, got ${n}`);
  if (new Set(config.classes).size !== n) throw badInput('class names must be distinct', { classes: config.classes });
  if (config.features.length === 0) throw badInput('a classifier needs at least one feature');
}

export function checkInput(X: Matrix, features: readonly string[]): void {
  if (X.cols !== features.length) {
    throw badInput(`input has ${X.cols} columns but the model was built for ${features.length} features`, {
      columns: X.cols,
      features: features.length,
    });
  }
}

export function checkTraining(X: Matrix, y: Int32Array, classes: number, opts: FitOptions): void {
  if (y.length !== X.rows) throw badInput(`${X.rows} rows but ${y.length} labels`);
  if (X.rows === 0) throw badInput('cannot fit on zero rows');
  for (let i = 0; i < y.length; i++) {
    const c = y[i]!;
    if (c < 0 || c >= classes) throw badInput(`label ${c} at row ${i} is not a class index in 0..${classes - 1}`, { row: i });
  }
  if (opts.sampleWeights && opts.sampleWeights.length !== X.rows) {
    throw badInput(`${opts.sampleWeights.length} sample weights for ${X.rows} rows`);
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new VigilError(ErrorCode.CONFLICT, 'training was cancelled', { reason: String(signal.reason) });
}

export function checkState(state: ClassifierState, family: Family): void {
  if (state.family !== family || state.version !== 1) {
    throw badInput(`expected a version-1 '${family}' model, got '${String(state.family)}' version ${String(state.version)}`);
  }
}

/** Yields to the event loop so aborts and progress reach the caller during long fits. */
export const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

export const notFitted = (family: Family) =>
  new VigilError(ErrorCode.CONFLICT, `the ${family} model has not been fitted or loaded yet`, { family });
