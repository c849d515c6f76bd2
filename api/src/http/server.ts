import { createServer, type Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError, parse, validate, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { pinoHttp } from 'pino-http';
import { WebSocketServer } from 'ws';
import { isVigilError } from '@vigil/ml/errors';
import type { Principal } from '../auth/roles.js';
import type { Context } from '../graphql/context.js';
import { formatError, toGraphQLError } from '../graphql/errors.js';
import { checkLimits } from '../graphql/limits.js';
import { limitsPlugin, observabilityPlugin } from '../graphql/plugins.js';
import { registerRunDownloads } from '../diffusion/download.route.js';
import { checkBackends } from '../health/backend-checks.js';
import type { Services } from '../services.js';
import { serveDashboard } from './dashboard.js';
import { httpErrorHandler } from './error-responses.js';
import { requestIdOf } from './request-id.js';
import { registerFlowIngestRoute } from '../detect/flow-ingest.route.js';
import { registerUploadRoute } from '../documents/upload.route.js';

export interface HttpService {
  server: Server;
  apollo: ApolloServer<Context>;
  close(): Promise<void>;
}

/** Close code graphql-ws clients see when connection_init carries no valid token. */
export const WS_FORBIDDEN = 4403;

export async function createHttpService(services: Services, schema: GraphQLSchema): Promise<HttpService> {
  const { config, logger, metrics, authenticator } = services;
  const app = express();
  app.disable('x-powered-by');
  const server = createServer(app);

  const wsServer = new WebSocketServer({ server, path: '/graphql', maxPayload: config.http.maxBodyBytes });
  const wsCleanup = useServer<{ authorization?: string; Authorization?: string }, { principal?: Principal; requestId?: string }>(
    {
      schema,
      onConnect: async (ctx) => {
        const credential = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        try {
          const principal = await authenticator.authenticate(typeof credential === 'string' ? credential : null);
          if (!principal) return false;
          ctx.extra.principal = principal;
          ctx.extra.requestId = requestIdOf(ctx.extra.request);
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: (_ctx, _id, payload) => {
        // Returning the arguments ourselves lets the depth and cost limits apply to subscriptions too.
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
        }
        const invalid = validate(schema, document);
        if (invalid.length > 0) return [...invalid];
        const tooMuch = checkLimits(schema, document, payload.operationName, payload.variables, config.graphql);
        if (tooMuch) return [tooMuch];
        return { schema, document, operationName: payload.operationName ?? null, variableValues: payload.variables ?? null };
      },
      context: (ctx): Context => ({
        principal: ctx.extra.principal ?? null,
        requestId: ctx.extra.requestId ?? 'ws',
        logger: logger.child({ requestId: ctx.extra.requestId, transport: 'ws' }),
        services,
      }),
      // graphql-ws bypasses Apollo, so the same error formatting is applied to each result here.
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!('errors' in result) || !result.errors?.length) return undefined;
        return { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) } as never;
      },
      onError: (_ctx, _id, _payload, errors) => {
        logger.warn({ errors: errors.map((e) => e.message) }, 'subscription error');
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.graphql.introspection,
    csrfPrevention: true,
    formatError,
    includeStacktraceInErrorResponses: false,
    logger,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
      limitsPlugin(() => schema, config.graphql),
      observabilityPlugin(metrics),
    ],
  });
  await apollo.start();

  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const id = requestIdOf(req);
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/metrics' },
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    const backends = await checkBackends(services);
    const ready = backends.every((b) => b.ok);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', backends });
  });

  app.get('/metrics', async (_req, res) => {
    res.setHeader('content-type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });

  registerRunDownloads(app, services);
  registerUploadRoute(app, services);

  registerFlowIngestRoute(app, services);

  app.use(
    '/graphql',
    express.json({ limit: config.http.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<Context> => {
        const requestId = String(req.id);
        const base = { requestId, logger: req.log, services };
        try {
          return { ...base, principal: await authenticator.authenticate(req.headers.authorization) };
        } catch (error) {
          if (isVigilError(error)) throw toGraphQLError(error);
          throw error;
        }
      },
    }),
  );

  serveDashboard(app, config.http.dashboardDir);
  app.use(httpErrorHandler(logger));

  return {
    server,
    apollo,
    async close() {
      await apollo.stop();
    },
  };
}

