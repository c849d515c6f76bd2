import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import { startFakeLlmServer, type FakeLlmServer, type Wire } from '../rag/answer/fake-llm-server.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ASK, INGEST, MARKDOWN_GUIDE, upload, type AskResult } from './support.js';

const QUESTION = 'How do we isolate affected hosts when ransomware is detected?';

for (const wire of ['gemini', 'openai'] as const satisfies Wire[]) {
  describe(`the ${wire} answerer through the service`, { timeout: 60_000 }, () => {
    let server: FakeLlmServer;
    const apps: TestApp[] = [];
    const start = async (env: Record<string, string>) => {
      const base: Record<string, string> = wire === 'gemini'
        ? { ANSWERER: 'gemini', GEMINI_API_KEY: 'test-key-123', GEMINI_BASE_URL: server.baseUrl }
        : { ANSWERER: 'openai', OPENAI_BASE_URL: server.baseUrl, OPENAI_MODEL: 'local-model' };
      const t = await startTestApp({ EMBEDDER: 'none', ANSWER_TIMEOUT_MS: '1000', ...base, ...env });
      apps.push(t);
      const analyst = await t.tokenFor('analyst');
      const up = await upload(t, analyst, MARKDOWN_GUIDE, 'runbook.md', 'text/markdown');
      const res = await t.gql(INGEST, { variables: { i: { uploadId: up.body.uploadId } }, token: analyst });
      assert.ok(res.data, JSON.stringify(res.errors));
      return t;
    };
    before(async () => {
      server = await startFakeLlmServer(wire);
    });
    after(async () => {
      for (const t of apps) await t.close();
      await server.close();
    });

    it('streams the model\'s answer with the numbered context in the prompt', async () => {
      const t = await start({});
      server.replyWith({ kind: 'stream', pieces: ['Isolate the hosts from the network ', 'at once [1].'] });
      const res = await t.gql<{ ask: AskResult }>(ASK, { variables: { q: QUESTION } });
      assert.ok(res.data, JSON.stringify(res.errors));
      assert.equal(res.data.ask.answerer, wire);
      assert.equal(res.data.ask.answer, 'Isolate the hosts from the network at once [1].');
      assert.equal(res.data.ask.citations[0]?.title, 'Ransomware Response Runbook');
      assert.match(JSON.stringify(server.requests.at(-1)!.body), /isolate the affected hosts/);
    });

    it('falls back to the extractive answerer on 429, 500 and timeouts when ANSWER_FALLBACK=extractive', async () => {
      const t = await start({ ANSWER_FALLBACK: 'extractive' });
      for (const reply of [{ kind: 'status', status: 429 }, { kind: 'status', status: 500 }, { kind: 'hang' }] as const) {
        server.replyWith(reply);
        const res = await t.gql<{ ask: AskResult }>(ASK, { variables: { q: QUESTION } });
        assert.ok(res.data, `${reply.kind}: ${JSON.stringify(res.errors)}`);
        assert.equal(res.data.ask.answerer, 'extractive');
        assert.match(res.data.ask.answer, /isolate/i);
      }
    });

    it('is UNAVAILABLE on 500 when ANSWER_FALLBACK=none', async () => {
      const t = await start({ ANSWER_FALLBACK: 'none' });
      server.replyWith({ kind: 'status', status: 500 });
      const res = await t.gql(ASK, { variables: { q: QUESTION } });
      assert.equal(res.errors?.[0]?.extensions?.code, 'UNAVAILABLE');
    });
  });
}

describe('answerer configuration', () => {
  it('names the missing variable of an answerer', () => {
    assert.throws(() => loadConfig({ ANSWERER: 'gemini' }), (e: unknown) => e instanceof ConfigError && /GEMINI_API_KEY/.test(e.message));
    assert.throws(() => loadConfig({ ANSWERER: 'openai', OPENAI_MODEL: 'm' }), (e: unknown) => e instanceof ConfigError && /OPENAI_BASE_URL/.test(e.message));
    assert.throws(() => loadConfig({ EMBEDDER: 'gemini' }), (e: unknown) => e instanceof ConfigError && /GEMINI_API_KEY.*EMBEDDER=gemini/.test(e.message));
    assert.equal(loadConfig({}).rag.answerer.kind, 'extractive');
    assert.deepEqual(loadConfig({ VIGIL_SEED_DOCS: '/a:/b, /c' }).rag.seedDocs, ['/a', '/b', '/c']);
  });
});
