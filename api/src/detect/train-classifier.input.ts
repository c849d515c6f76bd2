import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ClassifierFamily, ClassifierTask, ClassWeighting, TrainingDataKind } from './enums.js';

@InputType('AugmentCountInput', { description: 'Synthetic rows to add for one class (AUGMENTED training).' })
export class ClassCountInput {
  @Field({ description: 'A class of the task, e.g. R2L.' })
  class!: string;
  @Field(() => Int)
  count!: number;
}

@InputType({ description: 'Training settings; every field has a default.' })
export class TrainConfigInput {
  @Field(() => Int, { nullable: true, description: 'Default 1.' })
  seed?: number | null;
  @Field(() => Int, { nullable: true, description: 'Folds of the novelty validation that chooses the threshold (default 3; 0: none).' })
  noveltyFolds?: number | null;
  @Field(() => Float, { nullable: true, description: 'A fixed P(attack) threshold instead of the validated one.' })
  threshold?: number | null;
  @Field(() => ClassWeighting, { nullable: true, description: 'Default SQRT for MULTICLASS, NONE for BINARY.' })
  classWeighting?: ClassWeighting | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Family options, e.g. {"epochs": 8} (logistic, mlp) or {"trees": 60} (trees).' })
  options?: Record<string, unknown> | null;
}

@InputType()
export class TrainClassifierInput {
  @Field(() => ClassifierFamily)
  family!: ClassifierFamily;
  @Field(() => ClassifierTask)
  task!: ClassifierTask;
  @Field(() => TrainingDataKind, { defaultValue: TrainingDataKind.REAL })
  trainingData!: TrainingDataKind;
  @Field(() => String, { nullable: true, description: 'NSL-KDD training file; relative to VIGIL_NSL_KDD_DIR (default KDDTrain+.txt).' })
  trainPath?: string | null;
  @Field(() => String, { nullable: true, description: 'Test file; default KDDTest+ and KDDTest-21 from VIGIL_NSL_KDD_DIR when present.' })
  testPath?: string | null;
  @Field(() => ID, { nullable: true, description: 'The diffusion run whose synthetic rows are used (SYNTHETIC, AUGMENTED).' })
  diffusionRunId?: string | null;
  @Field(() => [ClassCountInput], { nullable: true, description: 'Synthetic rows to add per class (AUGMENTED).' })
  augmentCounts?: ClassCountInput[] | null;
  @Field(() => TrainConfigInput, { nullable: true })
  config?: TrainConfigInput | null;
}
