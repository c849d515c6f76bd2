import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { testModelDir } from '../rag/embedding/model-dir.js';
import { startTestApp } from '../support/test-app.js';
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
