import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ClassifierFamily, ClassifierTask, ClassWeighting, JobStateName, ModelStatusName, TrainingDataKind } from './enums.js';

@ObjectType()
export class MacroMetrics {
  @Field(() => Float)
  precision!: number;
  @Field(() => Float)
  recall!: number;
  @Field(() => Float)
  f1!: number;
}

@ObjectType()
export class ClassMetrics extends MacroMetrics {
  @Field()
  class!: string;
  @Field(() => Int, { description: 'True rows of this class.' })
  support!: number;
}

@ObjectType()
export class RocPoint {
  @Field(() => Float)
  threshold!: number;
  @Field(() => Float)
  fpr!: number;
  @Field(() => Float)
  tpr!: number;
}

@ObjectType({ description: 'Metrics on one test split (e.g. KDDTest+), at the model\'s threshold.' })
export class SplitMetrics {
  @Field()
  split!: string;
  @Field(() => Int)
  rows!: number;
  @Field(() => Float, { description: 'Accuracy of the served decision (P(attack) ≥ threshold; for MULTICLASS, category = most probable attack class).' })
  accuracy!: number;
  @Field(() => Float, { description: 'Accuracy of the plain argmax (threshold 0.5 for BINARY).' })
  argmaxAccuracy!: number;
  @Field(() => [ClassMetrics])
  perClass!: ClassMetrics[];
  @Field(() => MacroMetrics)
  macro!: MacroMetrics;
  @Field(() => [[Int]], { description: 'confusion[true][predicted], in `classes` order.' })
  confusion!: number[][];
  @Field(() => Float, { nullable: true, description: 'BINARY only.' })
  rocAuc!: number | null;
  @Field(() => [RocPoint], { nullable: true, description: 'BINARY only; at most 200 points.' })
  roc!: RocPoint[] | null;
}

@ObjectType({ description: 'Where the training rows came from.' })
export class ClassifierLineage {
  @Field(() => String, { nullable: true, description: 'sha256 of the training file (the synthetic file for SYNTHETIC).' })
  datasetSha256!: string | null;
  @Field(() => String, { nullable: true })
  syntheticSha256!: string | null;
  @Field(() => String, { nullable: true })
  diffusionRunId!: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Synthetic rows added per class (AUGMENTED).' })
  augmentCounts!: Record<string, number> | null;
  @Field(() => Int)
  trainRows!: number;
}

@ObjectType({ description: 'How the threshold was chosen: novelty validation on the training rows (whole attack types held out).' })
export class ThresholdValidation {
  @Field(() => Int)
  folds!: number;
  @Field(() => Float, { nullable: true })
  youden!: number | null;
  @Field(() => Float, { nullable: true, description: 'Detection rate averaged over held-out attack types.' })
  tpr!: number | null;
  @Field(() => Float, { nullable: true })
  fpr!: number | null;
  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType()
export class ClassifierConfig {
  @Field(() => Int)
  seed!: number;
  @Field(() => Int)
  noveltyFolds!: number;
  @Field(() => Float, { nullable: true })
  threshold!: number | null;
  @Field(() => ClassWeighting)
  classWeighting!: ClassWeighting;
  @Field(() => GraphQLJSONObject)
  options!: Record<string, unknown>;
}

@ObjectType({ description: 'One trained classifier version in the model registry.' })
export class Classifier {
  @Field(() => ID)
  id!: string;
  @Field(() => ClassifierFamily)
  family!: ClassifierFamily;
  @Field(() => ClassifierTask)
  task!: ClassifierTask;
  @Field(() => TrainingDataKind)
  trainingData!: TrainingDataKind;
  @Field(() => ModelStatusName)
  status!: ModelStatusName;
  @Field(() => ID)
  jobId!: string;
  @Field(() => [String])
  classes!: string[];
  @Field(() => Int, { nullable: true, description: 'Encoded input features.' })
  features!: number | null;
  @Field(() => Float, { nullable: true, description: 'P(attack) at or above which a record is an attack (raises an alert).' })
  threshold!: number | null;
  @Field(() => ThresholdValidation, { nullable: true })
  validation!: ThresholdValidation | null;
  @Field(() => [SplitMetrics])
  metrics!: SplitMetrics[];
  @Field(() => ClassifierConfig)
  config!: ClassifierConfig;
  @Field(() => ClassifierLineage)
  lineage!: ClassifierLineage;
  @Field()
  promoted!: boolean;
  @Field(() => String, { nullable: true })
  promotedBy!: string | null;
  @Field(() => String, { nullable: true })
  promotedAt!: string | null;
  @Field(() => Int, { nullable: true })
  fitMs!: number | null;
  @Field(() => String, { nullable: true })
  error!: string | null;
  @Field()
  createdBy!: string;
  @Field()
  createdAt!: string;
}

@ObjectType({ description: 'Training progress of one classifier.' })
export class ClassifierProgress {
  @Field(() => ID)
  modelId!: string;
  @Field(() => ID)
  jobId!: string;
  @Field(() => JobStateName)
  state!: JobStateName;
  @Field(() => String, { nullable: true, description: 'load, validate, fit, evaluate or save.' })
  phase!: string | null;
  @Field(() => Int, { nullable: true })
  step!: number | null;
  @Field(() => Int, { nullable: true })
  total!: number | null;
  @Field(() => Float, { nullable: true })
  loss!: number | null;
  @Field(() => String, { nullable: true })
  message!: string | null;
  @Field(() => String, { nullable: true })
  error!: string | null;
}
