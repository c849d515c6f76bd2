// Runs one CPU-heavy task (table validation, sampling, scoring) in its own worker thread, outside the job
// queue, so a request that waits for it never blocks the event loop or waits behind a training run.
import { Worker } from 'node:worker_threads';
import { ErrorCode, VigilError, isVigilError } from '@vigil/ml/errors';

export interface TaskFailure {
  error: { code: string; message: string; details: Record<string, unknown> };
}

const isFailure = (x: unknown): x is TaskFailure => typeof x === 'object' && x !== null && 'error' in x;

/** Turns any thrown value into a serialisable failure (VigilErrors keep their code and details). */
export function toFailure(error: unknown): TaskFailure {
  if (isVigilError(error)) return { error: { code: error.code, message: error.message, details: error.details } };
  return { error: { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error), details: {} } };
}

/** Runs `moduleUrl`'s default export with `input` in a fresh worker; rethrows its typed error. */
export function runTask<T>(moduleUrl: string | URL, input: unknown): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(new URL('./task-worker.js', import.meta.url), { workerData: { moduleUrl: String(moduleUrl), input } });
    let settled = false;
    worker.once('message', (message: { ok: true; value: T } | ({ ok: false } & TaskFailure)) => {
      settled = true;
      if (message.ok) resolve(message.value);
      else reject(fromFailure(message));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new VigilError(ErrorCode.UNAVAILABLE, `the task's worker exited with code ${code}`));
    });
  });
}

function fromFailure(failure: TaskFailure): Error {
  const { code, message, details } = failure.error;
  if (Object.values(ErrorCode).includes(code as ErrorCode)) return new VigilError(code as ErrorCode, message, details);
  return new Error(message);
}

export { isFailure };
