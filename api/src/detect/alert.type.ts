import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { SeverityName } from './enums.js';

@ObjectType({ description: 'A MITRE ATT&CK technique, named from the ingested ATT&CK data where present.' })
export class AttackTechnique {
  @Field({ description: 'e.g. T1498' })
  id!: string;
  @Field({ description: 'The technique name; the id itself when no ATT&CK data is ingested.' })
  name!: string;
  @Field()
  url!: string;
  @Field({ description: "'attack-data' (ingested ATT&CK documents) or 'fallback'." })
  source!: string;
}

@ObjectType({ description: 'A flow classified as an attack.' })
export class Alert {
  @Field(() => ID)
  id!: string;
  @Field()
  time!: string;
  @Field(() => SeverityName)
  severity!: SeverityName;
  @Field({ description: 'DoS, Probe, R2L, U2R (or attack when no MULTICLASS model is promoted).' })
  category!: string;
  @Field(() => Float)
  pAttack!: number;
  @Field(() => [AttackTechnique])
  techniques!: AttackTechnique[];
  @Field(() => GraphQLJSONObject, { description: 'The flow record (NSL-KDD fields).' })
  record!: Record<string, unknown>;
  @Field(() => ID, { description: 'The promoted model version that decided.' })
  modelId!: string;
  @Field(() => ID, { nullable: true, description: 'The promoted MULTICLASS model that named the category.' })
  categoryModelId!: string | null;
  @Field(() => Float)
  threshold!: number;
  @Field({ description: "'graphql' (classifyRecords) or 'ndjson' (POST /ingest/flows)." })
  source!: string;
  @Field()
  acknowledged!: boolean;
  @Field(() => String, { nullable: true })
  acknowledgedBy!: string | null;
  @Field(() => String, { nullable: true })
  acknowledgedAt!: string | null;
}

@ObjectType()
export class AlertPage {
  @Field(() => [Alert])
  items!: Alert[];
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last page.' })
  nextCursor!: string | null;
}

@InputType()
export class AlertFilterInput {
  @Field(() => SeverityName, { nullable: true })
  minSeverity?: SeverityName | null;
  @Field(() => String, { nullable: true })
  category?: string | null;
  @Field(() => Boolean, { nullable: true })
  acknowledged?: boolean | null;
}

@InputType()
export class AlertSubscriptionFilter {
  @Field(() => SeverityName, { nullable: true })
  minSeverity?: SeverityName | null;
  @Field(() => String, { nullable: true })
  category?: string | null;
}
