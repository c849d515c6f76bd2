import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { badInput, notFound } from '@vigil/ml/errors';
import { apiKeyId, generateApiKey, hashApiKey, type ApiKeyRecord } from '../auth/api-keys.js';
import { RoleName } from '../auth/role.enum.js';
import { RequireRole, requireRole } from '../graphql/authorization.js';
import type { Context } from '../graphql/context.js';
import { ApiToken, CreatedApiToken, Viewer } from './api-token.type.js';
import { CreateApiTokenInput } from './create-api-token.input.js';

const toApiToken = (r: ApiKeyRecord): ApiToken => ({ id: r.id, name: r.name, role: r.role as RoleName, revoked: r.revoked, createdAt: r.createdAt });

@Resolver()
export class TokenResolver {
  @Query(() => Viewer, { description: 'Who the bearer token belongs to, and its role.' })
  me(@Ctx() { principal }: Context): Viewer {
    const p = requireRole(principal, 'viewer');
    return { id: p.id, name: p.name, role: p.role as RoleName, via: p.via };
  }

  @RequireRole('admin')
  @Query(() => [ApiToken], { description: 'Every API key (admin).' })
  async apiTokens(@Ctx() { services }: Context): Promise<ApiToken[]> {
    const page = await services.store.find<ApiKeyRecord>('tokens', { limit: 1000 });
    return page.items.map(toApiToken);
  }

  @RequireRole('admin')
  @Mutation(() => CreatedApiToken, { description: 'Creates an API key (admin). The token is returned once.' })
  async createApiToken(@Arg('input') input: CreateApiTokenInput, @Ctx() { services }: Context): Promise<CreatedApiToken> {
    const name = input.name.trim();
    if (name.length < 1 || name.length > 100) throw badInput('name must be 1 to 100 characters', { field: 'name' });
    const token = generateApiKey();
    const tokenHash = hashApiKey(token);
    const record = await services.store.insert<ApiKeyRecord>('tokens', { id: apiKeyId(tokenHash), name, role: input.role, tokenHash, revoked: false });
    return { token, apiToken: toApiToken(record) };
  }

  @RequireRole('admin')
  @Mutation(() => ApiToken, { description: 'Revokes an API key (admin); it stops working within seconds.' })
  async revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() { services }: Context): Promise<ApiToken> {
    const record = await services.store.get<ApiKeyRecord>('tokens', id);
    if (!record) throw notFound('API token', id);
    const revoked = await services.store.update<ApiKeyRecord>('tokens', id, { revoked: true });
    services.authenticator.forget(record.tokenHash);
    return toApiToken(revoked);
  }
}
