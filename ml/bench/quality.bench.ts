// Times the SDMetrics-compatible quality report on KDDTrain+ (125,973 × 42) against a perturbed bootstrap copy.
import { median, writeBenchResult } from '../src/bench/index.js';
import { DEFAULT_DCR_SUBSAMPLE, evaluateSynthetic, qualityReport, type Random, seededRandom } from '../src/quality/index.js';
import { type ColumnData, loadTableFile, NSL_KDD, Table } from '../src/tables/index.js';
import { sharedData } from '../src/testing/index.js';

const RUNS = 3;
const SEED = 42;

/** Bootstrap rows, then nudge 10% of numeric cells by Gaussian noise (σ = the column's sd) and resample 2% of categories. */
function perturbedCopy(table: Table, random: Random): Table {
  const rows = Int32Array.from({ length: table.rowCount }, () => Math.floor(random() * table.rowCount));
  const copy = table.take(rows);
  const data = copy.columns.map((spec, c): ColumnData => {
    const d = copy.dataAt(c);
    if (d.type === 'numeric') {
      let sum = 0;
      let sq = 0;
      let lo = Infinity;
      let hi = -Infinity;
      for (const v of d.values) (sum += v, sq += v * v, lo = Math.min(lo, v), hi = Math.max(hi, v));
      const sd = Math.sqrt(Math.max(0, sq / d.values.length - (sum / d.values.length) ** 2));
      const values = d.values.map((v) => (random() < 0.1 ? Math.min(hi, Math.max(lo, v + sd * gaussian(random))) : v));
      return { type: 'numeric', values };
    }
    if (spec.kind === 'label') return d;
    const codes = d.codes.map((code) => (random() < 0.02 ? Math.floor(random() * d.levels.length) : code));
    return { type: 'categorical', codes, levels: d.levels };
  });
  return new Table(copy.columns, data);
}

function gaussian(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** The quality report on KDDTrain+ (125,973 × 42) against a perturbed copy: median seconds of RUNS, after one warm-up. */
export async function measureQualityReport() {
  const loadStart = performance.now();
  const { table: real } = await loadTableFile(sharedData('nsl-kdd', 'KDDTrain+.txt'), NSL_KDD);
  const loadSeconds = (performance.now() - loadStart) / 1000;
  const synthetic = perturbedCopy(real, seededRandom(SEED));
  const times: number[] = [];
  let report = qualityReport(real, synthetic);
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    report = qualityReport(real, synthetic);
    times.push((performance.now() - started) / 1000);
  }
  return { real, synthetic, report, times, loadSeconds };
}

export default async function (): Promise<string> {
  const { real, synthetic, report, times, loadSeconds } = await measureQualityReport();
  const half = Math.floor(real.rowCount / 2);
  const privacyStart = performance.now();
  const evaluation = evaluateSynthetic({ real: real.slice(0, half), synthetic, holdout: real.slice(half), privacy: { seed: SEED } });
  const privacySeconds = (performance.now() - privacyStart) / 1000 - evaluation.quality.seconds;

  return writeBenchResult('quality', {
    keys: { quality_report_seconds: median(times) },
    figures: {
      quality_report_seconds: { value: median(times), unit: 's (median of 3, Column Shapes + Column Pair Trends)' },
      load_seconds: { value: loadSeconds, unit: 's (parse KDDTrain+.txt into a typed table)' },
      dcr_seconds: { value: privacySeconds, unit: `s (DCRBaselineProtection + DCROverfittingProtection, ${DEFAULT_DCR_SUBSAMPLE} rows sampled)` },
      overall: { value: report.overall, unit: 'fraction (perturbed bootstrap copy vs KDDTrain+)' },
      column_shapes: { value: report.columnShapes, unit: 'fraction' },
      column_pair_trends: { value: report.columnPairTrends, unit: 'fraction' },
      dcr_baseline_protection: { value: evaluation.privacy.dcrBaselineProtection.score, unit: 'fraction (vs first half of KDDTrain+)' },
      dcr_overfitting_protection: { value: evaluation.privacy.dcrOverfittingProtection?.score ?? Number.NaN, unit: 'fraction (holdout: second half)' },
    },
    work: { rows: real.rowCount, columns: real.columns.length, synthetic_rows: synthetic.rowCount, pairs: report.pairs.length, runs: RUNS },
    notes: [
      'Synthetic table: bootstrap of KDDTrain+ (seed 42), 10% of numeric cells nudged by N(0, sd) within the column range, 2% of categories resampled.',
      'Contingency pairs use every row (SDMetrics samples 50,000 at random); DCR samples rows as SDMetrics num_rows_subsample does.',
    ],
  });
}
