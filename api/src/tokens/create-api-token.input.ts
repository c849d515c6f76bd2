import { Field, InputType } from 'type-graphql';
import { RoleName } from '../auth/role.enum.js';

@InputType()
export class CreateApiTokenInput {
  @Field({ description: 'Who or what uses the token, e.g. "flow feeder" (1-100 characters).' })
  name!: string;

  @Field(() => RoleName)
  role!: RoleName;
}
