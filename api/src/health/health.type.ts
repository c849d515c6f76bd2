import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class BackendHealth {
  @Field()
  name!: string;

  @Field()
  ok!: boolean;

  @Field(() => Float)
  latencyMs!: number;

  @Field(() => String, { nullable: true })
  detail!: string | null;
}

@ObjectType({ description: 'Service state: mode, backends, and anything running degraded.' })
export class Health {
  @Field({ description: "'ok' when every backend answers, otherwise 'degraded'" })
  status!: string;

  @Field()
  version!: string;

  @Field({ description: "'embedded' (one process, SQLite) or 'distributed'" })
  mode!: string;

  @Field(() => Float)
  uptimeSeconds!: number;

  @Field(() => Int, { description: 'Jobs waiting or running.' })
  queueDepth!: number;

  @Field(() => [BackendHealth])
  backends!: BackendHealth[];

  @Field(() => String, { nullable: true, description: 'What ML jobs compute on, e.g. "wasm (SIMD, 1 thread)" or "tfjs-node (libtensorflow)"; null if the probe failed.' })
  mlBackend!: string | null;

  @Field(() => [String], { description: 'Degraded modes a person should know about, e.g. lexical-only retrieval.' })
  notices!: string[];
}
