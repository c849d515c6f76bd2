// The port contracts, run against the embedded adapters (SQLite, in-process pub/sub and queue, directory).
import path from 'node:path';
import { DirectoryArtifactStore } from '../../src/adapters/fs/artifact-store.js';
import { LocalJobQueue } from '../../src/adapters/local/job-queue.js';
import { EventTargetPubSub } from '../../src/adapters/memory/pubsub.js';
import { openDatabase } from '../../src/adapters/sqlite/database.js';
import { SqliteRecordStore } from '../../src/adapters/sqlite/record-store.js';
import { SqliteSearchIndex } from '../../src/adapters/sqlite/search-index.js';
import type { JobQueue } from '../../src/ports/job-queue.js';
import { artifactStoreContract } from '../contracts/artifact-store.contract.js';
import { fixtureHandlers, jobQueueContract } from '../contracts/job-queue.contract.js';
import { pubSubContract } from '../contracts/pubsub.contract.js';
import { recordStoreContract } from '../contracts/record-store.contract.js';
import { searchIndexContract } from '../contracts/search-index.contract.js';
import { silentLogger } from '../support/silent-logger.js';
import { tempDir } from '../support/temp-dir.js';

recordStoreContract('sqlite', async () => {
  const tmp = await tempDir();
  const db = openDatabase(path.join(tmp.dir, 'vigil.db'));
  return { store: new SqliteRecordStore(db), dispose: async () => (db.close(), tmp.remove()) };
});

searchIndexContract('sqlite (FTS5 + exact kNN)', async () => {
  const tmp = await tempDir();
  const db = openDatabase(path.join(tmp.dir, 'vigil.db'));
  return { index: new SqliteSearchIndex(db), dispose: async () => (db.close(), tmp.remove()) };
});

pubSubContract('in-process', async () => {
  const pubsub = new EventTargetPubSub();
  return { pubsub, dispose: () => pubsub.close() };
});

artifactStoreContract('directory', async () => {
  const tmp = await tempDir();
  return { artifacts: new DirectoryArtifactStore(path.join(tmp.dir, 'artifacts')), dispose: tmp.remove };
});

jobQueueContract('worker threads', async () => {
  const tmp = await tempDir();
  const db = openDatabase(path.join(tmp.dir, 'vigil.db'));
  const store = new SqliteRecordStore(db);
  const pubsub = new EventTargetPubSub();
  const make = () => new LocalJobQueue({ store, pubsub, logger: silentLogger(), handlers: fixtureHandlers, concurrency: 1, cancelGraceMs: 2000 });
  let queue: LocalJobQueue = make();
  await queue.start();
  const harness = {
    queue: queue as JobQueue,
    pubsub,
    async restart() {
      await queue.close(2000);
      queue = make();
      await queue.start();
      harness.queue = queue;
      return queue;
    },
    async dispose() {
      await queue.close(2000);
      db.close();
      await tmp.remove();
    },
  };
  return harness;
});
