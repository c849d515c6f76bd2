import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PubSub } from '../../src/ports/pubsub.js';

async function take<T>(iterator: AsyncIterableIterator<T>, n: number, timeoutMs = 3000): Promise<T[]> {
  const out: T[] = [];
  const deadline = setTimeout(() => void iterator.return?.(), timeoutMs);
  for await (const value of iterator) {
    out.push(value);
    if (out.length === n) break;
  }
  clearTimeout(deadline);
  return out;
}

/** `settle` lets a networked adapter finish subscribing before the first publish. */
export function pubSubContract(adapter: string, create: () => Promise<{ pubsub: PubSub; dispose(): Promise<void> }>, settle = () => new Promise((r) => setTimeout(r, 20))) {
  describe(`PubSub contract: ${adapter}`, () => {
    it('delivers payloads in order to every subscriber of a topic, and not to other topics', async () => {
      const { pubsub, dispose } = await create();
      try {
        const a = pubsub.subscribe<{ n: number }>('alerts');
        const b = pubsub.subscribe<{ n: number }>('alerts');
        const other = pubsub.subscribe<{ n: number }>('runs');
        const gotA = take(a, 3);
        const gotB = take(b, 3);
        const gotOther = take(other, 1, 300);
        await settle();
        for (let n = 1; n <= 3; n++) await pubsub.publish('alerts', { n });
        assert.deepEqual(await gotA, [{ n: 1 }, { n: 2 }, { n: 3 }]);
        assert.deepEqual(await gotB, [{ n: 1 }, { n: 2 }, { n: 3 }]);
        assert.deepEqual(await gotOther, []);
      } finally {
        await dispose();
      }
    });

    it('an aborted subscription ends', async () => {
      const { pubsub, dispose } = await create();
      try {
        const controller = new AbortController();
        const iterator = pubsub.subscribe('alerts', controller.signal);
        const done = take(iterator, 5);
        await settle();
        await pubsub.publish('alerts', { n: 1 });
        await settle();
        controller.abort();
        assert.deepEqual(await done, [{ n: 1 }]);
      } finally {
        await dispose();
      }
    });

    it('answers ping', async () => {
      const { pubsub, dispose } = await create();
      await pubsub.ping();
      await dispose();
    });
  });
}
