import { UseMiddleware, type MiddlewareFn, type NextFn, type ResolverData } from 'type-graphql';
import { ErrorCode, VigilError } from '@vigil/ml/errors';
import { satisfies, type Principal, type Role } from '../auth/roles.js';
import type { Context } from './context.js';

export function requireRole(principal: Principal | null, needed: Role): Principal {
  if (!principal) {
    throw new VigilError(ErrorCode.UNAUTHENTICATED, 'Sign in: send an API key or JWT as `Authorization: Bearer <token>`.');
  }
  if (!satisfies(principal.role, needed)) {
    throw new VigilError(ErrorCode.FORBIDDEN, `This needs the ${needed} role; your token has the ${principal.role} role.`, {
      needed,
      held: principal.role,
    });
  }
  return principal;
}

/**
 * The floor for every root field, so no resolver can forget it: queries and subscriptions need viewer,
 * mutations need analyst. `@RequireRole('admin')` raises it further for single fields.
 */
export const OperationRoleGuard: MiddlewareFn<Context> = async ({ info, context }, next) => {
  if (info.path.prev === undefined) {
    requireRole(context.principal, info.operation.operation === 'mutation' ? 'analyst' : 'viewer');
  }
  return next();
};

/**
 * Raises the floor for one field. A field middleware (not `@Authorized`) so that it runs inside the global
 * audit middleware, and refused attempts are audited too.
 */
export const RequireRole = (role: Role): MethodDecorator =>
  UseMiddleware(async ({ context }: ResolverData<Context>, next: NextFn) => {
    requireRole(context.principal, role);
    return next();
  });
