import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { isInternalAddress } from '../../src/documents/url-guard.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('URL ingestion refuses internal addresses by default (SSRF)', () => {
  it('classifies addresses', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.16.5.4', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '[::1]']) {
      assert.equal(isInternalAddress(a), true, a);
    }
    for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '172.32.0.1']) assert.equal(isInternalAddress(a), false, a);
  });

  let t: TestApp;
  let web: Server;
  let port: number;
  before(async () => {
    t = await startTestApp({ EMBEDDER: 'none' });
    web = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/markdown' }).end('# Internal\n\nSecrets of the intranet.\n');
    });
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    port = (web.address() as AddressInfo).port;
  });
  after(async () => {
    web?.close();
    await t?.close();
  });

  it('literal internal addresses (v4, v6, metadata) and a name that resolves to one are refused, and nothing is stored', async () => {
    const analyst = await t.tokenFor('analyst');
    for (const url of [`http://127.0.0.1:${port}/guide.md`, `http://localhost:${port}/guide.md`, `http://[::1]:${port}/guide.md`, 'http://169.254.169.254/latest/meta-data/']) {
      const res = await t.gql('mutation($i: IngestDocumentInput!) { ingestDocument(input: $i) { created } }', { variables: { i: { url } }, token: analyst });
      assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', `${url}: ${JSON.stringify(res)}`);
      assert.match(res.errors?.[0]?.message ?? '', /inside the network.*INGEST_URL_ALLOW_INTERNAL/, url);
    }
    const docs = await t.gql<{ documents: { total: number } }>('{ documents { total } }');
    assert.equal(docs.data?.documents.total, 0);
  });
});
