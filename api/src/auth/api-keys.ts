import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { StoredRecord } from '../ports/record-store.js';
import type { Role } from './roles.js';

/** An API key as stored: only the SHA-256 of the secret is kept. */
export interface ApiKeyRecord extends StoredRecord {
  name: string;
  role: Role;
  tokenHash: string;
  revoked: boolean;
}

const PREFIX = 'vgl_';

export function generateApiKey(): string {
  return PREFIX + randomBytes(32).toString('base64url');
}

export function hashApiKey(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Constant-time comparison of two hex digests. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The record id is derived from the hash, so a key is found by one primary-key lookup. */
export const apiKeyId = (tokenHash: string) => `key_${tokenHash.slice(0, 24)}`;
