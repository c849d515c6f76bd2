import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '@vigil/ml/testing';
import { ConfigError, envSchema, loadConfig } from '../../src/config/config.js';

describe('configuration', () => {
  it('has working defaults for the embedded mode', () => {
    const config = loadConfig({});
    assert.equal(config.http.port, 4000);
    assert.equal(config.store.kind, 'embedded');
    assert.equal(config.store.dataDir, path.resolve('./data'));
    assert.equal(config.store.artifactDir, path.resolve('./data/artifacts'));
    assert.equal(config.graphql.introspection, true);
    assert.equal(config.auth.adminToken, undefined);
  });

  it('names every invalid variable and what it expects, without echoing secrets', () => {
    try {
      loadConfig({ PORT: 'abc', GRAPHQL_MAX_DEPTH: '-2', LOG_LEVEL: 'loud', VIGIL_JWT_SECRET: 'short-secret', TF_BACKEND: 'gpu' });
      assert.fail('expected a ConfigError');
    } catch (error) {
      assert.ok(error instanceof ConfigError);
      const variables = error.problems.map((p) => p.variable).sort();
      assert.deepEqual(variables, ['GRAPHQL_MAX_DEPTH', 'LOG_LEVEL', 'PORT', 'TF_BACKEND', 'VIGIL_JWT_SECRET']);
      assert.match(error.message, /PORT: expected a TCP port number .*\(got 'abc'\)/);
      assert.match(error.message, /TF_BACKEND: expected 'auto', 'tensorflow', 'wasm' or 'cpu'/);
      assert.doesNotMatch(error.message, /short-secret/);
    }
  });

  it('turns introspection off in production', () => {
    assert.equal(loadConfig({ NODE_ENV: 'production' }).graphql.introspection, false);
  });

  it('every variable is documented in the README configuration table', async () => {
    const readme = await readFile(path.join(repoRoot(), 'README.md'), 'utf8');
    for (const name of Object.keys(envSchema.shape)) {
      assert.match(readme, new RegExp(`^\\| \`${name}\` \\|`, 'm'), `README.md has no table row for ${name}`);
    }
  });
});
