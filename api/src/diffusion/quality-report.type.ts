import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { SyntheticEvaluation } from '@vigil/ml/quality';
import { finiteOrNull } from './run.type.js';

@ObjectType()
export class ColumnShapeType {
  @Field() column!: string;
  @Field({ description: 'KSComplement or TVComplement' }) metric!: string;
  @Field(() => Float, { nullable: true }) score!: number | null;
}

@ObjectType()
export class PairTrendType {
  @Field() column1!: string;
  @Field() column2!: string;
  @Field({ description: 'CorrelationSimilarity or ContingencySimilarity' }) metric!: string;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => Float, { nullable: true }) realCorrelation!: number | null;
  @Field(() => Float, { nullable: true }) syntheticCorrelation!: number | null;
  @Field() meetsThreshold!: boolean;
}

@ObjectType({ description: 'SDMetrics DCRBaselineProtection: synthetic rows vs random rows, by distance to the closest real record.' })
export class DcrBaselineType {
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => Float, { nullable: true }) medianDcrSynthetic!: number | null;
  @Field(() => Float, { nullable: true }) medianDcrRandomBaseline!: number | null;
  @Field(() => Int) rowsCompared!: number;
}

@ObjectType({ description: 'SDMetrics DCROverfittingProtection: are synthetic rows closer to the training rows than to a holdout?' })
export class DcrOverfittingType {
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => Float) closerToTraining!: number;
  @Field(() => Float) closerToHoldout!: number;
  @Field(() => Int) rowsCompared!: number;
}

@ObjectType({ description: 'SDMetrics-compatible quality (fractions 0..1) and DCR privacy of a synthetic table.' })
export class QualityReportType {
  @Field(() => Float, { nullable: true }) overall!: number | null;
  @Field(() => Float, { nullable: true }) columnShapes!: number | null;
  @Field(() => Float, { nullable: true }) columnPairTrends!: number | null;
  @Field(() => [ColumnShapeType]) columns!: ColumnShapeType[];
  @Field(() => [PairTrendType]) pairs!: PairTrendType[];
  @Field(() => Int) realRows!: number;
  @Field(() => Int) syntheticRows!: number;
  @Field({ description: 'Whether only strong pairs counted (SDMetrics ≥ 0.27).' }) strongPairsOnly!: boolean;
  @Field(() => DcrBaselineType) dcrBaselineProtection!: DcrBaselineType;
  @Field(() => DcrOverfittingType, { nullable: true, description: 'Null without a holdout.' }) dcrOverfittingProtection!: DcrOverfittingType | null;
  @Field(() => Int, { nullable: true, description: 'Rows per DCR comparison (null: all).' }) dcrRowsSubsample!: number | null;
  @Field(() => Float) seconds!: number;
}

export function toQualityReport(e: SyntheticEvaluation): QualityReportType {
  const q = e.quality;
  const o = e.privacy.dcrOverfittingProtection;
  const b = e.privacy.dcrBaselineProtection;
  return {
    overall: finiteOrNull(q.overall),
    columnShapes: finiteOrNull(q.columnShapes),
    columnPairTrends: finiteOrNull(q.columnPairTrends),
    columns: q.columns.map((c) => ({ column: c.column, metric: c.metric, score: finiteOrNull(c.score) })),
    pairs: q.pairs.map((p) => ({
      column1: p.column1,
      column2: p.column2,
      metric: p.metric,
      score: finiteOrNull(p.score),
      realCorrelation: finiteOrNull(p.realCorrelation),
      syntheticCorrelation: finiteOrNull(p.syntheticCorrelation),
      meetsThreshold: p.meetsThreshold,
    })),
    realRows: q.rows.real,
    syntheticRows: q.rows.synthetic,
    strongPairsOnly: q.thresholds !== null,
    dcrBaselineProtection: {
      score: finiteOrNull(b.score),
      medianDcrSynthetic: finiteOrNull(b.medianDcrToReal.syntheticData),
      medianDcrRandomBaseline: finiteOrNull(b.medianDcrToReal.randomDataBaseline),
      rowsCompared: b.rowsCompared,
    },
    dcrOverfittingProtection: o
      ? { score: finiteOrNull(o.score), closerToTraining: o.syntheticDataPercentages.closerToTraining, closerToHoldout: o.syntheticDataPercentages.closerToHoldout, rowsCompared: o.rowsCompared }
      : null,
    dcrRowsSubsample: e.privacy.numRowsSubsample,
    seconds: q.seconds + e.privacy.seconds,
  };
}
