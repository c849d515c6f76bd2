import type { Table } from '../table.js';
import { dropConstantColumns } from './constant.js';
import { dropCorrelatedColumns } from './correlated.js';
import { removeDuplicateRows } from './duplicates.js';
import { handleMissingValues, type MissingValueOptions } from './missing.js';
import type { CleaningStepReport } from './report.js';

export { dropConstantColumns } from './constant.js';
export { DEFAULT_CORRELATION_THRESHOLD, dropCorrelatedColumns } from './correlated.js';
export { removeDuplicateRows } from './duplicates.js';
export { handleMissingValues, type MissingValueOptions } from './missing.js';
export type { CleaningStepReport, CorrelatedPair, MissingColumnReport, MissingStrategy } from './report.js';

/** Each step is off unless given; they run in this order. */
export interface CleaningOptions {
  removeDuplicates?: boolean;
  missingValues?: MissingValueOptions;
  dropConstantColumns?: boolean;
  /** true for the default |r| > 0.9, or the threshold. */
  dropCorrelated?: boolean | { threshold: number };
}

export function cleanTable(table: Table, options: CleaningOptions): { table: Table; report: CleaningStepReport[] } {
  const report: CleaningStepReport[] = [];
  let current = table;
  const run = (step: { table: Table; report: CleaningStepReport }) => {
    current = step.table;
    report.push(step.report);
  };
  if (options.removeDuplicates) run(removeDuplicateRows(current));
  if (options.missingValues) run(handleMissingValues(current, options.missingValues));
  if (options.dropConstantColumns) run(dropConstantColumns(current));
  if (options.dropCorrelated) {
    const threshold = typeof options.dropCorrelated === 'object' ? options.dropCorrelated.threshold : undefined;
    run(dropCorrelatedColumns(current, threshold));
  }
  return { table: current, report };
}
