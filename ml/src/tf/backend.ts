import { createRequire } from 'node:module';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { badInput } from '../errors/index.js';

/** What the process computes on; reported in health, run metadata and benchmarks. */
export interface BackendInfo {
  /** The tfjs backend name: 'tensorflow' (tfjs-node), 'wasm' or 'cpu'. */
  name: string;
  /** Human-readable detail, e.g. 'wasm (SIMD, 1 thread)'. */
  detail: string;
  simd: boolean;
  threads: number;
}

export type BackendChoice = 'tensorflow' | 'wasm' | 'cpu';
const CHOICES = ['auto', 'tensorflow', 'wasm', 'cpu'] as const;

export interface BackendOptions {
  /**
   * Force a backend. Default: the TF_BACKEND environment variable (auto, tensorflow, wasm, cpu; worker threads
   * inherit it), and with it unset or auto, tfjs-node when importable, else wasm.
   */
  prefer?: BackendChoice;
  /** wasm threads (XNNPACK). tfjs disables the threaded build on Node; this only takes effect where it is enabled. */
  threads?: number;
}

let ready: Promise<BackendInfo> | undefined;

/**
 * Selects the fastest backend available, once per process (later calls return the first result).
 * tfjs-node is an optional fast path: it is loaded by a dynamic import and skipped when not installed.
 */
export function initBackend(options: BackendOptions = {}): Promise<BackendInfo> {
  ready ??= select(options).catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  return ready;
}

/** The TF_BACKEND environment variable as a preference (undefined = auto); anything else is a typed error. */
export function backendFromEnv(value = process.env['TF_BACKEND']): BackendChoice | undefined {
  if (value === undefined || value === '' || value === 'auto') return undefined;
  if (!(CHOICES as readonly string[]).includes(value)) {
    throw badInput(`TF_BACKEND must be one of ${CHOICES.join(', ')} (got '${value}')`, { field: 'TF_BACKEND' });
  }
  return value as BackendChoice;
}

async function select(options: BackendOptions): Promise<BackendInfo> {
  const prefer = options.prefer ?? backendFromEnv();
  if (prefer === undefined || prefer === 'tensorflow') {
    if (await tryTfjsNode()) return { name: 'tensorflow', detail: 'tfjs-node (libtensorflow)', simd: true, threads: 0 };
    if (prefer === 'tensorflow') {
      throw badInput('TF_BACKEND=tensorflow but @tensorflow/tfjs-node is not installed: run ops/scripts/provision-tfjs-node.sh', { field: 'TF_BACKEND' });
    }
  }
  if (prefer !== 'cpu') {
    setWasmPaths(wasmDir());
    if (options.threads !== undefined) setThreadsCount(options.threads);
    if (await tf.setBackend('wasm')) {
      await tf.ready();
      const simd = Boolean(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'));
      const threaded = Boolean(await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT'));
      const threads = threaded ? (options.threads ?? 0) : 1;
      return { name: 'wasm', detail: `wasm (${simd ? 'SIMD' : 'no SIMD'}, ${threaded ? 'threaded' : '1 thread'})`, simd, threads };
    }
  }
  await tf.setBackend('cpu');
  await tf.ready();
  return { name: 'cpu', detail: 'cpu (plain JavaScript)', simd: false, threads: 1 };
}

/** Directory of the wasm binaries, as a file path with a trailing separator (emscripten reads it with fs on Node). */
function wasmDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm')) + path.sep;
}

async function tryTfjsNode(): Promise<boolean> {
  const name = '@tensorflow/tfjs-node';
  // libtensorflow logs INFO lines (CPU features, thread pools) to stderr at load unless told otherwise.
  process.env['TF_CPP_MIN_LOG_LEVEL'] ??= '2';
  try {
    // A variable specifier keeps TypeScript from requiring the package at compile time.
    await import(/* webpackIgnore: true */ name);
  } catch {
    return false;
  }
  try {
    return (await tf.setBackend('tensorflow')) && tf.getBackend() === 'tensorflow';
  } catch {
    return false;
  }
}

/** The backend currently in use, or undefined before initBackend. */
export function currentBackend(): string | undefined {
  return ready === undefined ? undefined : tf.getBackend();
}

