/** One entry per cleaning step that ran, for the run's cleaning summary. */
export type CleaningStepReport =
  | (StepCommon & { step: 'remove-duplicates'; rowsRemoved: number })
  | (StepCommon & { step: 'missing-values'; rowsRemoved: number; columns: MissingColumnReport[] })
  | (StepCommon & { step: 'drop-constant-columns' })
  | (StepCommon & { step: 'drop-correlated-columns'; threshold: number; pairs: CorrelatedPair[] });

interface StepCommon {
  /** What the step did, in a sentence. */
  summary: string;
  rowsBefore: number;
  rowsAfter: number;
  columnsDropped: string[];
}

export interface MissingColumnReport {
  column: string;
  missing: number;
  strategy: MissingStrategy['kind'];
  /** The value written into the gaps, for the imputing strategies. */
  filledWith?: number | string;
}

export type MissingStrategy =
  | { kind: 'drop-row' }
  | { kind: 'mean' }
  | { kind: 'median' }
  | { kind: 'mode' }
  | { kind: 'constant'; value: number | string };

export interface CorrelatedPair {
  kept: string;
  dropped: string;
  r: number;
}
