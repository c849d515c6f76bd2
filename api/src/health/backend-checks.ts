import type { Services } from '../services.js';

export interface BackendStatus {
  name: string;
  ok: boolean;
  latencyMs: number;
  detail: string | null;
}

const TIMEOUT_MS = 2000;

async function probe(name: string, check: () => Promise<unknown>): Promise<BackendStatus> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS))),
    ]);
    return { name, ok: true, latencyMs: performance.now() - started, detail: null };
  } catch (error) {
    return { name, ok: false, latencyMs: performance.now() - started, detail: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

/** Asks every configured backend to answer; readiness means all of them did. */
export function checkBackends(services: Services): Promise<BackendStatus[]> {
  return Promise.all([
    probe('record-store', () => services.store.ping()),
    probe('search-index', () => services.search.ping()),
    probe('pubsub', () => services.pubsub.ping()),
    probe('job-queue', () => services.jobs.ping()),
    probe('artifact-store', () => services.artifacts.ping()),
  ]);
}
