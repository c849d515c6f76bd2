import { createPubSub, type PubSubEventTarget } from '@graphql-yoga/subscription';
import { SlidingBuffer } from '@repeaterjs/repeater';
import type { PubSub } from '../../ports/pubsub.js';

type Topics = Record<string, [unknown]>;

/**
 * Publish/subscribe over an EventTarget: in-process by default; the distributed mode passes a Redis-backed
 * event target to the same class. A subscriber that falls more than `bufferSize` events behind loses the
 * oldest ones rather than growing memory without bound.
 */
export class EventTargetPubSub implements PubSub {
  private readonly inner;
  private closed = false;

  constructor(options: { eventTarget?: PubSubEventTarget<Topics>; bufferSize?: number } = {}) {
    this.inner = createPubSub<Topics>({
      ...(options.eventTarget ? { eventTarget: options.eventTarget } : {}),
      repeaterBuffer: new SlidingBuffer(options.bufferSize ?? 1000),
    });
  }

  async publish<T>(topic: string, payload: T): Promise<void> {
    if (this.closed) return;
    this.inner.publish(topic, payload);
  }

  subscribe<T>(topic: string, signal?: AbortSignal): AsyncIterableIterator<T> {
    const repeater = this.inner.subscribe(topic) as unknown as AsyncIterableIterator<T>;
    if (signal) {
      if (signal.aborted) void repeater.return?.();
      else signal.addEventListener('abort', () => void repeater.return?.(), { once: true });
    }
    return repeater;
  }

  async ping(): Promise<void> {
    if (this.closed) throw new Error('pub/sub is closed');
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}
