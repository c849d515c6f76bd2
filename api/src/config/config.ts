import path from 'node:path';
import { z } from 'zod';

const port = z.coerce
  .number({ error: 'expected a TCP port number (1-65535)' })
  .int({ error: 'expected a whole TCP port number (1-65535)' })
  .min(0, { error: 'expected a TCP port number (1-65535, or 0 for any free port)' })
  .max(65535, { error: 'expected a TCP port number (1-65535)' });

const positiveInt = (what: string) =>
  z.coerce.number({ error: `expected ${what}` }).int({ error: `expected ${what}` }).positive({ error: `expected ${what}` });

const optionalSecret = (min: number, what: string) =>
  z
    .string()
    .min(min, { error: `expected ${what} of at least ${min} characters` })
    .optional();

/**
 * Every environment variable Vigil reads, with what it expects. The README's configuration table is checked
 * against this list by a test, so a variable cannot be added without documenting it.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { error: "expected 'development', 'production' or 'test'" }).default('development')
    .describe('`production` turns GraphQL introspection off.'),
  PORT: port.default(4000).describe('HTTP and WebSocket port for `/graphql`, `/healthz`, `/readyz`, `/metrics` (0: any free port).'),
  HOST: z.string().min(1).default('0.0.0.0').describe('Interface to listen on.'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'expected a pino level: fatal, error, warn, info, debug, trace or silent' }).default('info')
    .describe('Structured JSON log level.'),
  VIGIL_DATA_DIR: z.string().min(1).default('./data').describe('Embedded store folder (SQLite database, WAL).'),
  VIGIL_ARTIFACT_DIR: z.string().min(1).optional().describe('Model weights and checkpoints; a shared volume in Kubernetes. Default `$VIGIL_DATA_DIR/artifacts`.'),
  VIGIL_ADMIN_TOKEN: optionalSecret(24, 'an admin API token').describe('Admin API token to register at start. Without it, the first start creates one and prints it once.'),
  VIGIL_JWT_SECRET: optionalSecret(32, 'an HS256 secret').describe('Accept HS256 JWTs (claims `sub`, `role`) signed with this secret, besides API keys.'),
  VIGIL_JWT_ISSUER: z.string().min(1).optional().describe('Required `iss` claim of accepted JWTs.'),
  VIGIL_JWT_AUDIENCE: z.string().min(1).optional().describe('Required `aud` claim of accepted JWTs.'),
  GRAPHQL_MAX_DEPTH: positiveInt('a positive whole number of nesting levels').default(12).describe('Deepest selection nesting a query may have.'),
  GRAPHQL_MAX_COMPLEXITY: positiveInt('a positive whole number (cost units)').default(2000).describe('Highest estimated cost of one operation (1 per field, list fields × their `limit`).'),
  VIGIL_MAX_BODY_BYTES: positiveInt('a positive number of bytes').default(1_048_576).describe('Largest accepted JSON request body.'),
  VIGIL_JOB_CONCURRENCY: positiveInt('a positive whole number of worker threads').default(1).describe('Training jobs run at once in worker threads (embedded mode).'),
  VIGIL_SHUTDOWN_GRACE_MS: positiveInt('a positive number of milliseconds').default(10_000).describe('How long a stop waits for requests and jobs to finish.'),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  nodeEnv: Env['NODE_ENV'];
  http: { host: string; port: number; maxBodyBytes: number; shutdownGraceMs: number };
  logLevel: Env['LOG_LEVEL'];
  store: { kind: 'embedded'; dataDir: string; artifactDir: string };
  auth: {
    adminToken?: string;
    jwt?: { secret: string; issuer?: string; audience?: string };
  };
  graphql: { maxDepth: number; maxComplexity: number; introspection: boolean };
  jobs: { concurrency: number };
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: { variable: string; expected: string; got?: string }[]) {
    super(
      'Invalid configuration:\n' +
        problems.map((p) => `  ${p.variable}: ${p.expected}${p.got === undefined ? '' : ` (got '${p.got}')`}`).join('\n'),
    );
  }
}

/** Validates the environment once, at start-up, and turns it into the typed configuration. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const relevant = Object.fromEntries(
    Object.keys(envSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const parsed = envSchema.safeParse(relevant);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const variable = String(issue.path[0] ?? '(environment)');
        const secret = variable.includes('TOKEN') || variable.includes('SECRET');
        const got = relevant[variable];
        return { variable, expected: issue.message, ...(got !== undefined && !secret ? { got } : {}) };
      }),
    );
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.VIGIL_DATA_DIR);
  return {
    nodeEnv: e.NODE_ENV,
    http: { host: e.HOST, port: e.PORT, maxBodyBytes: e.VIGIL_MAX_BODY_BYTES, shutdownGraceMs: e.VIGIL_SHUTDOWN_GRACE_MS },
    logLevel: e.LOG_LEVEL,
    store: { kind: 'embedded', dataDir, artifactDir: path.resolve(e.VIGIL_ARTIFACT_DIR ?? path.join(dataDir, 'artifacts')) },
    auth: {
      ...(e.VIGIL_ADMIN_TOKEN ? { adminToken: e.VIGIL_ADMIN_TOKEN } : {}),
      ...(e.VIGIL_JWT_SECRET
        ? { jwt: { secret: e.VIGIL_JWT_SECRET, ...(e.VIGIL_JWT_ISSUER ? { issuer: e.VIGIL_JWT_ISSUER } : {}), ...(e.VIGIL_JWT_AUDIENCE ? { audience: e.VIGIL_JWT_AUDIENCE } : {}) } }
        : {}),
    },
    graphql: { maxDepth: e.GRAPHQL_MAX_DEPTH, maxComplexity: e.GRAPHQL_MAX_COMPLEXITY, introspection: e.NODE_ENV !== 'production' },
    jobs: { concurrency: e.VIGIL_JOB_CONCURRENCY },
  };
}
