import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Alert } from './alert.type.js';

@ObjectType()
export class ClassProbability {
  @Field()
  class!: string;
  @Field(() => Float)
  probability!: number;
}

@ObjectType({ description: "One feature's share in the decision (for linear models weight × value against the class mean)." })
export class FeatureContribution {
  @Field({ description: 'Encoded feature, e.g. `src_bytes` or `service=private`.' })
  feature!: string;
  @Field(() => Float, { description: 'Positive values push towards the predicted class.' })
  value!: number;
}

@ObjectType()
export class ClassifiedRecord {
  @Field(() => Int)
  index!: number;
  @Field({ description: 'normal, or the attack category.' })
  label!: string;
  @Field()
  attack!: boolean;
  @Field(() => Float)
  pAttack!: number;
  @Field(() => String, { nullable: true })
  category!: string | null;
  @Field(() => [ClassProbability])
  probabilities!: ClassProbability[];
  @Field(() => [FeatureContribution])
  contributions!: FeatureContribution[];
  @Field(() => Alert, { nullable: true, description: 'The alert raised for this record (attacks only).' })
  alert!: Alert | null;
}
