import type { Table } from '../tables/index.js';
import { type DcrOptions, sampleRows, subsamplePlan } from './dcr-baseline.js';
import { dcrDistances } from './dcr.js';
import { seededRandom } from './random.js';
import { metadataOf } from './sdtypes.js';

export interface DcrOverfittingProtection {
  /** min(2 · (1 − share of synthetic rows closer to training than to holdout), 1), averaged over iterations. */
  score: number;
  syntheticDataPercentages: { closerToTraining: number; closerToHoldout: number };
  rowsCompared: number;
  iterations: number;
}

/**
 * SDMetrics DCROverfittingProtection: whether synthetic rows sit closer to the training rows than to a holdout
 * of real rows the generator never saw. Each distance uses its own reference's ranges, as SDMetrics does.
 */
export function dcrOverfittingProtection(training: Table, synthetic: Table, holdout: Table, options: DcrOptions = {}): DcrOverfittingProtection {
  const metadata = options.metadata ?? metadataOf(training);
  const plan = subsamplePlan(options, synthetic.rowCount);
  const random = seededRandom(options.seed ?? 0);
  let sumScore = 0;
  let sumCloser = 0;
  let rowsCompared = 0;
  for (let it = 0; it < plan.iterations; it++) {
    const syntheticSample = sampleRows(synthetic, plan.rows, random);
    const trainingSample = sampleRows(training, plan.rows, random);
    const holdoutSample = sampleRows(holdout, plan.rows, random);
    const toTraining = dcrDistances(syntheticSample, trainingSample, metadata);
    const toHoldout = dcrDistances(syntheticSample, holdoutSample, metadata);
    let closer = 0;
    for (let i = 0; i < toTraining.length; i++) if (toTraining[i]! < toHoldout[i]!) closer++;
    const share = closer / toTraining.length;
    sumCloser += share;
    sumScore += Math.min((1 - share) * 2, 1);
    rowsCompared = syntheticSample.rowCount;
  }
  const closerToTraining = sumCloser / plan.iterations;
  return {
    score: sumScore / plan.iterations,
    syntheticDataPercentages: { closerToTraining, closerToHoldout: 1 - closerToTraining },
    rowsCompared,
    iterations: plan.iterations,
  };
}
