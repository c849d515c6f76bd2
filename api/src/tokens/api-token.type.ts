import { Field, ID, ObjectType } from 'type-graphql';
import { RoleName } from '../auth/role.enum.js';

@ObjectType({ description: 'An API key. Its secret is shown once, at creation; only its hash is stored.' })
export class ApiToken {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => RoleName)
  role!: RoleName;

  @Field()
  revoked!: boolean;

  @Field()
  createdAt!: string;
}

@ObjectType()
export class CreatedApiToken {
  @Field({ description: 'The bearer token. It is not stored and cannot be shown again.' })
  token!: string;

  @Field(() => ApiToken)
  apiToken!: ApiToken;
}

@ObjectType({ description: 'The caller, as the API sees it.' })
export class Viewer {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => RoleName)
  role!: RoleName;

  @Field({ description: "'api-key' or 'jwt'" })
  via!: string;
}
