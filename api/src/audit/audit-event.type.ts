import { Field, ID, ObjectType } from 'type-graphql';
import type { StoredRecord } from '../ports/record-store.js';

export interface AuditRecord extends StoredRecord {
  action: string;
  actorId: string;
  actorName: string;
  role: string;
  outcome: 'ok' | 'error';
  errorCode: string | null;
  requestId: string;
}

@ObjectType({ description: 'One mutation: who ran it, when, and how it ended. Arguments are not recorded (they may hold secrets).' })
export class AuditEvent {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The mutation field, e.g. createApiToken.' })
  action!: string;

  @Field()
  actorId!: string;

  @Field()
  actorName!: string;

  @Field()
  role!: string;

  @Field({ description: "'ok' or 'error'" })
  outcome!: string;

  @Field(() => String, { nullable: true })
  errorCode!: string | null;

  @Field()
  requestId!: string;

  @Field()
  createdAt!: string;
}

@ObjectType()
export class AuditEventPage {
  @Field(() => [AuditEvent])
  items!: AuditEvent[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last page.' })
  nextCursor!: string | null;
}
