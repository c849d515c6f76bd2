import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestApp } from '../support/test-app.js';

export const ASK = `mutation Ask($q: String!, $c: ID) { ask(question: $q, conversationId: $c) {
  answer outOfScope answerer conversationId timing { retrievalMs answerMs }
  citations { n documentId title page attackId snippet score } } }`;

export const INGEST = `mutation Ingest($i: IngestDocumentInput!) { ingestDocument(input: $i) {
  ingestionId created updated unchanged chunks documents { id title pages chunks contentHash attackId source embedder } } }`;

export interface AskResult {
  answer: string;
  outOfScope: boolean;
  answerer: string;
  conversationId: string;
  timing: { retrievalMs: number; answerMs: number };
  citations: { n: number; documentId: string; title: string; page: number | null; attackId: string | null; snippet: string; score: number }[];
}

export function wsClient(t: TestApp, token: string): Client {
  return createClient({
    url: t.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: true,
  });
}

export async function upload(t: TestApp, token: string | null, body: Uint8Array | string, filename: string, contentType = 'application/octet-stream') {
  const response = await fetch(`${t.url}/upload`, {
    method: 'POST',
    headers: { 'content-type': contentType, 'x-filename': filename, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : Buffer.from(body),
  });
  return { status: response.status, body: (await response.json()) as { uploadId?: string; error?: { code: string; message: string } } };
}

export const MARKDOWN_GUIDE = `# Ransomware Response Runbook

## Isolation

When ransomware is detected, isolate the affected hosts from the network at once. Disable shared drives and
suspend synchronisation services so that the encryption does not spread to file servers and backups.

## Recovery

Restore encrypted systems from offline backups after the ransomware binary and its persistence mechanisms have
been removed. Verify the integrity of every backup before restoring it, and rotate credentials the attackers used.
`;
