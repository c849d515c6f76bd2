import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { silentLogger } from './silent-logger.js';
import { tempDir } from './temp-dir.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> & { code?: string } }[];
}

export interface TestApp {
  app: App;
  url: string;
  adminToken: string;
  dataDir: string;
  gql<T = Record<string, unknown>>(query: string, options?: { variables?: Record<string, unknown>; token?: string | null; operationName?: string; headers?: Record<string, string> }): Promise<GraphQLResponse<T>>;
  tokenFor(role: 'viewer' | 'analyst' | 'admin'): Promise<string>;
  close(): Promise<void>;
}

export const TEST_ADMIN_TOKEN = 'vgl_test-admin-token-0123456789abcdef';

/** A real API on loopback (port 0) over a fresh data directory. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const tmp = await tempDir();
  const config = loadConfig({ VIGIL_DATA_DIR: tmp.dir, PORT: '0', HOST: '127.0.0.1', VIGIL_ADMIN_TOKEN: TEST_ADMIN_TOKEN, ...env });
  const app = await createApp(config, silentLogger());
  const gql: TestApp['gql'] = async (query, options = {}) => {
    const token = options.token === undefined ? TEST_ADMIN_TOKEN : options.token;
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables: options.variables, operationName: options.operationName }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse, 'status' | 'headers'>;
    return { status: response.status, headers: response.headers, ...body } as never;
  };
  return {
    app,
    url: app.url,
    adminToken: TEST_ADMIN_TOKEN,
    dataDir: tmp.dir,
    gql,
    async tokenFor(role) {
      const res = await gql<{ createApiToken: { token: string } }>(
        'mutation Create($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }',
        { variables: { input: { name: `${role} for tests`, role } } },
      );
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      return res.data.createApiToken.token;
    },
    async close() {
      await app.close();
      await tmp.remove();
    },
  };
}
