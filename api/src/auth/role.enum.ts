import { registerEnumType } from 'type-graphql';

export enum RoleName {
  viewer = 'viewer',
  analyst = 'analyst',
  admin = 'admin',
}

registerEnumType(RoleName, { name: 'Role', description: 'viewer reads; analyst also runs mutations; admin also deletes, promotes and manages tokens' });
