import { randomUUID } from 'node:crypto';
import type { MiddlewareFn } from 'type-graphql';
import { isVigilError } from '@vigil/ml/errors';
import type { Context } from '../graphql/context.js';
import { topics } from '../ports/pubsub.js';
import type { AuditRecord } from './audit-event.type.js';

/**
 * Records every root mutation attempt, refused ones included (it runs before the role checks), and publishes
 * it on the audit topic.
 */
export const AuditMutations: MiddlewareFn<Context> = async ({ info, context }, next) => {
  if (info.path.prev !== undefined || info.operation.operation !== 'mutation') return next();
  let outcome: AuditRecord['outcome'] = 'ok';
  let errorCode: string | null = null;
  try {
    return await next();
  } catch (error) {
    outcome = 'error';
    errorCode = isVigilError(error) ? error.code : 'INTERNAL_SERVER_ERROR';
    throw error;
  } finally {
    const { principal, services, requestId } = context;
    try {
      const record = await services.store.insert<AuditRecord>('audit', {
        id: randomUUID(),
        action: info.fieldName,
        actorId: principal?.id ?? 'anonymous',
        actorName: principal?.name ?? 'anonymous',
        role: principal?.role ?? 'none',
        outcome,
        errorCode,
        requestId,
      });
      await services.pubsub.publish(topics.audit, record);
    } catch (error) {
      context.logger.error({ err: error, action: info.fieldName }, 'could not record the audit event');
    }
  }
};
