import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { sharedData } from '@vigil/ml/testing';
import { buildPdf } from '../rag/ingest/pdf-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ASK, INGEST, MARKDOWN_GUIDE, upload, wsClient, type AskResult } from './support.js';

const SP800_61 = sharedData('corpus', 'pdf', 'NIST.SP.800-61r2.pdf');

// Lexical-only (EMBEDDER=none) keeps this suite fast; the embedding path has its own test.
describe('Ask over GraphQL (SP 800-61, lexical-only)', { timeout: 120_000 }, () => {
  let t: TestApp;
  let analyst: string;
  let other: string;
  let viewer: string;
  let documentId: string;
  let web: Server;
  let webUrl: string;

  before(async () => {
    // The test's web server is on loopback, so this service may fetch internal URLs; the default refuses them (below).
    t = await startTestApp({ EMBEDDER: 'none', INGEST_MAX_BYTES: String(4 * 1024 * 1024), INGEST_URL_ALLOW_INTERNAL: 'true' });
    [analyst, other, viewer] = await Promise.all([t.tokenFor('analyst'), t.tokenFor('analyst'), t.tokenFor('viewer')]);
    const res = await t.gql<{ ingestDocument: { created: number; documents: { id: string; title: string; pages: number; chunks: number }[] } }>(INGEST, { variables: { i: { path: SP800_61 } } });
    assert.ok(res.data, JSON.stringify(res.errors));
    assert.equal(res.data.ingestDocument.created, 1);
    documentId = res.data.ingestDocument.documents[0]!.id;
    web = createServer((req, res) => {
      if (req.url === '/guide.md') return void res.writeHead(200, { 'content-type': 'text/markdown' }).end(MARKDOWN_GUIDE);
      if (req.url === '/huge.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(5 * 1024 * 1024));
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    webUrl = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
  });
  after(async () => {
    web?.close();
    await t?.close();
  });

  it('answers an incident-handling-phases question with citations from SP 800-61', async () => {
    const res = await t.gql<{ ask: AskResult }>(ASK, { variables: { q: 'What are the phases of incident handling?' }, token: analyst });
    assert.ok(res.data, JSON.stringify(res.errors));
    const { ask } = res.data;
    assert.equal(ask.outOfScope, false);
    assert.equal(ask.answerer, 'extractive');
    assert.ok(ask.citations.length > 0);
    assert.ok(ask.citations.every((c) => c.title.includes('800-61') && c.page !== null));
    assert.match(ask.answer, /\[1\]/);
    assert.match(ask.answer, /phase/i);
    assert.ok(ask.timing.retrievalMs >= 0 && ask.timing.answerMs >= 0);
  });

  it('refuses a lasagne recipe and names what the documents cover', async () => {
    const res = await t.gql<{ ask: AskResult }>(ASK, { variables: { q: "What's a good lasagne recipe?" }, token: analyst });
    assert.ok(res.data, JSON.stringify(res.errors));
    assert.equal(res.data.ask.outOfScope, true);
    assert.deepEqual(res.data.ask.citations, []);
    assert.match(res.data.ask.answer, /do not cover/);
    assert.match(res.data.ask.answer, /800-61/);
  });

  it('ingesting the same file again changes nothing', async () => {
    const before = await t.gql<{ documents: { total: number } }>('{ documents { total } }');
    const res = await t.gql<{ ingestDocument: { created: number; unchanged: number; chunks: number; documents: { id: string }[] } }>(INGEST, { variables: { i: { path: SP800_61 } } });
    assert.ok(res.data, JSON.stringify(res.errors));
    assert.deepEqual([res.data.ingestDocument.created, res.data.ingestDocument.unchanged, res.data.ingestDocument.chunks], [0, 1, 0]);
    assert.equal(res.data.ingestDocument.documents[0]!.id, documentId);
    const after = await t.gql<{ documents: { total: number } }>('{ documents { total } }');
    assert.equal(after.data!.documents.total, before.data!.documents.total);
  });

  it('reports lexical-only retrieval in health, and search scores without vectors', async () => {
    const res = await t.gql<{ health: { notices: string[] }; search: { title: string; page: number; lexicalScore: number | null; vectorScore: number | null; score: number; snippet: string }[] }>(
      '{ health { notices } search(query: "containment strategy", k: 3) { title page snippet score lexicalScore vectorScore } }',
      { token: viewer },
    );
    assert.ok(res.data, JSON.stringify(res.errors));
    assert.match(res.data.health.notices.join(' '), /lexical-only/);
    assert.equal(res.data.search.length, 3);
    for (const hit of res.data.search) {
      assert.ok(hit.lexicalScore !== null && hit.lexicalScore > 0);
      assert.equal(hit.vectorScore, null);
      assert.ok(hit.score > 0 && hit.snippet.length > 0);
    }
  });

  it('rejects malformed, encrypted and empty PDFs, storing nothing', async () => {
    const count = async () => (await t.gql<{ documents: { total: number } }>('{ documents { total } }')).data!.documents.total;
    const before = await count();
    const bad = [
      ['broken.pdf', new TextEncoder().encode('%PDF-1.7\nthis is not a PDF at all\n%%EOF')],
      ['locked.pdf', buildPdf([['Secret incident notes.']], { encrypted: true })],
      ['empty.pdf', buildPdf([[]])],
    ] as const;
    for (const [name, bytes] of bad) {
      const up = await upload(t, analyst, bytes, name, 'application/pdf');
      assert.equal(up.status, 201, JSON.stringify(up.body));
      const res = await t.gql(INGEST, { variables: { i: { uploadId: up.body.uploadId } }, token: analyst });
      assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', `${name}: ${JSON.stringify(res)}`);
    }
    assert.equal(await count(), before);
  });

  it('ingests an upload, a URL, and refuses oversized or missing URLs and unauthenticated uploads', async () => {
    const anonymous = await upload(t, null, MARKDOWN_GUIDE, 'runbook.md', 'text/markdown');
    assert.equal(anonymous.status, 401);
    const byViewer = await upload(t, viewer, MARKDOWN_GUIDE, 'runbook.md', 'text/markdown');
    assert.equal(byViewer.status, 403);

    const up = await upload(t, analyst, MARKDOWN_GUIDE, 'runbook.md', 'text/markdown');
    assert.equal(up.status, 201);
    // Someone else cannot use another person's upload.
    const stolen = await t.gql(INGEST, { variables: { i: { uploadId: up.body.uploadId } }, token: other });
    assert.equal(stolen.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    const ingested = await t.gql<{ ingestDocument: { created: number; documents: { title: string; source: string }[] } }>(INGEST, { variables: { i: { uploadId: up.body.uploadId } }, token: analyst });
    assert.ok(ingested.data, JSON.stringify(ingested.errors));
    assert.equal(ingested.data.ingestDocument.created, 1);
    assert.equal(ingested.data.ingestDocument.documents[0]!.title, 'Ransomware Response Runbook');

    // The same bytes from a URL: already there.
    const fromUrl = await t.gql<{ ingestDocument: { created: number; unchanged: number } }>(INGEST, { variables: { i: { url: `${webUrl}/guide.md` } }, token: analyst });
    assert.ok(fromUrl.data, JSON.stringify(fromUrl.errors));
    assert.deepEqual([fromUrl.data.ingestDocument.created, fromUrl.data.ingestDocument.unchanged], [0, 1]);

    for (const url of [`${webUrl}/huge.txt`, `${webUrl}/missing.pdf`, 'file:///etc/passwd']) {
      const res = await t.gql(INGEST, { variables: { i: { url } }, token: analyst });
      assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', `${url}: ${JSON.stringify(res)}`);
    }
    const huge = await t.gql(INGEST, { variables: { i: { url: `${webUrl}/huge.txt` } }, token: analyst });
    assert.match(huge.errors![0]!.message, /INGEST_MAX_BYTES/);
    const tooBig = await upload(t, analyst, new Uint8Array(5 * 1024 * 1024), 'big.txt', 'text/plain');
    assert.equal(tooBig.status, 413);

    const answer = await t.gql<{ ask: AskResult }>(ASK, { variables: { q: 'How do we isolate affected hosts when ransomware is detected?' }, token: analyst });
    assert.ok(answer.data, JSON.stringify(answer.errors));
    assert.equal(answer.data.ask.citations[0]?.title, 'Ransomware Response Runbook');
  });

  it('reads server paths for admins only', async () => {
    const res = await t.gql(INGEST, { variables: { i: { path: SP800_61 } }, token: analyst });
    assert.equal(res.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const both = await t.gql(INGEST, { variables: { i: { path: SP800_61, url: 'http://x' } } });
    assert.equal(both.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  it('keeps conversations per user', async () => {
    const first = await t.gql<{ ask: AskResult }>(ASK, { variables: { q: 'What should an incident handler jump kit contain?' }, token: analyst });
    const conversationId = first.data!.ask.conversationId;
    const second = await t.gql<{ ask: AskResult }>(ASK, { variables: { q: 'and what about its laptops?', c: conversationId }, token: analyst });
    assert.ok(second.data, JSON.stringify(second.errors));
    assert.equal(second.data.ask.conversationId, conversationId);

    const mine = await t.gql<{ conversation: { turnCount: number; turns: { question: string }[] } | null; conversations: { items: { id: string }[] } }>(
      'query($id: ID!) { conversation(id: $id) { turnCount turns { question } } conversations { items { id } } }',
      { variables: { id: conversationId }, token: analyst },
    );
    assert.equal(mine.data!.conversation!.turnCount, 2);
    assert.ok(mine.data!.conversations.items.some((c) => c.id === conversationId));

    const theirs = await t.gql<{ conversation: unknown; conversations: { items: { id: string }[] } }>(
      'query($id: ID!) { conversation(id: $id) { turnCount } conversations { items { id } } }',
      { variables: { id: conversationId }, token: other },
    );
    assert.equal(theirs.data!.conversation, null);
    assert.ok(!theirs.data!.conversations.items.some((c) => c.id === conversationId));
    const hijack = await t.gql(ASK, { variables: { q: 'What is a precursor?', c: conversationId }, token: other });
    assert.equal(hijack.errors?.[0]?.extensions?.code, 'NOT_FOUND');
  });

  it('streams an answer over graphql-ws: tokens, then citations, then done', async () => {
    const client = wsClient(t, viewer);
    try {
      const kinds: string[] = [];
      let text = '';
      let citations = 0;
      let done: { outOfScope: boolean; answerer: string } | undefined;
      for await (const result of client.iterate<{ answerStream: { kind: string; text: string | null; citations: unknown[] | null; outOfScope: boolean | null; answerer: string | null } }>({
        query: 'subscription($q: String!) { answerStream(question: $q) { kind conversationId text citations { n title page } outOfScope answerer timing { retrievalMs answerMs } } }',
        variables: { q: 'How should an organization contain an incident?' },
      })) {
        assert.equal(result.errors, undefined, JSON.stringify(result.errors));
        const event = result.data!.answerStream;
        kinds.push(event.kind);
        if (event.kind === 'TOKEN') text += event.text;
        if (event.kind === 'CITATIONS') citations = event.citations!.length;
        if (event.kind === 'DONE') done = { outOfScope: event.outOfScope!, answerer: event.answerer! };
      }
      assert.ok(kinds.filter((k) => k === 'TOKEN').length >= 2, kinds.join(','));
      assert.deepEqual(kinds.slice(-2), ['CITATIONS', 'DONE']);
      assert.ok(kinds.indexOf('CITATIONS') > kinds.lastIndexOf('TOKEN'));
      assert.match(text, /\[1\]/);
      assert.ok(citations > 0);
      assert.deepEqual(done, { outOfScope: false, answerer: 'extractive' });
    } finally {
      await client.dispose();
    }
  });

  it('publishes ingestion progress and lets admins (only) delete a document with its chunks', async () => {
    const client = wsClient(t, viewer);
    try {
      const stages: string[] = [];
      const iterator = client.iterate<{ ingestionProgress: { stage: string; source: string } }>({ query: 'subscription { ingestionProgress { stage source chunks chunksDone } }' });
      const collecting = (async () => {
        for await (const r of iterator) {
          stages.push(r.data!.ingestionProgress.stage);
          if (r.data!.ingestionProgress.stage === 'done' || r.data!.ingestionProgress.stage === 'failed') break;
        }
      })();
      await new Promise((r) => setTimeout(r, 150));
      const up = await upload(t, analyst, '# Phishing triage\n\nReport suspicious emails to the security operations centre for phishing triage.', 'phishing.md', 'text/markdown');
      const res = await t.gql<{ ingestDocument: { documents: { id: string }[] } }>(INGEST, { variables: { i: { uploadId: up.body.uploadId } }, token: analyst });
      assert.ok(res.data, JSON.stringify(res.errors));
      await collecting;
      assert.deepEqual(stages, ['parsing', 'storing', 'done']);

      const id = res.data.ingestDocument.documents[0]!.id;
      const refused = await t.gql('mutation($id: ID!) { deleteDocument(id: $id) { id } }', { variables: { id }, token: analyst });
      assert.equal(refused.errors?.[0]?.extensions?.code, 'FORBIDDEN');
      const deleted = await t.gql('mutation($id: ID!) { deleteDocument(id: $id) { id } }', { variables: { id } });
      assert.ok(deleted.data, JSON.stringify(deleted.errors));
      const gone = await t.gql<{ document: unknown; search: { documentId: string }[] }>('query($id: ID!) { document(id: $id) { id } search(query: "phishing triage suspicious emails") { documentId } }', { variables: { id } });
      assert.equal(gone.data!.document, null);
      assert.ok(!gone.data!.search.some((h) => h.documentId === id));
    } finally {
      await client.dispose();
    }
  });
});

describe('ingestion limits', { timeout: 60_000 }, () => {
  it('a PDF over INGEST_MAX_PAGES, or a text over INGEST_MAX_CHARS, is a BAD_USER_INPUT naming the limit', async () => {
    const t = await startTestApp({ EMBEDDER: 'none', INGEST_MAX_PAGES: '10', INGEST_MAX_CHARS: '200' });
    try {
      const pages = await t.gql(INGEST, { variables: { i: { path: SP800_61 } } });
      assert.equal(pages.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.match(pages.errors![0]!.message, /page/);
      const analyst = await t.tokenFor('analyst');
      const up = await upload(t, analyst, MARKDOWN_GUIDE, 'runbook.md', 'text/markdown');
      const chars = await t.gql(INGEST, { variables: { i: { uploadId: up.body.uploadId } }, token: analyst });
      assert.equal(chars.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.match(chars.errors![0]!.message, /characters/);
      assert.equal((await t.gql<{ documents: { total: number } }>('{ documents { total } }')).data!.documents.total, 0);
    } finally {
      await t.close();
    }
  });
});


describe('seed documents', { timeout: 60_000 }, () => {
  it('VIGIL_SEED_DOCS is ingested in the background at start', async () => {
    const t = await startTestApp({ EMBEDDER: 'none', VIGIL_SEED_DOCS: `${SP800_61},/nonexistent/folder` });
    try {
      await t.app.services.rag.seeded;
      const res = await t.gql<{ documents: { total: number; items: { title: string; source: string }[] } }>('{ documents { total items { title source } } }');
      assert.equal(res.data!.documents.total, 1);
      assert.equal(res.data!.documents.items[0]!.source, SP800_61);
      const ask = await t.gql<{ ask: AskResult }>(ASK, { variables: { q: 'What are the phases of incident handling?' } });
      assert.equal(ask.data!.ask.outOfScope, false);
    } finally {
      await t.close();
    }
  });
});
