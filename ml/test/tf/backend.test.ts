import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { test } from 'node:test';
import { isVigilError } from '../../src/errors/index.js';
import { backendFromEnv } from '../../src/tf/index.js';

const run = promisify(execFile);
const probe = fileURLToPath(new URL('./train-probe.js', import.meta.url));

interface Probe {
  backend: string;
  losses: number[];
  numericMeans: number[];
}

async function probeOn(backend: string): Promise<Probe> {
  const { stdout } = await run(process.execPath, [probe], { env: { ...process.env, TF_BACKEND: backend }, timeout: 120_000 });
  return JSON.parse(stdout) as Probe;
}

test('TF_BACKEND: auto or unset chooses automatically, a backend name forces it, anything else is a typed error', () => {
  assert.equal(backendFromEnv(''), undefined);
  assert.equal(backendFromEnv('auto'), undefined);
  assert.equal(backendFromEnv('wasm'), 'wasm');
  assert.equal(backendFromEnv('tensorflow'), 'tensorflow');
  assert.throws(() => backendFromEnv('gpu'), (e) => isVigilError(e) && e.code === 'BAD_USER_INPUT' && /TF_BACKEND must be one of auto, tensorflow, wasm, cpu/.test(e.message));
});

// CI installs tfjs-node (ops/scripts/provision-tfjs-node.sh); both backends must train and sample alike.
test('tfjs-node (libtensorflow from the tensorflow-cpu wheel) and wasm give the same training run and samples', async () => {
  const wasm = await probeOn('wasm');
  const native = await probeOn('tensorflow').catch((error: Error & { stderr?: string }) => {
    assert.fail(`the tensorflow backend did not run (install it with ops/scripts/provision-tfjs-node.sh): ${error.stderr ?? error.message}`);
  });
  assert.equal(wasm.backend, 'wasm');
  assert.equal(native.backend, 'tensorflow');
  assert.equal(native.losses.length, 20);
  // Same seed, same batches and noise: float32 kernels differ in summation order only.
  assert.ok(Math.abs(native.losses[0]! - wasm.losses[0]!) < 1e-4 * wasm.losses[0]!, `first loss ${native.losses[0]} vs ${wasm.losses[0]}`);
  native.losses.forEach((l, i) => assert.ok(Math.abs(l - wasm.losses[i]!) < 1e-3 * wasm.losses[i]!, `loss ${i}: ${l} vs ${wasm.losses[i]}`));
  native.numericMeans.forEach((m, i) => assert.ok(Math.abs(m - wasm.numericMeans[i]!) < 1e-3 * (1 + Math.abs(wasm.numericMeans[i]!)), `mean of numeric ${i}: ${m} vs ${wasm.numericMeans[i]}`));
});

test('TF_BACKEND=cpu is honoured even when faster backends are installed', async () => {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', `
    const { initBackend } = await import(${JSON.stringify(new URL('../../src/tf/index.js', import.meta.url).href)});
    process.stdout.write((await initBackend()).name);`], { env: { ...process.env, TF_BACKEND: 'cpu' } });
  assert.equal(stdout, 'cpu');
});
