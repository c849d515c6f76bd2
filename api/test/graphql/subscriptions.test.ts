import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../support/test-app.js';

function wsClient(t: TestApp, token: string | null): Client {
  return createClient({
    url: t.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

type WsErrors = readonly { message: string; extensions?: Record<string, unknown> & { code?: string } }[];

/** The errors a subscription ends with, whether they arrive as a result or as an error message. */
function errorsOf(client: Client, payload: { query: string; operationName?: string }): Promise<WsErrors> {
  return new Promise((resolve) => {
    client.subscribe(payload, {
      next: (value) => value.errors && resolve(value.errors as never),
      error: (error) => resolve(Array.isArray(error) ? error : [{ message: String(error) }]),
      complete: () => resolve([]),
    });
  });
}

describe('GraphQL subscriptions over graphql-ws', { timeout: 20_000 }, () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('an admin receives the audit event of a mutation as it happens', async () => {
    const client = wsClient(t, t.adminToken);
    try {
      const iterator = client.iterate<{ auditEvent: { action: string; actorName: string; outcome: string } }>({
        query: 'subscription { auditEvent { action actorName outcome } }',
      });
      const first = iterator.next();
      await new Promise((r) => setTimeout(r, 150));
      await t.gql('mutation { createApiToken(input: { name: "feeder", role: analyst }) { token } }');
      const result = await first;
      assert.deepEqual(result.value?.data?.auditEvent, { action: 'createApiToken', actorName: 'admin (VIGIL_ADMIN_TOKEN)', outcome: 'ok' });
      await iterator.return?.();
    } finally {
      await client.dispose();
    }
  });

  it('a connection without a valid token is closed with 4403', async () => {
    for (const token of [null, 'vgl_wrong']) {
      const client = wsClient(t, token);
      const closed = await new Promise<{ code: number }>((resolve) => {
        client.subscribe({ query: 'subscription { auditEvent { action } }' }, {
          next: () => undefined,
          error: (error) => resolve(error as { code: number }),
          complete: () => resolve({ code: -1 }),
        });
      });
      assert.equal(closed.code, 4403);
      await client.dispose();
    }
  });

  it('a viewer cannot subscribe to the admin-only audit feed', async () => {
    const viewer = await t.tokenFor('viewer');
    const client = wsClient(t, viewer);
    try {
      const errors = await errorsOf(client, { query: 'subscription { auditEvent { action } }' });
      assert.equal(errors[0]?.extensions?.code, 'FORBIDDEN');
    } finally {
      await client.dispose();
    }
  });

  it('subscriptions obey the depth limit', async () => {
    const client = wsClient(t, t.adminToken);
    try {
      const nested = 'ofType { '.repeat(37) + 'name' + ' }'.repeat(37);
      const errors = await errorsOf(client, {
        query: `subscription Live { auditEvent { action } } query Deep { __schema { types { ${nested} } } }`,
        operationName: 'Deep',
      });
      assert.equal(errors[0]?.extensions?.reason, 'QUERY_TOO_DEEP');
    } finally {
      await client.dispose();
    }
  });
});
