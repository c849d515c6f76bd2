import { pearson, type Table } from '../tables/index.js';
import { type CodePair, contingencySimilarityCodes, cramersV } from './contingency.js';
import { isConstant } from './correlation.js';
import { discretizeColumn } from './discretize.js';
import { nanMeanOf } from './mean.js';
import { type Random, sampleIndices, seededRandom } from './random.js';
import { alignCategorical, categoricalValues, checkColumns, type Metadata, numericValues } from './sdtypes.js';

/** Real-data strength a pair needs to count (SDMetrics ≥ 0.27 QualityReport: |r| > 0.5, Cramér's V > 0.3). */
export interface PairThresholds {
  realCorrelation: number;
  realAssociation: number;
}

export const SDMETRICS_027_THRESHOLDS: PairThresholds = { realCorrelation: 0.5, realAssociation: 0.3 };

export interface PairTrendsOptions {
  /** Score only strong pairs, as SDMetrics ≥ 0.27 does. Default: every pair (SDMetrics 0.26). */
  thresholds?: PairThresholds;
  /**
   * Rows sampled (per pair, per side) for ContingencySimilarity when a table is longer. SDMetrics' report uses
   * 50,000, unseeded; the default here is null (every row), which is deterministic and what that sample estimates.
   */
  numRowsSubsample?: number | null;
  /** Seed for the subsampling. */
  seed?: number;
}

export interface PairTrendDetail {
  column1: string;
  column2: string;
  metric: 'CorrelationSimilarity' | 'ContingencySimilarity';
  /** NaN when undefined (constant column) or, with thresholds, when the real pair is too weak. */
  score: number;
  /** Pearson r on each side, for numerical pairs (NaN otherwise). */
  realCorrelation: number;
  syntheticCorrelation: number;
  /** Cramér's V of the real pair, computed only with thresholds (NaN otherwise). */
  realAssociation: number;
  /** Whether the pair counts towards the score (always true without thresholds, unless the score is NaN). */
  meetsThreshold: boolean;
}

export interface PairTrends {
  score: number;
  details: PairTrendDetail[];
}

interface NumericSide {
  values: Float64Array;
  constant: boolean;
  /** Centred values divided by their norm, when the column has no NaN: r is then a dot product. */
  unit: Float64Array | null;
  bins: Int32Array | null;
}

const BIN_LEVELS = 12; // numpy.digitize over 11 edges gives 0..11

/**
 * SDMetrics ColumnPairTrends over every pair of metadata columns, in order: CorrelationSimilarity for two
 * numerical columns, ContingencySimilarity otherwise, a numerical column in a mixed pair binned into 10
 * equal-width bins over each table's own range.
 */
export function columnPairTrends(real: Table, synthetic: Table, metadata: Metadata, options: PairTrendsOptions = {}): PairTrends {
  checkColumns(metadata, real, synthetic);
  const names = Object.keys(metadata);
  const hasCategorical = names.some((n) => metadata[n] === 'categorical');
  const numeric = new Map<string, { real: NumericSide; synthetic: NumericSide }>();
  const categorical = new Map<string, { real: Int32Array; synthetic: Int32Array; levels: number }>();
  for (const name of names) {
    if (metadata[name] === 'numerical') {
      numeric.set(name, {
        real: numericSide(numericValues(real, name), hasCategorical),
        synthetic: numericSide(numericValues(synthetic, name), hasCategorical),
      });
    } else {
      const a = alignCategorical(categoricalValues(real.data(name)), categoricalValues(synthetic.data(name)));
      categorical.set(name, { real: a.real, synthetic: a.synthetic, levels: a.levels.length });
    }
  }
  const subsample = options.numRowsSubsample ?? null;
  const random = seededRandom(options.seed ?? 0);
  const thresholds = options.thresholds ?? { realCorrelation: 0, realAssociation: 0 };

  const details: PairTrendDetail[] = [];
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const c1 = names[i]!;
      const c2 = names[j]!;
      const n1 = numeric.get(c1);
      const n2 = numeric.get(c2);
      if (n1 && n2) {
        details.push(correlationPair(c1, c2, n1, n2, thresholds.realCorrelation));
        continue;
      }
      const side = (name: string, which: 'real' | 'synthetic'): { codes: Int32Array; levels: number } => {
        const num = numeric.get(name);
        if (num) return { codes: num[which].bins!, levels: BIN_LEVELS };
        const cat = categorical.get(name)!;
        return { codes: cat[which], levels: cat.levels };
      };
      const a = side(c1, 'real');
      const b = side(c2, 'real');
      let realPair: CodePair = { a: a.codes, b: b.codes };
      let synPair: CodePair = { a: side(c1, 'synthetic').codes, b: side(c2, 'synthetic').codes };
      if (subsample && Math.max(realPair.a.length, synPair.a.length) > subsample) {
        realPair = samplePair(realPair, subsample, random);
        synPair = samplePair(synPair, subsample, random);
      }
      details.push(contingencyPair(c1, c2, realPair, synPair, a.levels, b.levels, thresholds.realAssociation));
    }
  }
  const counted = details.filter((d) => d.meetsThreshold).map((d) => d.score);
  return { score: nanMeanOf(counted), details };
}

function numericSide(values: Float64Array, needBins: boolean): NumericSide {
  const constant = isConstant(values);
  let unit: Float64Array | null = null;
  let sum = 0;
  for (let k = 0; k < values.length; k++) sum += values[k]!;
  if (!constant && !Number.isNaN(sum)) {
    const n = values.length;
    const mean = sum / n;
    unit = new Float64Array(n);
    let norm = 0;
    for (let k = 0; k < n; k++) {
      const d = values[k]! - mean;
      unit[k] = d;
      norm += d * d;
    }
    norm = Math.sqrt(norm);
    for (let k = 0; k < n; k++) unit[k]! /= norm;
  }
  return { values, constant, unit, bins: needBins ? discretizeColumn(values) : null };
}

function correlationOf(x: NumericSide, y: NumericSide): number {
  if (x.unit && y.unit) {
    let dot = 0;
    const a = x.unit;
    const b = y.unit;
    for (let k = 0; k < a.length; k++) dot += a[k]! * b[k]!;
    return a.length === 2 ? Math.round(dot) : Math.min(1, Math.max(-1, dot));
  }
  return pearson(x.values, y.values);
}

function correlationPair(
  column1: string,
  column2: string,
  x: { real: NumericSide; synthetic: NumericSide },
  y: { real: NumericSide; synthetic: NumericSide },
  threshold: number,
): PairTrendDetail {
  const base = { column1, column2, metric: 'CorrelationSimilarity' as const, realAssociation: Number.NaN };
  // SDMetrics raises for a constant column before computing anything; the pair is NaN and never counts.
  if (x.real.constant || y.real.constant || x.synthetic.constant || y.synthetic.constant) {
    return { ...base, score: Number.NaN, realCorrelation: Number.NaN, syntheticCorrelation: Number.NaN, meetsThreshold: false };
  }
  const r = correlationOf(x.real, y.real);
  const s = correlationOf(x.synthetic, y.synthetic);
  const meetsThreshold = threshold > 0 ? !Number.isNaN(r) && Math.abs(r) > threshold : true;
  const score = !meetsThreshold || Number.isNaN(r) || Number.isNaN(s) ? Number.NaN : 1 - Math.abs(r - s) / 2;
  return { ...base, score, realCorrelation: r, syntheticCorrelation: s, meetsThreshold };
}

function contingencyPair(
  column1: string,
  column2: string,
  real: CodePair,
  synthetic: CodePair,
  levelsA: number,
  levelsB: number,
  threshold: number,
): PairTrendDetail {
  const base = { column1, column2, metric: 'ContingencySimilarity' as const, realCorrelation: Number.NaN, syntheticCorrelation: Number.NaN };
  let realAssociation = Number.NaN;
  if (threshold > 0) {
    realAssociation = cramersV(real, levelsA, levelsB);
    if (!(realAssociation > threshold)) return { ...base, score: Number.NaN, realAssociation, meetsThreshold: false };
  }
  return { ...base, score: contingencySimilarityCodes(real, synthetic, levelsA, levelsB), realAssociation, meetsThreshold: true };
}

function samplePair(pair: CodePair, n: number, random: Random): CodePair {
  const rows = sampleIndices(random, pair.a.length, n);
  return { a: Int32Array.from(rows, (r) => pair.a[r]!), b: Int32Array.from(rows, (r) => pair.b[r]!) };
}
