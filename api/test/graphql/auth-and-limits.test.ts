import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { startTestApp, type TestApp } from '../support/test-app.js';

const JWT_SECRET = 'a-test-secret-that-is-at-least-32-characters';

describe('GraphQL over HTTP: authentication, roles, limits, typed errors', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ VIGIL_JWT_SECRET: JWT_SECRET, GRAPHQL_MAX_DEPTH: '12', GRAPHQL_MAX_COMPLEXITY: '500' });
  });
  after(() => t.close());

  it('a query without a token gets UNAUTHENTICATED', async () => {
    const res = await t.gql('{ me { id } }', { token: null });
    assert.equal(res.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    assert.equal(res.data, null);
  });

  it('an unknown token gets UNAUTHENTICATED', async () => {
    const res = await t.gql('{ me { id } }', { token: 'vgl_not-a-real-token' });
    assert.equal(res.status, 401);
    assert.equal(res.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    assert.equal(res.errors?.[0]?.extensions?.http, undefined, 'transport detail stays out of the response');
  });

  it('the admin token answers a query', async () => {
    const res = await t.gql<{ me: { role: string }; health: { status: string } }>('{ me { role } health { status mode } }');
    assert.equal(res.errors, undefined);
    assert.equal(res.data?.me.role, 'admin');
    assert.equal(res.data?.health.status, 'ok');
  });

  it('a viewer may query but gets FORBIDDEN on a mutation; an analyst gets FORBIDDEN on an admin mutation', async () => {
    const viewer = await t.tokenFor('viewer');
    const analyst = await t.tokenFor('analyst');
    assert.equal((await t.gql<{ me: { role: string } }>('{ me { role } }', { token: viewer })).data?.me.role, 'viewer');
    const mutation = 'mutation { createApiToken(input: { name: "x", role: viewer }) { token } }';
    assert.equal((await t.gql(mutation, { token: viewer })).errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.equal((await t.gql(mutation, { token: analyst })).errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.equal((await t.gql('{ apiTokens { id } }', { token: viewer })).errors?.[0]?.extensions?.code, 'FORBIDDEN');
  });

  it('a revoked token stops working', async () => {
    const created = await t.gql<{ createApiToken: { token: string; apiToken: { id: string } } }>(
      'mutation { createApiToken(input: { name: "short-lived", role: viewer }) { token apiToken { id } } }',
    );
    const { token, apiToken } = created.data!.createApiToken;
    assert.equal((await t.gql('{ me { id } }', { token })).errors, undefined);
    await t.gql('mutation Revoke($id: ID!) { revokeApiToken(id: $id) { revoked } }', { variables: { id: apiToken.id } });
    assert.equal((await t.gql('{ me { id } }', { token })).errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  });

  it('accepts an HS256 JWT with a role claim, and refuses a forged one', async () => {
    const sign = (secret: string) =>
      new SignJWT({ role: 'analyst', name: 'Ana' }).setProtectedHeader({ alg: 'HS256' }).setSubject('ana').setExpirationTime('5m').sign(new TextEncoder().encode(secret));
    const res = await t.gql<{ me: { id: string; role: string; via: string } }>('{ me { id role via } }', { token: await sign(JWT_SECRET) });
    assert.deepEqual(res.data?.me, { id: 'jwt:ana', role: 'analyst', via: 'jwt' });
    const forged = await t.gql('{ me { id } }', { token: await sign('another-secret-that-is-also-32-characters!') });
    assert.equal(forged.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  });

  it('a 40-level nested query gets a typed depth error before anything runs', async () => {
    const nested = 'ofType { '.repeat(37) + 'name' + ' }'.repeat(37);
    const query = `{ __schema { types { ${nested} } } }`;
    const res = await t.gql(query);
    assert.equal(res.status, 400);
    assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(res.errors?.[0]?.extensions?.reason, 'QUERY_TOO_DEEP');
    assert.equal(res.errors?.[0]?.extensions?.depth, 40);
    assert.equal(res.data, undefined);
  });

  it('a query over the cost limit gets a typed complexity error', async () => {
    const res = await t.gql('{ auditEvents(limit: 100) { items { id action actorId actorName role outcome errorCode requestId createdAt } } }');
    assert.equal(res.errors?.[0]?.extensions?.reason, 'QUERY_TOO_COMPLEX');
    const small = await t.gql('{ auditEvents(limit: 5) { items { id action } } }');
    assert.equal(small.errors, undefined);
  });

  it('malformed queries and variables are BAD_USER_INPUT', async () => {
    assert.equal((await t.gql('{ me { ')).errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal((await t.gql('{ noSuchField }')).errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    const badVariable = await t.gql('query Q($l: Int!) { auditEvents(limit: $l) { nextCursor } }', { variables: { l: 'many' } });
    assert.equal(badVariable.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    const badCursor = await t.gql('{ auditEvents(after: "junk") { nextCursor } }');
    assert.equal(badCursor.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  it('CSRF prevention refuses a simple cross-site GET', async () => {
    const response = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`, {
      headers: { authorization: `Bearer ${t.adminToken}` },
    });
    assert.equal(response.status, 400);
    assert.match(await response.text(), /CSRF/i);
  });

  it('a body over the size limit is refused with 413 and a typed error', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.adminToken}` },
      body: JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    assert.equal(response.status, 413);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    assert.equal(body.errors[0]?.extensions.code, 'BAD_USER_INPUT');
  });

  it('echoes a request id and counts operations by name in /metrics', async () => {
    const res = await t.gql('query WhoAmI { me { id } }', { operationName: 'WhoAmI', headers: { 'x-request-id': 'req-123' } });
    assert.equal(res.headers.get('x-request-id'), 'req-123');
    await t.gql('query Broken { nope }', { operationName: 'Broken' });
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    assert.match(metrics, /vigil_graphql_operations_total\{operation="WhoAmI",type="query"\} [1-9]/);
    assert.match(metrics, /vigil_graphql_errors_total\{operation="Broken",code="[A-Z_]+"\} 1/);
    assert.match(metrics, /vigil_graphql_operation_duration_seconds_bucket\{le="0.1",operation="WhoAmI",type="query"\}/);
    assert.match(metrics, /vigil_process_cpu_seconds_total/);
  });

  it('every mutation is audited with its actor and outcome', async () => {
    const viewer = await t.tokenFor('viewer');
    await t.gql('mutation { createApiToken(input: { name: "nope", role: admin }) { token } }', { token: viewer });
    const res = await t.gql<{ auditEvents: { items: { action: string; role: string; outcome: string; errorCode: string | null }[] } }>(
      '{ auditEvents(limit: 10) { items { action role outcome errorCode } } }',
    );
    const failed = res.data?.auditEvents.items.find((e) => e.role === 'viewer');
    assert.deepEqual(failed, { action: 'createApiToken', role: 'viewer', outcome: 'error', errorCode: 'FORBIDDEN' });
  });

  it('/healthz answers and /readyz reports every backend ready', async () => {
    assert.deepEqual(await (await fetch(`${t.url}/healthz`)).json(), { status: 'ok' });
    const ready = await fetch(`${t.url}/readyz`);
    assert.equal(ready.status, 200);
    const body = (await ready.json()) as { backends: { name: string; ok: boolean }[] };
    assert.deepEqual(body.backends.map((b) => b.name).sort(), ['artifact-store', 'job-queue', 'pubsub', 'record-store', 'search-index']);
    assert.ok(body.backends.every((b) => b.ok));
  });
});

describe('GraphQL in production mode', () => {
  it('refuses introspection', async () => {
    const t = await startTestApp({ NODE_ENV: 'production' });
    try {
      const res = await t.gql('{ __schema { queryType { name } } }');
      assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.match(res.errors?.[0]?.message ?? '', /introspection/i);
      assert.equal((await t.gql<{ me: { role: string } }>('{ me { role } }')).data?.me.role, 'admin');
    } finally {
      await t.close();
    }
  });
});
