// The worker side of runTask: imports the task module, runs it, posts the value or a typed failure.
import { parentPort, workerData } from 'node:worker_threads';
import { toFailure } from './worker-task.js';

const { moduleUrl, input } = workerData as { moduleUrl: string; input: unknown };
try {
  const module = (await import(moduleUrl)) as { default: (input: unknown) => Promise<unknown> };
  parentPort!.postMessage({ ok: true, value: await module.default(input) });
} catch (error) {
  parentPort!.postMessage({ ok: false, ...toFailure(error) });
}
