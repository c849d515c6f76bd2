import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode, VigilError, isVigilError } from '@vigil/ml/errors';

/** Codes Apollo and graphql-js produce for a malformed request: all of them are the client's input. */
const REQUEST_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const PUBLIC_CODES = new Set<string>(Object.values(ErrorCode));

export const INTERNAL_MESSAGE = 'Internal error: the service could not complete this request. It has been logged.';

/** The code a client will see for this error (before masking). */
export function errorCode(error: unknown): string {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (isVigilError(original)) return original.code;
  const code = error instanceof GraphQLError ? String(error.extensions?.code ?? '') : '';
  if (PUBLIC_CODES.has(code)) return code;
  const beforeExecution = error instanceof GraphQLError && !error.path && error.locations;
  return REQUEST_ERRORS.has(code) || beforeExecution ? ErrorCode.BAD_USER_INPUT : 'INTERNAL_SERVER_ERROR';
}

const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

/** For errors that fail a whole request (raised before execution), with the matching HTTP status. */
export function toGraphQLError(error: VigilError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: {
      code: error.code,
      ...(Object.keys(error.details).length ? { details: error.details } : {}),
      http: { status: HTTP_STATUS[error.code] },
    },
    originalError: error,
  });
}

/**
 * Every error leaves with a code from the public list and a message a person can act on; anything
 * unexpected is masked (the original is logged with the request id by the logging plugin).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (isVigilError(original)) {
    return {
      ...formatted,
      message: original.message,
      extensions: { code: original.code, ...(Object.keys(original.details).length ? { details: original.details } : {}) },
    };
  }
  const code = String(formatted.extensions?.code ?? '');
  if (PUBLIC_CODES.has(code)) return formatted;
  // No path: the request failed before any resolver ran (parse, validation, variable coercion).
  if (REQUEST_ERRORS.has(code) || (error instanceof GraphQLError && !formatted.path && formatted.locations)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT, reason: code } };
  }
  return { message: INTERNAL_MESSAGE, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

export const isUnexpected = (error: unknown): boolean => {
  if (error instanceof GraphQLError) {
    const code = String(error.extensions?.code ?? '');
    if (PUBLIC_CODES.has(code) || REQUEST_ERRORS.has(code)) return false;
    if (!error.path && error.locations) return false;
  }
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (isVigilError(original)) return false;
  if (original instanceof GraphQLError) {
    const code = String(original.extensions?.code ?? '');
    return !(PUBLIC_CODES.has(code) || REQUEST_ERRORS.has(code));
  }
  return true;
};
