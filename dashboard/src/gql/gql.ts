/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query OverviewAudit {\n    auditEvents(limit: 15) {\n      items {\n        id\n        action\n        actorName\n        role\n        outcome\n        errorCode\n        createdAt\n      }\n    }\n  }\n": typeof types.OverviewAuditDocument,
    "\n  subscription OverviewAuditLive {\n    auditEvent {\n      id\n      action\n      actorName\n      role\n      outcome\n      errorCode\n      createdAt\n    }\n  }\n": typeof types.OverviewAuditLiveDocument,
    "\n  query OverviewCluster {\n    cluster {\n      source\n      windowSeconds\n      queueDepth\n      services {\n        service\n        requestsPerSecond\n        p95LatencyMs\n        errorRate\n        cpuPercent\n        memoryMb\n      }\n    }\n  }\n": typeof types.OverviewClusterDocument,
    "\n  query OverviewHealth {\n    health {\n      status\n      version\n      mode\n      queueDepth\n      backends {\n        name\n        ok\n        latencyMs\n        detail\n      }\n    }\n  }\n": typeof types.OverviewHealthDocument,
    "\n  query SessionMe {\n    me {\n      id\n      name\n      role\n    }\n  }\n": typeof types.SessionMeDocument,
};
const documents: Documents = {
    "\n  query OverviewAudit {\n    auditEvents(limit: 15) {\n      items {\n        id\n        action\n        actorName\n        role\n        outcome\n        errorCode\n        createdAt\n      }\n    }\n  }\n": types.OverviewAuditDocument,
    "\n  subscription OverviewAuditLive {\n    auditEvent {\n      id\n      action\n      actorName\n      role\n      outcome\n      errorCode\n      createdAt\n    }\n  }\n": types.OverviewAuditLiveDocument,
    "\n  query OverviewCluster {\n    cluster {\n      source\n      windowSeconds\n      queueDepth\n      services {\n        service\n        requestsPerSecond\n        p95LatencyMs\n        errorRate\n        cpuPercent\n        memoryMb\n      }\n    }\n  }\n": types.OverviewClusterDocument,
    "\n  query OverviewHealth {\n    health {\n      status\n      version\n      mode\n      queueDepth\n      backends {\n        name\n        ok\n        latencyMs\n        detail\n      }\n    }\n  }\n": types.OverviewHealthDocument,
    "\n  query SessionMe {\n    me {\n      id\n      name\n      role\n    }\n  }\n": types.SessionMeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewAudit {\n    auditEvents(limit: 15) {\n      items {\n        id\n        action\n        actorName\n        role\n        outcome\n        errorCode\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewAudit {\n    auditEvents(limit: 15) {\n      items {\n        id\n        action\n        actorName\n        role\n        outcome\n        errorCode\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OverviewAuditLive {\n    auditEvent {\n      id\n      action\n      actorName\n      role\n      outcome\n      errorCode\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  subscription OverviewAuditLive {\n    auditEvent {\n      id\n      action\n      actorName\n      role\n      outcome\n      errorCode\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewCluster {\n    cluster {\n      source\n      windowSeconds\n      queueDepth\n      services {\n        service\n        requestsPerSecond\n        p95LatencyMs\n        errorRate\n        cpuPercent\n        memoryMb\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewCluster {\n    cluster {\n      source\n      windowSeconds\n      queueDepth\n      services {\n        service\n        requestsPerSecond\n        p95LatencyMs\n        errorRate\n        cpuPercent\n        memoryMb\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewHealth {\n    health {\n      status\n      version\n      mode\n      queueDepth\n      backends {\n        name\n        ok\n        latencyMs\n        detail\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewHealth {\n    health {\n      status\n      version\n      mode\n      queueDepth\n      backends {\n        name\n        ok\n        latencyMs\n        detail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionMe {\n    me {\n      id\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  query SessionMe {\n    me {\n      id\n      name\n      role\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;