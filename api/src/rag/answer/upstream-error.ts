import { isVigilError, unavailable, type VigilError } from '@vigil/ml/errors';

/** Raised by the idle-timeout guard; mapped to UNAVAILABLE like any other upstream failure. */
export class UpstreamTimeout extends Error {
  override readonly name = 'UpstreamTimeout';
  constructor(readonly timeoutMs: number) {
    super(`no response within ${timeoutMs} ms`);
  }
}

/**
 * Every failure of a model server becomes a typed UNAVAILABLE error whose message says what to do; `details`
 * carries the HTTP status and a short reason (`rate_limited`, `server_error`, `timeout`, ...) for clients.
 */
export function toUpstreamError(provider: string, error: unknown, where: string): VigilError {
  if (isVigilError(error)) return error;
  if (error instanceof UpstreamTimeout) {
    return unavailable(
      `${provider} did not answer within ${error.timeoutMs} ms; try again, or raise the answer timeout`,
      { provider, reason: 'timeout', timeoutMs: error.timeoutMs },
      error,
    );
  }
  const status = statusOf(error);
  if (status === 429) {
    return unavailable(`${provider} is rate-limiting requests (HTTP 429); wait a minute and ask again`, { provider, status, reason: 'rate_limited' }, error);
  }
  if (status === 401 || status === 403) {
    return unavailable(`${provider} refused the credentials (HTTP ${status}); check the configured API key`, { provider, status, reason: 'unauthorised' }, error);
  }
  if (status !== undefined && status >= 500) {
    return unavailable(`${provider} failed (HTTP ${status}); try again later`, { provider, status, reason: 'server_error' }, error);
  }
  if (status !== undefined) {
    return unavailable(`${provider} rejected the request (HTTP ${status}); check the model name and server URL`, { provider, status, reason: 'rejected' }, error);
  }
  const message = error instanceof Error ? error.message : String(error);
  return unavailable(`cannot get an answer from ${provider} at ${where}: ${message}`, { provider, reason: 'unreachable' }, error);
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  const status = (error as { status: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}
