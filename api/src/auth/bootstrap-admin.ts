import type { RecordStore } from '../ports/record-store.js';
import { apiKeyId, generateApiKey, hashApiKey, type ApiKeyRecord } from './api-keys.js';

export type AdminBootstrap =
  | { kind: 'configured' }
  | { kind: 'existing' }
  | { kind: 'created'; token: string };

/**
 * Ensures an admin can sign in. A configured VIGIL_ADMIN_TOKEN is registered (by hash); otherwise, on the
 * first start only, a new admin token is created and returned so the caller prints it once.
 */
export async function bootstrapAdmin(store: RecordStore, configuredToken?: string): Promise<AdminBootstrap> {
  if (configuredToken) {
    const tokenHash = hashApiKey(configuredToken);
    await store.put<ApiKeyRecord>('tokens', { id: apiKeyId(tokenHash), name: 'admin (VIGIL_ADMIN_TOKEN)', role: 'admin', tokenHash, revoked: false });
    return { kind: 'configured' };
  }
  if ((await store.count('tokens', { role: 'admin', revoked: false })) > 0) return { kind: 'existing' };
  const token = generateApiKey();
  const tokenHash = hashApiKey(token);
  await store.insert<ApiKeyRecord>('tokens', { id: apiKeyId(tokenHash), name: 'admin (first start)', role: 'admin', tokenHash, revoked: false });
  return { kind: 'created', token };
}
