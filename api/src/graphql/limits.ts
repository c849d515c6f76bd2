import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '@vigil/ml/errors';

export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
}

/** Nesting depth of an operation's selections, following fragments (introspection's own fields count too). */
export function operationDepth(operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): number {
  const visit = (set: SelectionSetNode, depth: number, seen: Set<string>): number => {
    let deepest = depth;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        deepest = Math.max(deepest, selection.selectionSet ? visit(selection.selectionSet, depth + 1, seen) : depth + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, visit(selection.selectionSet, depth, seen));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !seen.has(name)) deepest = Math.max(deepest, visit(fragment.selectionSet, depth, new Set([...seen, name])));
      }
    }
    return deepest;
  };
  return visit(operation.selectionSet, 0, new Set());
}

/**
 * Refuses an operation that is too deep or too costly before any resolver runs, with a typed error.
 * Runs after validation (HTTP: Apollo's didResolveOperation; WebSocket: graphql-ws onSubscribe).
 */
export function checkLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  limits: QueryLimits,
): GraphQLError | null {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return null;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const depth = operationDepth(operation, fragments);
  if (depth > limits.maxDepth) {
    return new GraphQLError(`Query is nested ${depth} levels deep; the limit is ${limits.maxDepth}. Ask for fewer nested fields.`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'QUERY_TOO_DEEP', depth, maxDepth: limits.maxDepth, http: { status: 400 } },
    });
  }
  const complexity = getComplexity({
    schema,
    query: document,
    ...(operationName ? { operationName } : {}),
    variables: variables ?? {},
    estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
  });
  if (complexity > limits.maxComplexity) {
    return new GraphQLError(
      `Query costs ${complexity}; the limit is ${limits.maxComplexity}. Ask for fewer fields or smaller pages.`,
      { extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'QUERY_TOO_COMPLEX', complexity, maxComplexity: limits.maxComplexity, http: { status: 400 } } },
    );
  }
  return null;
}
