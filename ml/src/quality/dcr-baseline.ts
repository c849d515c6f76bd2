import { nanMedian, type Table } from '../tables/index.js';
import { randomBaselineTable } from './baseline-data.js';
import { dcrDistances } from './dcr.js';
import { type Random, sampleIndices, seededRandom } from './random.js';
import { type Metadata, metadataOf } from './sdtypes.js';

export interface DcrOptions {
  /** Column sdtypes; by default from the real table's kinds. */
  metadata?: Metadata;
  /**
   * Rows sampled from each table per iteration (SDMetrics' num_rows_subsample). null compares every row, as
   * SDMetrics does by default; ignored (with one iteration) when larger than the synthetic table.
   */
  numRowsSubsample?: number | null;
  /** Iterations to average (SDMetrics' num_iterations). Default 1. */
  numIterations?: number;
  /** Seed for subsampling and the random baseline. Default 0. */
  seed?: number;
}

export interface DcrBaselineProtection {
  /** min(median DCR of synthetic / median DCR of random, 1), averaged over iterations; NaN if the baseline median is 0. */
  score: number;
  medianDcrToReal: { syntheticData: number; randomDataBaseline: number };
  rowsCompared: number;
  iterations: number;
}

/** Resolves SDMetrics' rule: a subsample larger than the synthetic table is ignored, with one iteration. */
export function subsamplePlan(options: DcrOptions, syntheticRows: number): { rows: number | null; iterations: number } {
  const rows = options.numRowsSubsample ?? null;
  if (rows !== null && rows > syntheticRows) return { rows: null, iterations: 1 };
  return { rows, iterations: Math.max(1, options.numIterations ?? 1) };
}

export const sampleRows = (table: Table, rows: number | null, random: Random): Table =>
  rows === null ? table : table.take(sampleIndices(random, table.rowCount, rows));

/**
 * SDMetrics DCRBaselineProtection: how far synthetic rows lie from the real data compared with random rows drawn
 * over the real data's domain. The random table is drawn at the sampled size directly (SDMetrics draws it at the
 * synthetic table's size and then samples from it, which gives the same distribution).
 */
export function dcrBaselineProtection(real: Table, synthetic: Table, options: DcrOptions = {}): DcrBaselineProtection {
  const metadata = options.metadata ?? metadataOf(real);
  const plan = subsamplePlan(options, synthetic.rowCount);
  const random = seededRandom(options.seed ?? 0);
  let sumSynthetic = 0;
  let sumRandom = 0;
  let sumScore = 0;
  let rowsCompared = 0;
  for (let it = 0; it < plan.iterations; it++) {
    const syntheticSample = sampleRows(synthetic, plan.rows, random);
    const randomSample = randomBaselineTable(real, plan.rows ?? synthetic.rowCount, metadata, random);
    const realSample = sampleRows(real, plan.rows, random);
    const syntheticMedian = nanMedian(dcrDistances(syntheticSample, realSample, metadata));
    const randomMedian = nanMedian(dcrDistances(randomSample, realSample, metadata));
    sumSynthetic += syntheticMedian;
    sumRandom += randomMedian;
    sumScore += randomMedian !== 0 ? Math.min(syntheticMedian / randomMedian, 1) : Number.NaN;
    rowsCompared = syntheticSample.rowCount;
  }
  return {
    score: sumRandom === 0 ? Number.NaN : sumScore / plan.iterations,
    medianDcrToReal: { syntheticData: sumSynthetic / plan.iterations, randomDataBaseline: sumRandom / plan.iterations },
    rowsCompared,
    iterations: plan.iterations,
  };
}
