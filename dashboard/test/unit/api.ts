import { spawn } from 'node:child_process';
import { get } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const ADMIN = 'vgl_unit-admin-token-0123456789abcdef';
const repo = path.resolve(__dirname, '../../..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The real API in its own process, so stores talk to the service they talk to in production. */
export async function startApi(): Promise<{ url: string; stop(): Promise<void> }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vigil-unit-'));
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(repo, 'api/dist/src/main.js')], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', VIGIL_DATA_DIR: dataDir, VIGIL_ADMIN_TOKEN: ADMIN },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    // node:http, not fetch: under happy-dom, fetch is the page's and applies CORS from its origin.
    const ready = await new Promise<boolean>((resolve) => {
      get(`${url}/readyz`, (res) => (res.resume(), resolve(res.statusCode === 200))).on('error', () => resolve(false));
    });
    if (ready) break;
    if (i > 300 || child.exitCode !== null) throw new Error('the API did not become ready');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: async () => {
      await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM'))));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
