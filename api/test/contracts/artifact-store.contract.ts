import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArtifactStore } from '../../src/ports/artifact-store.js';

export function artifactStoreContract(adapter: string, create: () => Promise<{ artifacts: ArtifactStore; dispose(): Promise<void> }>) {
  describe(`ArtifactStore contract: ${adapter}`, () => {
    it('stores, lists, reads back and deletes bytes by key', async () => {
      const { artifacts, dispose } = await create();
      try {
        const bytes = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);
        await artifacts.put('runs/r1/checkpoint-100.bin', bytes);
        await artifacts.put('runs/r1/checkpoint-200.bin', bytes.slice(0, 10));
        await artifacts.put('models/m1.json', new TextEncoder().encode('{}'));
        assert.deepEqual(await artifacts.get('runs/r1/checkpoint-100.bin'), bytes);
        assert.deepEqual(await artifacts.list('runs/r1/'), ['runs/r1/checkpoint-100.bin', 'runs/r1/checkpoint-200.bin']);
        assert.equal(await artifacts.exists('models/m1.json'), true);
        assert.equal(await artifacts.delete('models/m1.json'), true);
        assert.equal(await artifacts.get('models/m1.json'), null);
        assert.equal(await artifacts.delete('models/m1.json'), false);
      } finally {
        await dispose();
      }
    });

    it('refuses keys that could escape the store', async () => {
      const { artifacts, dispose } = await create();
      try {
        for (const key of ['../etc/passwd', 'a/../../b', '/abs', 'a//b', '']) {
          await assert.rejects(artifacts.put(key, new Uint8Array(1)), { code: 'BAD_USER_INPUT' }, key);
        }
      } finally {
        await dispose();
      }
    });
  });
}
