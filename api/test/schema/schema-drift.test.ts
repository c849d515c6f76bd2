import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '@vigil/ml/testing';
import { printVigilSchema } from '../../src/schema/print-schema.js';

test('schema.graphql is what the resolvers generate (run `npm run schema` after changing them)', async () => {
  const committed = await readFile(path.join(repoRoot(), 'schema.graphql'), 'utf8');
  assert.equal(committed, await printVigilSchema());
});
