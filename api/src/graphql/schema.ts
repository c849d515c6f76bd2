import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub as TypeGraphQLPubSub } from 'type-graphql';
import { AuditMutations } from '../audit/audit.middleware.js';
import { AuditResolver } from '../audit/audit.resolver.js';
import { AlertResolver } from '../detect/alert.resolver.js';
import { ClassifierResolver } from '../detect/classifier.resolver.js';
import { ClassifyResolver } from '../detect/classify.resolver.js';
import { ChatResolver } from '../chat/chat.resolver.js';
import { DocumentResolver } from '../documents/document.resolver.js';
import { ClusterResolver } from '../cluster/cluster.resolver.js';
import { RunResolver } from '../diffusion/run.resolver.js';
import { HealthResolver } from '../health/health.resolver.js';
import type { PubSub } from '../ports/pubsub.js';
import { TokenResolver } from '../tokens/token.resolver.js';
import { OperationRoleGuard } from './authorization.js';

export const resolvers = [HealthResolver, TokenResolver, AuditResolver, ClusterResolver, DocumentResolver, ChatResolver, RunResolver, ClassifierResolver, ClassifyResolver, AlertResolver] as const;

/** type-graphql's pub/sub shape over Vigil's port; a dynamic topic id becomes `topic:id`. */
export function bridgePubSub(pubsub: PubSub): TypeGraphQLPubSub {
  return {
    publish: (routingKey, payload) => void pubsub.publish(routingKey, payload),
    subscribe: (routingKey, dynamicId) => pubsub.subscribe(dynamicId === undefined ? routingKey : `${routingKey}:${String(dynamicId)}`),
  };
}

export function buildVigilSchema(pubsub: PubSub): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    globalMiddlewares: [AuditMutations, OperationRoleGuard],
    pubSub: bridgePubSub(pubsub),
    validate: false,
  });
}
