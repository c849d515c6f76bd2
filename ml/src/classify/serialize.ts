import { badInput } from '../errors/index.js';

/** Float32 arrays travel in JSON as base64 of their little-endian bytes: exact and compact. */
export function encodeF32(values: Float32Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}

export function decodeF32(encoded: unknown, expectedLength?: number): Float32Array {
  if (typeof encoded !== 'string') throw badInput('model state: expected a base64 float array');
  const bytes = Buffer.from(encoded, 'base64');
  const out = new Float32Array(bytes.byteLength / 4);
  new Uint8Array(out.buffer).set(bytes);
  if (expectedLength !== undefined && out.length !== expectedLength) {
    throw badInput(`model state: expected ${expectedLength} values, got ${out.length}`);
  }
  return out;
}

export function encodeI32(values: Int32Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}

export function decodeI32(encoded: unknown): Int32Array {
  if (typeof encoded !== 'string') throw badInput('model state: expected a base64 int array');
  const bytes = Buffer.from(encoded, 'base64');
  const out = new Int32Array(bytes.byteLength / 4);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}
