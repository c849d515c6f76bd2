import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../support/temp-dir.js';

const main = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/main.js');

interface Started {
  output: () => string;
  url: Promise<string>;
  stop(): Promise<number | null>;
}

function start(env: Record<string, string>): Started {
  let output = '';
  const child = spawn(process.execPath, [main], { env: { ...process.env, LOG_LEVEL: 'info', HOST: '127.0.0.1', PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/"url":"(http:\/\/[^"]+)\/graphql"/);
      if (match) resolve(match[1]!);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
  return {
    output: () => output,
    url,
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

describe('the service process', { timeout: 60_000 }, () => {
  it('exits non-zero naming PORT when PORT is not a number', async () => {
    const child = spawn(process.execPath, [main], { env: { ...process.env, PORT: 'abc' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    assert.notEqual(code, 0);
    assert.match(stderr, /PORT: expected a TCP port number/);
  });

  it('prints a new admin token once on first start, stores only its hash, and stops cleanly on SIGTERM', async () => {
    const tmp = await tempDir();
    try {
      const first = start({ VIGIL_DATA_DIR: tmp.dir });
      const url = await first.url;
      const token = first.output().match(/vgl_[A-Za-z0-9_-]{43}/)?.[0];
      assert.ok(token, 'the first start prints an admin token');
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { role } }' }),
      });
      assert.deepEqual(await res.json(), { data: { me: { role: 'admin' } } });
      assert.equal(await first.stop(), 0);

      for (const file of await readdir(tmp.dir)) {
        if (file.startsWith('vigil.db')) assert.ok(!(await readFile(path.join(tmp.dir, file))).includes(token!), `${file} holds the token in clear`);
      }

      const second = start({ VIGIL_DATA_DIR: tmp.dir });
      await second.url;
      assert.doesNotMatch(second.output(), /vgl_/, 'a second start prints no token');
      assert.equal(await second.stop(), 0);
    } finally {
      await tmp.remove();
    }
  });
});
