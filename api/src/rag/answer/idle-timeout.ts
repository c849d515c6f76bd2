import { UpstreamTimeout } from './upstream-error.js';

/**
 * Iterates `open(signal)` and fails with {@link UpstreamTimeout} when no item arrives for `timeoutMs`
 * (waiting for the first one included), whatever the SDK underneath does. Stopping early, timing out or the
 * caller's `signal` aborts the request.
 */
export async function* withIdleTimeout<T>(
  open: (signal: AbortSignal) => AsyncIterable<T>,
  timeoutMs: number,
  signal?: AbortSignal,
): AsyncGenerator<T> {
  const controller = new AbortController();
  const forward = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forward, { once: true });
  const iterator = open(controller.signal)[Symbol.asyncIterator]();
  try {
    signal?.throwIfAborted();
    for (;;) {
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new UpstreamTimeout(timeoutMs)), timeoutMs);
      });
      let step: IteratorResult<T>;
      try {
        step = await Promise.race([iterator.next(), expired]);
      } finally {
        clearTimeout(timer);
      }
      if (step.done) return;
      yield step.value;
    }
  } finally {
    signal?.removeEventListener('abort', forward);
    controller.abort();
    // Not awaited: a generator still inside a hung request only settles once the abort reaches it.
    iterator.return?.()?.catch(() => {});
  }
}
