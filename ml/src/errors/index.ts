/**
 * The error codes are the public contract (`extensions.code` in GraphQL responses). Code anywhere in Vigil
 * throws a VigilError with one of them and a message a person can act on; the API maps it, never rewrites it.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  RATE_LIMITED: 'RATE_LIMITED',
  UNAVAILABLE: 'UNAVAILABLE',
  CONFLICT: 'CONFLICT',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class VigilError extends Error {
  override readonly name = 'VigilError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Machine-readable detail for clients (e.g. `{ line: 12, column: 'duration' }`). */
    readonly details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new VigilError(ErrorCode.BAD_USER_INPUT, message, details);
export const notFound = (what: string, id: string) =>
  new VigilError(ErrorCode.NOT_FOUND, `${what} '${id}' does not exist`, { id });
export const unavailable = (message: string, details?: Record<string, unknown>, cause?: unknown) =>
  new VigilError(ErrorCode.UNAVAILABLE, message, details, { cause });

export const isVigilError = (error: unknown): error is VigilError => error instanceof VigilError;
