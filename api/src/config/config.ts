import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
  VIGIL_DASHBOARD_DIR: z.string().min(1).optional().describe('Built dashboard served on the API port. Default `dashboard/dist` of this checkout.'),
  PROMETHEUS_URL: z.url({ error: 'expected the base URL of a Prometheus server, e.g. http://prometheus:9090' }).optional()
    .describe("Cluster metrics (the `cluster` query, the dashboard's overview) come from this Prometheus, for every scraped service; otherwise from this process."),
  // TensorFlow.js backend of training, sampling and classifiers (read by ml/src/tf in every worker thread).
  TF_BACKEND: z.enum(['auto', 'tensorflow', 'wasm', 'cpu'], { error: "expected 'auto', 'tensorflow', 'wasm' or 'cpu'" }).default('auto')
    .describe('`auto`: tfjs-node when installed (`ops/scripts/provision-tfjs-node.sh`), else WebAssembly (SIMD). `tensorflow` without tfjs-node: training and classifiers fail with that reason, also logged at start and shown in `health { notices }`.'),
  // Detect: training data, classification and NDJSON ingestion limits.
  VIGIL_NSL_KDD_DIR: z.string().min(1).optional()
    .describe('Folder with the NSL-KDD files (`KDDTrain+.txt`, `KDDTest+.txt`, `KDDTest-21.txt`): the default training data of `trainClassifier` and its test splits. Default `$VIGIL_DATA_DIR/nsl-kdd`.'),
  VIGIL_CLASSIFY_MAX_RECORDS: positiveInt('a positive whole number of records').default(1_000).describe('Most records one `classifyRecords` call takes.'),
  VIGIL_FLOWS_MAX_LINES: positiveInt('a positive whole number of lines').default(1_000_000).describe('Most NDJSON lines one `POST /ingest/flows` request may send.'),
  VIGIL_FLOWS_MAX_BYTES: positiveInt('a positive number of bytes').default(256 * 1024 * 1024).describe('Largest `POST /ingest/flows` body.'),
  VIGIL_FLOWS_BATCH: positiveInt('a positive whole number of records').default(512).describe('NDJSON lines classified together in one batch.'),
  // Ask (RAG): embeddings, seed documents, answerers, ingestion limits, retrieval.
  EMBEDDER: z.enum(['local', 'gemini', 'none'], { error: "expected 'local', 'gemini' or 'none'" }).default('local')
    .describe('Embeddings for vector retrieval: the local MiniLM model, Gemini (needs `GEMINI_API_KEY`), or none (lexical-only).'),
  EMBEDDING_MODEL_DIR: z.string().min(1).optional()
    .describe('Folder holding all-MiniLM-L6-v2 (ONNX + tokenizer), see `ops/scripts/fetch-embedding-model.sh`. Absent or missing: lexical-only retrieval, a warning, and a notice in `health`.'),
  EMBEDDING_ALLOW_DOWNLOAD: z.enum(['true', 'false'], { error: "expected 'true' or 'false'" }).default('false')
    .describe('Download the model from the Hugging Face hub when `EMBEDDING_MODEL_DIR` is not usable.'),
  GEMINI_EMBEDDING_MODEL: z.string().min(1).default('text-embedding-004').describe('Gemini embedding model (with `EMBEDDER=gemini`).'),
  VIGIL_SEED_DOCS: z.string().min(1).optional()
    .describe('Files or folders (separated by `:` or `,`) ingested in the background at start; idempotent, so restarts re-ingest nothing.'),
  ANSWERER: z.enum(['extractive', 'gemini', 'openai'], { error: "expected 'extractive', 'gemini' or 'openai'" }).default('extractive')
    .describe('Who writes answers: the built-in extractive answerer (offline), Gemini, or an OpenAI-compatible server.'),
  ANSWER_FALLBACK: z.enum(['extractive', 'none'], { error: "expected 'extractive' or 'none'" }).default('extractive')
    .describe('When Gemini/OpenAI fails before its first token: answer extractively, or return UNAVAILABLE.'),
  ANSWER_TIMEOUT_MS: positiveInt('a positive number of milliseconds').default(30_000).describe('Longest wait for the first or next token from Gemini/OpenAI.'),
  GEMINI_API_KEY: optionalSecret(8, 'a Gemini API key').describe('Gemini API key (needed by `ANSWERER=gemini` and `EMBEDDER=gemini`).'),
  GEMINI_MODEL: z.string().min(1).default('gemini-2.5-flash').describe('Gemini model for answers.'),
  GEMINI_BASE_URL: z.url({ error: 'expected an http(s) URL' }).optional().describe("Gemini endpoint (default Google's); for proxies and tests."),
  OPENAI_BASE_URL: z.url({ error: 'expected an http(s) URL' }).optional().describe('OpenAI-compatible server, e.g. `http://localhost:11434/v1` for Ollama (needed by `ANSWERER=openai`).'),
  OPENAI_MODEL: z.string().min(1).optional().describe('Model name on that server (needed by `ANSWERER=openai`).'),
  OPENAI_API_KEY: z.string().min(1).optional().describe('API key for that server, if it wants one.'),
  INGEST_MAX_BYTES: positiveInt('a positive number of bytes').default(64 * 1024 * 1024).describe('Largest file ingestion accepts (upload, path or URL).'),
  INGEST_MAX_PAGES: positiveInt('a positive whole number of pages').default(2_000).describe('Most pages of one PDF.'),
  INGEST_MAX_CHARS: positiveInt('a positive whole number of characters').default(20_000_000).describe('Most characters of text extracted from one file.'),
  INGEST_URL_TIMEOUT_MS: positiveInt('a positive number of milliseconds').default(30_000).describe('Longest time fetching a URL given to `ingestDocument` may take.'),
  INGEST_URL_ALLOW_INTERNAL: z.enum(['true', 'false'], { error: "expected 'true' or 'false'" }).default('false')
    .describe('Let `ingestDocument(url)` fetch hosts inside the network (loopback, private, link-local). Off: such URLs, and redirects to them, are refused (SSRF).'),
  RETRIEVAL_K: positiveInt('a positive whole number of chunks').default(6).describe('Chunks given to the answerer (after fusion and MMR).'),
  RETRIEVAL_CANDIDATES: positiveInt('a positive whole number of hits').default(40).describe('Hits taken from BM25 and from kNN before fusion.'),
  RETRIEVAL_LEXICAL_WEIGHT: z.coerce.number({ error: 'expected a number ≥ 0' }).min(0, { error: 'expected a number ≥ 0' }).default(1).describe('RRF weight of the BM25 list.'),
  RETRIEVAL_VECTOR_WEIGHT: z.coerce.number({ error: 'expected a number ≥ 0' }).min(0, { error: 'expected a number ≥ 0' }).default(1).describe('RRF weight of the kNN list.'),
  RETRIEVAL_MMR_LAMBDA: z.coerce.number({ error: 'expected a number in 0..1' }).min(0, { error: 'expected a number in 0..1' }).max(1, { error: 'expected a number in 0..1' }).default(0.7)
    .describe('MMR trade-off: 1 = pure relevance, 0 = pure diversity.'),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  nodeEnv: Env['NODE_ENV'];
  http: { host: string; port: number; maxBodyBytes: number; shutdownGraceMs: number; dashboardDir: string };
  logLevel: Env['LOG_LEVEL'];
  store: { kind: 'embedded'; dataDir: string; artifactDir: string };
  auth: {
    adminToken?: string;
    jwt?: { secret: string; issuer?: string; audience?: string };
  };
  graphql: { maxDepth: number; maxComplexity: number; introspection: boolean };
  jobs: { concurrency: number };
  /** Where cluster figures come from; absent: this process's own counters. */
  prometheusUrl?: string;
  detect: { nslKddDir: string; maxClassifyRecords: number; flows: { maxLines: number; maxBytes: number; batch: number } };
  rag: RagConfig;
}

/** Ask: how documents are embedded, which answerer writes, limits, retrieval tuning. */
export interface RagConfig {
  embedder:
    | { kind: 'local'; modelDir?: string; allowDownload: boolean }
    | { kind: 'gemini'; apiKey: string; model: string; baseUrl?: string }
    | { kind: 'none' };
  seedDocs: string[];
  answerer:
    | { kind: 'extractive' }
    | { kind: 'gemini'; apiKey: string; model: string; baseUrl?: string; timeoutMs: number; fallback: 'extractive' | 'none' }
    | { kind: 'openai'; baseUrl: string; model: string; apiKey?: string; timeoutMs: number; fallback: 'extractive' | 'none' };
  limits: { maxBytes: number; maxPages: number; maxTextChars: number };
  urlTimeoutMs: number;
  urlAllowInternal: boolean;
  retrieval: { k: number; candidates: number; lexicalWeight: number; vectorWeight: number; lambda: number };
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
        const secret = variable.includes('TOKEN') || variable.includes('SECRET') || variable.includes('KEY');
        const got = relevant[variable];
        return { variable, expected: issue.message, ...(got !== undefined && !secret ? { got } : {}) };
      }),
    );
  }
  const e = parsed.data;
  const rag = ragConfig(e);
  const dataDir = path.resolve(e.VIGIL_DATA_DIR);
  return {
    nodeEnv: e.NODE_ENV,
    http: {
      host: e.HOST,
      port: e.PORT,
      maxBodyBytes: e.VIGIL_MAX_BODY_BYTES,
      shutdownGraceMs: e.VIGIL_SHUTDOWN_GRACE_MS,
      dashboardDir: path.resolve(e.VIGIL_DASHBOARD_DIR ?? fileURLToPath(new URL('../../../../dashboard/dist', import.meta.url))),
    },
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
    ...(e.PROMETHEUS_URL ? { prometheusUrl: e.PROMETHEUS_URL } : {}),
    detect: {
      nslKddDir: path.resolve(e.VIGIL_NSL_KDD_DIR ?? path.join(dataDir, 'nsl-kdd')),
      maxClassifyRecords: e.VIGIL_CLASSIFY_MAX_RECORDS,
      flows: { maxLines: e.VIGIL_FLOWS_MAX_LINES, maxBytes: e.VIGIL_FLOWS_MAX_BYTES, batch: e.VIGIL_FLOWS_BATCH },
    },
    rag,
  };
}

/** Checks the combinations one variable alone cannot (an answerer without its key, URL or model). */
function ragConfig(e: Env): RagConfig {
  const problems: ConstructorParameters<typeof ConfigError>[0] = [];
  const need = (variable: string, value: string | undefined, why: string): string => {
    if (!value) problems.push({ variable, expected: `required ${why}` });
    return value ?? '';
  };
  let embedder: RagConfig['embedder'];
  if (e.EMBEDDER === 'gemini') {
    embedder = { kind: 'gemini', apiKey: need('GEMINI_API_KEY', e.GEMINI_API_KEY, 'when EMBEDDER=gemini'), model: e.GEMINI_EMBEDDING_MODEL, ...(e.GEMINI_BASE_URL ? { baseUrl: e.GEMINI_BASE_URL } : {}) };
  } else if (e.EMBEDDER === 'none') {
    embedder = { kind: 'none' };
  } else {
    embedder = { kind: 'local', ...(e.EMBEDDING_MODEL_DIR ? { modelDir: path.resolve(e.EMBEDDING_MODEL_DIR) } : {}), allowDownload: e.EMBEDDING_ALLOW_DOWNLOAD === 'true' };
  }
  let answerer: RagConfig['answerer'];
  const common = { timeoutMs: e.ANSWER_TIMEOUT_MS, fallback: e.ANSWER_FALLBACK };
  if (e.ANSWERER === 'gemini') {
    answerer = { kind: 'gemini', apiKey: need('GEMINI_API_KEY', e.GEMINI_API_KEY, 'when ANSWERER=gemini'), model: e.GEMINI_MODEL, ...(e.GEMINI_BASE_URL ? { baseUrl: e.GEMINI_BASE_URL } : {}), ...common };
  } else if (e.ANSWERER === 'openai') {
    answerer = {
      kind: 'openai',
      baseUrl: need('OPENAI_BASE_URL', e.OPENAI_BASE_URL, 'when ANSWERER=openai'),
      model: need('OPENAI_MODEL', e.OPENAI_MODEL, 'when ANSWERER=openai'),
      ...(e.OPENAI_API_KEY ? { apiKey: e.OPENAI_API_KEY } : {}),
      ...common,
    };
  } else {
    answerer = { kind: 'extractive' };
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    embedder,
    seedDocs: (e.VIGIL_SEED_DOCS ?? '').split(/[:,]/).map((p) => p.trim()).filter(Boolean).map((p) => path.resolve(p)),
    answerer,
    limits: { maxBytes: e.INGEST_MAX_BYTES, maxPages: e.INGEST_MAX_PAGES, maxTextChars: e.INGEST_MAX_CHARS },
    urlTimeoutMs: e.INGEST_URL_TIMEOUT_MS,
    urlAllowInternal: e.INGEST_URL_ALLOW_INTERNAL === 'true',
    retrieval: {
      k: e.RETRIEVAL_K,
      candidates: e.RETRIEVAL_CANDIDATES,
      lexicalWeight: e.RETRIEVAL_LEXICAL_WEIGHT,
      vectorWeight: e.RETRIEVAL_VECTOR_WEIGHT,
      lambda: e.RETRIEVAL_MMR_LAMBDA,
    },
  };
}
