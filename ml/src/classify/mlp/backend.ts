import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';

let ready: Promise<void> | null = null;

/**
 * Selects TF.js's wasm backend once per process (single-threaded SIMD on Node; tfjs-node cannot install offline).
 * Kept minimal here: when `ml/src/tf` lands a shared backend initialiser, this should defer to it.
 */
export function ensureBackend(): Promise<void> {
  ready ??= (async () => {
    if (tf.getBackend() !== 'wasm') await tf.setBackend('wasm');
    await tf.ready();
  })();
  return ready;
}
