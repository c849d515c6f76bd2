import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const dashboard = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test('src/gql (operation types) is what graphql-codegen generates from schema.graphql (run `npm run codegen -w @vigil/dashboard`)', () => {
  const bin = path.resolve(dashboard, '../node_modules/.bin/graphql-codegen');
  const run = spawnSync(bin, ['--config', 'codegen.ts', '--check'], { cwd: dashboard, encoding: 'utf8' });
  assert.equal(run.status, 0, `generated types are stale:\n${run.stdout}\n${run.stderr}`);
});
