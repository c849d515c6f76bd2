import type { ErrorRequestHandler } from 'express';
import { ErrorCode } from '@vigil/ml/errors';
import type { Logger } from '../logging/logger.js';

/** Errors raised before GraphQL runs (body too large, malformed JSON) as GraphQL-shaped typed errors. */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: { status?: number; type?: string; message?: string }, _req, res, _next) => {
    const status = error.status ?? 500;
    let message: string;
    if (error.type === 'entity.too.large') message = 'The request body is larger than this service accepts (VIGIL_MAX_BODY_BYTES).';
    else if (error.type === 'entity.parse.failed') message = 'The request body is not valid JSON.';
    else if (status < 500) message = error.message ?? 'Bad request.';
    else {
      logger.error({ err: error }, 'HTTP request failed');
      message = 'Internal error.';
    }
    res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? ErrorCode.BAD_USER_INPUT : 'INTERNAL_SERVER_ERROR' } }] });
  };
}
