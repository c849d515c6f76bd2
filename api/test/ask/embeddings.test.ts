import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { testModelDir } from '../rag/embedding/model-dir.js';
import { openDatabase } from '../../src/adapters/sqlite/database.js';
import { SqliteSearchIndex } from '../../src/adapters/sqlite/search-index.js';
import { startTestApp } from '../support/test-app.js';
import { tempDir } from '../support/temp-dir.js';
import { INGEST, MARKDOWN_GUIDE, upload } from './support.js';

const modelDir = testModelDir();
const noModel = existsSync(modelDir) ? false : `no embedding model at ${modelDir} (run ops/scripts/fetch-embedding-model.sh or set EMBEDDING_MODEL_DIR)`;

describe('retrieval with the embedding model', { timeout: 120_000 }, () => {
  it('stores vectors, scores hits by cosine as well as BM25, and reindexes', { skip: noModel }, async () => {
    const t = await startTestApp({ EMBEDDING_MODEL_DIR: modelDir });
    try {
      const analyst = await t.tokenFor('analyst');
      const up = await upload(t, analyst, MARKDOWN_GUIDE, 'runbook.md', 'text/markdown');
      const res = await t.gql<{ ingestDocument: { documents: { embedder: string }[] } }>(INGEST, { variables: { i: { uploadId: up.body.uploadId } }, token: analyst });
      assert.ok(res.data, JSON.stringify(res.errors));
      assert.equal(res.data.ingestDocument.documents[0]!.embedder, 'minilm-l6-v2@384');
      const found = await t.gql<{ health: { notices: string[] }; search: { vectorScore: number | null }[] }>('{ health { notices } search(query: "restore from offline backups", k: 2) { vectorScore } }');
      assert.deepEqual(found.data!.health.notices, []);
      assert.ok(found.data!.search[0]!.vectorScore! > 0.3);
      const reindexed = await t.gql<{ reindex: { documents: number; chunks: number; embedder: string } }>('mutation { reindex { documents chunks embedder } }');
      assert.deepEqual(reindexed.data?.reindex, { documents: 1, chunks: 1, embedder: 'minilm-l6-v2@384' });
      const analystReindex = await t.gql('mutation { reindex { documents } }', { token: analyst });
      assert.equal(analystReindex.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    } finally {
      await t.close();
    }
  });

  it('without a model folder the service runs lexical-only and says so', async () => {
    const t = await startTestApp({ EMBEDDING_MODEL_DIR: '/nonexistent/model' });
    try {
      const res = await t.gql<{ health: { notices: string[] } }>('{ health { notices } }');
      assert.match(res.data!.health.notices.join(' '), /lexical-only/);
    } finally {
      await t.close();
    }
  });
});

describe('an index built by another embedder', { timeout: 120_000 }, () => {
  it('is reported, refuses new vectors with CONFLICT naming reindex, and reindex switches it over', { skip: noModel }, async () => {
    const dir = await tempDir();
    try {
      const db = openDatabase(path.join(dir.dir, 'vigil.db'));
      const index = new SqliteSearchIndex(db);
      const vector = new Float32Array(384).fill(1 / Math.sqrt(384));
      await index.upsertChunks([{ id: 'old#0', documentId: 'old', title: 'Old', text: 'Isolate infected hosts quickly.', ordinal: 0, page: null, section: null, attackId: null, vector }], { id: 'other-model@384', dimensions: 384 });
      await index.close();
      db.close();

      const t = await startTestApp({ EMBEDDING_MODEL_DIR: modelDir, VIGIL_DATA_DIR: dir.dir });
      try {
        const health = await t.gql<{ health: { notices: string[] } }>('{ health { notices } }');
        assert.match(health.data!.health.notices.join(' '), /built with embedder 'other-model@384'.*reindex/);
        const analyst = await t.tokenFor('analyst');
        const up = await upload(t, analyst, MARKDOWN_GUIDE, 'runbook.md', 'text/markdown');
        const refused = await t.gql(INGEST, { variables: { i: { uploadId: up.body.uploadId } }, token: analyst });
        assert.equal(refused.errors?.[0]?.extensions?.code, 'CONFLICT');
        assert.match(refused.errors![0]!.message, /other-model@384.*reindex/);
        const reindexed = await t.gql<{ reindex: { embedder: string } }>('mutation { reindex { embedder } }');
        assert.equal(reindexed.data?.reindex.embedder, 'minilm-l6-v2@384', JSON.stringify(reindexed.errors));
        const after = await t.gql<{ health: { notices: string[] } }>('{ health { notices } }');
        assert.deepEqual(after.data!.health.notices, []);
        const up2 = await upload(t, analyst, MARKDOWN_GUIDE, 'runbook.md', 'text/markdown');
        const ingested = await t.gql(INGEST, { variables: { i: { uploadId: up2.body.uploadId } }, token: analyst });
        assert.ok(ingested.data, JSON.stringify(ingested.errors));
      } finally {
        await t.close();
      }
    } finally {
      await dir.remove();
    }
  });
});
