import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { DirectoryArtifactStore } from './adapters/fs/artifact-store.js';
import { LocalJobQueue } from './adapters/local/job-queue.js';
import { EventTargetPubSub } from './adapters/memory/pubsub.js';
import { openDatabase } from './adapters/sqlite/database.js';
import { SqliteRecordStore } from './adapters/sqlite/record-store.js';
import { SqliteSearchIndex } from './adapters/sqlite/search-index.js';
import { Authenticator } from './auth/authenticator.js';
import { bootstrapAdmin, type AdminBootstrap } from './auth/bootstrap-admin.js';
import type { Config } from './config/config.js';
import { RunService } from './diffusion/run.service.js';
import { buildVigilSchema } from './graphql/schema.js';
import { createHttpService } from './http/server.js';
import { productJobHandlers } from './jobs/handlers.js';
import type { Logger } from './logging/logger.js';
import { PrometheusClusterSource } from './cluster/prometheus-cluster-source.js';
import { SelfClusterSource } from './cluster/self-cluster-source.js';
import { createMetrics } from './metrics/metrics.js';
import { DetectService } from './detect/classifier.service.js';
import { createRag } from './rag/service/rag.js';
import type { Services } from './services.js';

export interface App {
  services: Services;
  /** Base URL, e.g. http://127.0.0.1:4000 */
  url: string;
  port: number;
  admin: AdminBootstrap;
  close(): Promise<void>;
}

export interface AppOptions {
  /** Job type → handler module URL; defaults to the product's handlers (`jobs/handlers.ts`). */
  jobHandlers?: Record<string, string>;
}

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** The composition root: the one place that chooses adapters from the validated configuration. */
export async function createApp(config: Config, logger: Logger, options: AppOptions = {}): Promise<App> {
  const db = openDatabase(path.join(config.store.dataDir, 'vigil.db'));
  const store = new SqliteRecordStore(db);
  const search = new SqliteSearchIndex(db);
  const pubsub = new EventTargetPubSub();
  const artifacts = new DirectoryArtifactStore(config.store.artifactDir);
  const jobs = new LocalJobQueue({
    store,
    pubsub,
    logger: logger.child({ component: 'jobs' }),
    handlers: options.jobHandlers ?? productJobHandlers,
    concurrency: config.jobs.concurrency,
    handlerOptions: { artifactDir: config.store.artifactDir, dataDir: config.store.dataDir },
  });
  const rag = await createRag(config.rag, { store, search, pubsub, logger, dataDir: config.store.dataDir });
  const authenticator = new Authenticator({ store, ...(config.auth.jwt ? { jwt: config.auth.jwt } : {}) });
  const metrics = createMetrics();
  const services: Services = {
    config,
    logger,
    metrics,
    cluster: config.prometheusUrl ? new PrometheusClusterSource(config.prometheusUrl) : new SelfClusterSource(metrics.window),
    store,
    search,
    pubsub,
    jobs,
    artifacts,
    authenticator,
    startedAt: new Date(),
    runs: new RunService({ store, jobs, pubsub, artifacts, logger: logger.child({ component: 'runs' }), artifactDir: config.store.artifactDir }),
    version,
    detect: new DetectService({ config, logger: logger.child({ component: 'detect' }), store, search, pubsub, jobs, artifacts }),
    rag,
  };

  const admin = await bootstrapAdmin(store, config.auth.adminToken);
  const schema = await buildVigilSchema(pubsub);
  const http = await createHttpService(services, schema);
  await services.detect.start();
  await services.runs.start();
  await jobs.start();
  services.metrics.window.start();
  await new Promise<void>((resolve, reject) => {
    http.server.once('error', reject);
    http.server.listen(config.http.port, config.http.host, () => resolve());
  });
  rag.startSeeding();
  const { port } = http.server.address() as AddressInfo;
  const host = config.http.host === '0.0.0.0' || config.http.host === '::' ? '127.0.0.1' : config.http.host;

  let closing: Promise<void> | undefined;
  return {
    services,
    url: `http://${host}:${port}`,
    port,
    admin,
    close: () =>
      (closing ??= (async () => {
        services.metrics.window.stop();
        await http.close();
        services.detect.close();
        await jobs.close(config.http.shutdownGraceMs);
        await services.runs.close();
        await rag.close();
        await Promise.all([pubsub.close(), search.close(), store.close()]);
        db.close();
      })()),
  };
}
