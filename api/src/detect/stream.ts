import { Repeater } from '@repeaterjs/repeater';

/**
 * An async iterator over `source(signal)` that stops its source at once when the consumer leaves (an async
 * generator cannot be returned while it awaits its next event; a Repeater can, and aborts the signal).
 */
export function stoppable<T>(source: (signal: AbortSignal) => AsyncIterable<T>): AsyncIterableIterator<T> {
  return new Repeater<T>(async (push, stop) => {
    const controller = new AbortController();
    void stop.then(() => controller.abort());
    try {
      for await (const value of source(controller.signal)) {
        if (controller.signal.aborted) break;
        await push(value);
      }
      stop();
    } catch (error) {
      if (controller.signal.aborted) stop();
      else stop(error);
    }
  });
}
