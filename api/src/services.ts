import type { Authenticator } from './auth/authenticator.js';
import type { ClusterSource } from './cluster/cluster-source.js';
import type { Config } from './config/config.js';
import type { RunService } from './diffusion/run.service.js';
import type { Logger } from './logging/logger.js';
import type { Metrics } from './metrics/metrics.js';
import type { ArtifactStore } from './ports/artifact-store.js';
import type { JobQueue } from './ports/job-queue.js';
import type { PubSub } from './ports/pubsub.js';
import type { RecordStore } from './ports/record-store.js';
import type { SearchIndex } from './ports/search-index.js';
import type { DetectService } from './detect/classifier.service.js';
import type { Rag } from './rag/service/rag.js';

/** Everything a resolver may use, wired once in the composition root (`app.ts`). */
export interface Services {
  config: Config;
  logger: Logger;
  metrics: Metrics;
  cluster: ClusterSource;
  store: RecordStore;
  search: SearchIndex;
  pubsub: PubSub;
  jobs: JobQueue;
  artifacts: ArtifactStore;
  authenticator: Authenticator;
  startedAt: Date;
  /** Generate: diffusion runs, samples, quality reports. */
  runs: RunService;
  version: string;
  /** Detect: classifier registry, detection with the promoted models, alerts. */
  detect: DetectService;
  /** Ask: documents, retrieval and chat. */
  rag: Rag;
}
