import { Arg, Ctx, Int, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { RequireRole, requireRole } from '../graphql/authorization.js';
import type { Context } from '../graphql/context.js';
import { topics } from '../ports/pubsub.js';
import { AuditEvent, AuditEventPage, type AuditRecord } from './audit-event.type.js';

@Resolver()
export class AuditResolver {
  @RequireRole('admin')
  @Query(() => AuditEventPage, {
    description: 'Mutations run against this service, newest first (admin).',
    complexity: ({ args, childComplexity }) => 1 + Number(args.limit ?? 50) * childComplexity,
  })
  async auditEvents(
    @Ctx() { services }: Context,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<AuditEventPage> {
    const page = await services.store.find<AuditRecord>('audit', { order: 'desc', limit, ...(after ? { after } : {}) });
    return { items: page.items, nextCursor: page.nextCursor };
  }

  @Subscription(() => AuditEvent, {
    description: 'Each mutation as it happens (admin).',
    // Checked when the subscription starts, so a refused caller gets an error rather than a silent stream.
    subscribe: ({ context }: SubscribeResolverData<unknown, unknown, Context>) => {
      requireRole(context.principal, 'admin');
      return context.services.pubsub.subscribe(topics.audit);
    },
  })
  auditEvent(@Root() event: AuditRecord): AuditEvent {
    return event;
  }
}
