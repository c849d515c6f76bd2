import type { Table } from '../tables/index.js';
import { type ColumnShapeDetail, columnShapes } from './column-shapes.js';
import { columnPairTrends, type PairThresholds, type PairTrendDetail, type PairTrendsOptions } from './column-pair-trends.js';
import { nanMeanOf } from './mean.js';
import { type Metadata, metadataOf } from './sdtypes.js';

export interface QualityReportOptions extends PairTrendsOptions {
  /** Column sdtypes; by default from the real table's kinds (numeric → numerical, others categorical). */
  metadata?: Metadata;
}

/** SDMetrics' single-table QualityReport: fractions in 0..1, details per column and per pair. */
export interface QualityReport {
  overall: number;
  columnShapes: number;
  columnPairTrends: number;
  columns: ColumnShapeDetail[];
  pairs: PairTrendDetail[];
  rows: { real: number; synthetic: number };
  /** The thresholds a pair had to meet to count (SDMetrics ≥ 0.27), or null when every pair counts (0.26). */
  thresholds: PairThresholds | null;
  seconds: number;
}

/** Column Shapes, Column Pair Trends, and their mean (NaN properties left out, as numpy.nanmean does). */
export function qualityReport(real: Table, synthetic: Table, options: QualityReportOptions = {}): QualityReport {
  const started = performance.now();
  const metadata = options.metadata ?? metadataOf(real);
  const shapes = columnShapes(real, synthetic, metadata);
  const trends = columnPairTrends(real, synthetic, metadata, options);
  return {
    overall: nanMeanOf([shapes.score, trends.score]),
    columnShapes: shapes.score,
    columnPairTrends: trends.score,
    columns: shapes.details,
    pairs: trends.details,
    rows: { real: real.rowCount, synthetic: synthetic.rowCount },
    thresholds: options.thresholds ?? null,
    seconds: (performance.now() - started) / 1000,
  };
}
