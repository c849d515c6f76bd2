// Backend selection for TensorFlow.js: tfjs-node when installed, else wasm (SIMD), else cpu.
export { backendFromEnv, initBackend, currentBackend, type BackendChoice, type BackendInfo, type BackendOptions } from './backend.js';
