// Runs one job handler in a worker thread, so CPU work never blocks the event loop that serves GraphQL.
import { parentPort, workerData } from 'node:worker_threads';
import type { JobContext, JobHandler } from '../../ports/job-queue.js';

export interface WorkerInput {
  moduleUrl: string;
  jobId: string;
  payload: unknown;
  attempt: number;
  options: Record<string, unknown>;
}

export type WorkerMessage =
  | { kind: 'progress'; progress: unknown }
  | { kind: 'result'; result: unknown }
  | { kind: 'error'; message: string; stack?: string; cancelled: boolean };

const input = workerData as WorkerInput;
const port = parentPort!;
const controller = new AbortController();
port.on('message', (message: { kind: string; reason?: string }) => {
  if (message.kind === 'cancel') controller.abort(new Error(message.reason ?? 'cancelled'));
});

const send = (message: WorkerMessage) => port.postMessage(message);

try {
  const module = (await import(input.moduleUrl)) as { default?: JobHandler };
  if (typeof module.default !== 'function') throw new Error(`job module ${input.moduleUrl} has no default export handler`);
  const context: JobContext = {
    jobId: input.jobId,
    signal: controller.signal,
    options: input.options,
    attempt: input.attempt,
    reportProgress: (progress) => send({ kind: 'progress', progress }),
  };
  const result = await module.default(input.payload, context);
  send({ kind: 'result', result: result ?? null });
} catch (error) {
  const err = error instanceof Error ? error : new Error(String(error));
  send({ kind: 'error', message: err.message, ...(err.stack ? { stack: err.stack } : {}), cancelled: controller.signal.aborted });
}
port.close();
