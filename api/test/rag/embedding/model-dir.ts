import os from 'node:os';
import path from 'node:path';

/** Where ops/scripts/fetch-embedding-model.sh puts the model (EMBEDDING_MODEL_DIR overrides it for tests). */
export function testModelDir(): string {
  const cache = process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache');
  return process.env.EMBEDDING_MODEL_DIR ?? path.join(cache, 'vigil', 'models', 'all-MiniLM-L6-v2');
}
