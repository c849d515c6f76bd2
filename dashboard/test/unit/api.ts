import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startApiProcess } from '@vigil/ml/testing';

export const ADMIN = 'vgl_unit-admin-token-0123456789abcdef';

/** The real API in its own process, so stores talk to the service they talk to in production. */
export async function startApi(): Promise<{ url: string; stop(): Promise<void> }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vigil-unit-'));
  const api = await startApiProcess({ VIGIL_DATA_DIR: dataDir, VIGIL_ADMIN_TOKEN: ADMIN });
  return { url: api.url, stop: async () => (await api.stop(), rm(dataDir, { recursive: true, force: true })) };
}
