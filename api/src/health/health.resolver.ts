import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { checkBackends } from './backend-checks.js';
import { Health } from './health.type.js';

@Resolver()
export class HealthResolver {
  @Query(() => Health)
  async health(@Ctx() { services }: Context): Promise<Health> {
    const mlNotices: string[] = [];
    const [backends, queueDepth, mlBackend] = await Promise.all([
      checkBackends(services),
      services.jobs.depth(),
      services.runs.backend().catch((error: unknown) => {
        mlNotices.push(`ML backend unavailable: ${(error as Error).message}`);
        return null;
      }),
    ]);
    return {
      status: backends.every((b) => b.ok) ? 'ok' : 'degraded',
      version: services.version,
      mode: services.config.store.kind,
      uptimeSeconds: (Date.now() - services.startedAt.getTime()) / 1000,
      queueDepth,
      backends,
      mlBackend,
      notices: [...services.rag.notices, ...mlNotices],
    };
  }
}
