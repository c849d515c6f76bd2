import { createHash } from 'node:crypto';

/** sha256 of the bytes, as lowercase hex. */
export function contentHash(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
