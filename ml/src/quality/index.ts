// Quality: SDMetrics-compatible quality report (Column Shapes, Column Pair Trends) and DCR privacy metrics.
export { type ColumnShapeDetail, type ColumnShapes, columnShapes } from './column-shapes.js';
export {
  columnPairTrends,
  type PairThresholds,
  type PairTrendDetail,
  type PairTrends,
  type PairTrendsOptions,
  SDMETRICS_027_THRESHOLDS,
} from './column-pair-trends.js';
export { type CodePair, contingencySimilarity, contingencySimilarityCodes, cramersV } from './contingency.js';
export { type CorrelationBreakdown, correlationSimilarity, isConstant } from './correlation.js';
export { digitize, discretizeColumn, histogramBinEdges } from './discretize.js';
export { ksComplement, ksStatistic, ksStatisticSorted, roundTo14Decimals } from './ks.js';
export { tvComplement, tvComplementCodes } from './tv.js';
export { type QualityReport, qualityReport, type QualityReportOptions } from './report.js';
export { dcrDistances } from './dcr.js';
export { randomBaselineTable } from './baseline-data.js';
export { type DcrBaselineProtection, dcrBaselineProtection, type DcrOptions } from './dcr-baseline.js';
export { type DcrOverfittingProtection, dcrOverfittingProtection } from './dcr-overfitting.js';
export { DEFAULT_DCR_SUBSAMPLE, evaluateSynthetic, type EvaluateInput, type SyntheticEvaluation } from './evaluate.js';
export { alignCategorical, type AlignedCodes, type Metadata, metadataOf, type SdType } from './sdtypes.js';
export { type Random, sampleIndices, seededRandom } from './random.js';
