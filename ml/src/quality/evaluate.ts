import type { Table } from '../tables/index.js';
import { type DcrBaselineProtection, dcrBaselineProtection, type DcrOptions } from './dcr-baseline.js';
import { type DcrOverfittingProtection, dcrOverfittingProtection } from './dcr-overfitting.js';
import { type QualityReport, qualityReport, type QualityReportOptions } from './report.js';
import { metadataOf } from './sdtypes.js';

/**
 * Rows per DCR comparison in `evaluateSynthetic`. DCR is a nearest-neighbour scan, O(n²) in the rows compared;
 * SDMetrics compares every row unless told to subsample, which on 125,973 rows takes hours. 5,000 keeps the
 * privacy part to about a second.
 */
export const DEFAULT_DCR_SUBSAMPLE = 5000;

export interface EvaluateInput {
  real: Table;
  synthetic: Table;
  /** Real rows the generator never saw; enables DCROverfittingProtection. */
  holdout?: Table;
  quality?: QualityReportOptions;
  privacy?: DcrOptions;
}

export interface SyntheticEvaluation {
  quality: QualityReport;
  privacy: {
    dcrBaselineProtection: DcrBaselineProtection;
    dcrOverfittingProtection: DcrOverfittingProtection | null;
    numRowsSubsample: number | null;
    seconds: number;
  };
}

/** The quality report and the DCR privacy metrics for one synthetic table. */
export function evaluateSynthetic(input: EvaluateInput): SyntheticEvaluation {
  const metadata = input.quality?.metadata ?? input.privacy?.metadata ?? metadataOf(input.real);
  const quality = qualityReport(input.real, input.synthetic, { ...input.quality, metadata });
  const started = performance.now();
  const privacyOptions: DcrOptions = { numRowsSubsample: DEFAULT_DCR_SUBSAMPLE, ...input.privacy, metadata };
  const baseline = dcrBaselineProtection(input.real, input.synthetic, privacyOptions);
  const overfitting = input.holdout ? dcrOverfittingProtection(input.real, input.synthetic, input.holdout, privacyOptions) : null;
  return {
    quality,
    privacy: {
      dcrBaselineProtection: baseline,
      dcrOverfittingProtection: overfitting,
      numRowsSubsample: privacyOptions.numRowsSubsample ?? null,
      seconds: (performance.now() - started) / 1000,
    },
  };
}
