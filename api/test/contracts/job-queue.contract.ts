import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { JobEvent, JobQueue, JobRecord } from '../../src/ports/job-queue.js';
import { topics, type PubSub } from '../../src/ports/pubsub.js';

export const fixtureHandlers: Record<string, string> = {
  count: new URL('../fixtures/jobs/count.js', import.meta.url).href,
  busy: new URL('../fixtures/jobs/busy.js', import.meta.url).href,
  crash: new URL('../fixtures/jobs/crash.js', import.meta.url).href,
};

export interface JobQueueHarness {
  queue: JobQueue;
  pubsub: PubSub;
  /** Stops this queue instance (as a process stop would) and starts a new one on the same storage. */
  restart(): Promise<JobQueue>;
  dispose(): Promise<void>;
}

export async function waitFor(queue: JobQueue, id: string, states: JobRecord['state'][], timeoutMs = 15_000): Promise<JobRecord> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await queue.get(id);
    if (job && states.includes(job.state)) return job;
    if (Date.now() > deadline) throw new Error(`job ${id} is ${job?.state}, not ${states.join('|')}, after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Handlers named in `fixtureHandlers` must be registered by the harness. */
export function jobQueueContract(adapter: string, create: () => Promise<JobQueueHarness>) {
  const withQueue = (fn: (h: JobQueueHarness) => Promise<void>) => async () => {
    const harness = await create();
    try {
      await fn(harness);
    } finally {
      await harness.dispose();
    }
  };

  describe(`JobQueue contract: ${adapter}`, () => {
    it('runs a job to success, publishing progress and state changes', withQueue(async ({ queue, pubsub }) => {
      const events: JobEvent[] = [];
      const job = await queue.enqueue('count', { to: 3 });
      assert.equal(job.state, 'queued');
      const listening = (async () => {
        for await (const e of pubsub.subscribe<JobEvent>(topics.job(job.id))) {
          events.push(e);
          if (e.state === 'succeeded') break;
        }
      })();
      const done = await waitFor(queue, job.id, ['succeeded']);
      await listening;
      assert.deepEqual(done.result, { counted: 3, attempt: 1, options: (done.result as { options: unknown }).options });
      assert.equal(done.attempts, 1);
      assert.ok(done.finishedAt);
      const steps = events.filter((e) => e.state === 'running' && e.progress).map((e) => (e.progress as { step: number }).step);
      assert.deepEqual(steps.slice(-3), [1, 2, 3]);
    }));

    it('a failing job ends failed with its error message', withQueue(async ({ queue }) => {
      const job = await queue.enqueue('count', { to: 5, failAt: 2 });
      const done = await waitFor(queue, job.id, ['failed']);
      assert.equal(done.error, 'failed at 2 as asked');
    }));

    it('a job whose thread dies ends failed, and the queue goes on', withQueue(async ({ queue }) => {
      const crashed = await queue.enqueue('crash', {});
      const next = await queue.enqueue('count', { to: 1 });
      assert.match((await waitFor(queue, crashed.id, ['failed'])).error ?? '', /exited with code 3/);
      await waitFor(queue, next.id, ['succeeded']);
    }));

    it('an unknown job type is refused with BAD_USER_INPUT', withQueue(async ({ queue }) => {
      await assert.rejects(queue.enqueue('no-such-type', {}), { code: 'BAD_USER_INPUT' });
    }));

    it('cancels a running job and a queued one', withQueue(async ({ queue }) => {
      const running = await queue.enqueue('count', { to: 1000, delayMs: 10 });
      const queued = await queue.enqueue('count', { to: 1 });
      await waitFor(queue, running.id, ['running']);
      await queue.cancel(queued.id);
      await queue.cancel(running.id);
      assert.equal((await waitFor(queue, running.id, ['cancelled'])).state, 'cancelled');
      assert.equal((await waitFor(queue, queued.id, ['cancelled'])).state, 'cancelled');
      await assert.rejects(queue.cancel('no-such-job'), { code: 'NOT_FOUND' });
    }));

    it('CPU-bound work does not block the caller’s event loop', withQueue(async ({ queue }) => {
      const job = await queue.enqueue('busy', { ms: 800 });
      await waitFor(queue, job.id, ['running']);
      let ticks = 0;
      const timer = setInterval(() => ticks++, 10);
      await waitFor(queue, job.id, ['succeeded']);
      clearInterval(timer);
      // A blocked loop would tick about once in 800 ms; a free one ticks dozens of times.
      assert.ok(ticks >= 20, `event loop ticked only ${ticks} times while the job ran`);
    }));

    it('a job running when the service stops is resumed at the next start as attempt 2', withQueue(async (harness) => {
      const job = await harness.queue.enqueue('count', { to: 60, delayMs: 25 });
      await waitFor(harness.queue, job.id, ['running']);
      const queue = await harness.restart();
      const done = await waitFor(queue, job.id, ['succeeded']);
      assert.equal(done.attempts, 2);
      assert.equal((done.result as { attempt: number }).attempt, 2);
    }));
  });
}
