import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest ancestor holding the workspace's package-lock.json or .git. */
export function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (dir !== path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git')) || existsSync(path.join(dir, 'package-lock.json'))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error('repoRoot: no repository root above ' + fileURLToPath(import.meta.url));
}

/**
 * Test and benchmark data live outside the repository, in `../shared/data` beside the checkout
 * (override with VIGIL_SHARED_DATA). They are never copied in.
 */
export function sharedData(...segments: string[]): string {
  const base = process.env.VIGIL_SHARED_DATA ?? path.resolve(repoRoot(), '..', 'shared', 'data');
  const full = path.join(base, ...segments);
  if (!existsSync(full)) throw new Error(`shared data missing: ${full} (set VIGIL_SHARED_DATA to ../shared/data)`);
  return full;
}
export { freePort, startApiProcess, type ApiProcess } from './api-process.js';
