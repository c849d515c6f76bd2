import { Arg, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { requireRole } from '../graphql/authorization.js';
import type { Context } from '../graphql/context.js';
import type { AlertFilter, AlertRecord } from './alert-record.js';
import { Alert, AlertFilterInput, AlertPage, AlertSubscriptionFilter } from './alert.type.js';
import { stoppable } from './stream.js';

const toAlert = (a: AlertRecord): Alert => a as unknown as Alert;

@Resolver()
export class AlertResolver {
  @Query(() => AlertPage, {
    description: 'Alerts, newest first, filtered.',
    complexity: ({ args, childComplexity }) => 1 + Number(args.limit ?? 50) * childComplexity,
  })
  async alerts(
    @Ctx() { services }: Context,
    @Arg('filter', () => AlertFilterInput, { nullable: true }) filter?: AlertFilterInput | null,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number = 50,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<AlertPage> {
    const page = await services.detect.alerts.list((filter ?? {}) as AlertFilter, limit, after ?? null);
    return { items: page.items.map(toAlert), nextCursor: page.nextCursor };
  }

  @Query(() => Alert)
  async alert(@Arg('id', () => ID) id: string, @Ctx() { services }: Context): Promise<Alert> {
    return toAlert(await services.detect.alerts.get(id));
  }

  @Mutation(() => Alert, { description: 'Marks an alert as handled; records who and when (analyst).' })
  async acknowledgeAlert(@Arg('id', () => ID) id: string, @Ctx() { services, principal }: Context): Promise<Alert> {
    return toAlert(await services.detect.alerts.acknowledge(id, requireRole(principal, 'analyst')));
  }

  @Subscription(() => Alert, {
    name: 'alerts',
    description: 'Alerts as they are raised, at or above a minimum severity and of one category when given.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { filter?: AlertSubscriptionFilter | null }, Context>) => {
      requireRole(context.principal, 'viewer');
      const filter = (args.filter ?? {}) as AlertFilter;
      return stoppable((signal) => context.services.detect.alerts.subscribe(filter, signal));
    },
  })
  alertFeed(@Root() alert: AlertRecord, @Arg('filter', () => AlertSubscriptionFilter, { nullable: true }) _filter?: AlertSubscriptionFilter | null): Alert {
    return toAlert(alert);
  }
}
