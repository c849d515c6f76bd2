// Backend selection for TensorFlow.js: tfjs-node when installed, else wasm (SIMD), else cpu.
export { initBackend, currentBackend, type BackendInfo, type BackendOptions } from './backend.js';
