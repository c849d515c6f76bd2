import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { Metrics } from '../metrics/metrics.js';
import type { Context } from './context.js';
import { errorCode, isUnexpected } from './errors.js';
import { checkLimits, type QueryLimits } from './limits.js';

export function limitsPlugin(schema: () => GraphQLSchema, limits: QueryLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const error = checkLimits(schema(), document, request.operationName, request.variables, limits);
          if (error) throw error;
        },
      };
    },
  };
}

/** Operation count, latency and errors by operation name; unexpected errors logged with the request id. */
export function observabilityPlugin(metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors, contextValue, operation }) {
          const label = metrics.operationLabel(request.operationName ?? operation?.name?.value);
          for (const error of errors) {
            metrics.errors.inc({ operation: label, code: errorCode(error) });
            if (isUnexpected(error)) contextValue.logger.error({ err: error.originalError ?? error, path: error.path }, 'unexpected GraphQL error');
          }
        },
        async willSendResponse({ operation }) {
          const label = metrics.operationLabel(request.operationName ?? operation?.name?.value);
          const type = operation?.operation ?? 'unknown';
          metrics.operations.inc({ operation: label, type });
          metrics.duration.observe({ operation: label, type }, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}
