import { spawn } from 'node:child_process';
import { get } from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import { repoRoot } from './index.js';

export interface ApiProcess {
  url: string;
  stop(): Promise<void>;
}

/** A TCP port free on loopback right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

// node:http rather than fetch: under a DOM test environment, fetch is the page's and applies CORS.
const ready = (url: string) =>
  new Promise<boolean>((resolve) => {
    get(`${url}/readyz`, (res) => (res.resume(), resolve(res.statusCode === 200))).on('error', () => resolve(false));
  });

/**
 * The real service (`api/dist/src/main.js`, built) in its own process on loopback, for benchmarks and end-to-end
 * tests: load generators and browsers then never share its event loop. Resolves once `/readyz` answers.
 */
export async function startApiProcess(env: Record<string, string>, readyWithinMs = 30_000): Promise<ApiProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(repoRoot(), 'api/dist/src/main.js')], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let exitCode: number | null | undefined;
  child.once('exit', (code) => (exitCode = code));
  const deadline = Date.now() + readyWithinMs;
  while (!(await ready(url))) {
    if (exitCode !== undefined) throw new Error(`the API exited with ${exitCode} before it was ready`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the API was not ready within ${readyWithinMs} ms`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (exitCode !== undefined) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
