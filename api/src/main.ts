import { ConfigError, loadConfig } from './config/config.js';
import { createApp } from './app.js';
import { createLogger } from './logging/logger.js';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`vigil: ${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  throw error;
}

const logger = createLogger(config.logLevel);
const app = await createApp(config, logger);

if (app.admin.kind === 'created') {
  // Printed once, on the first start; only its hash is stored.
  process.stdout.write(
    `\n  Vigil admin token (shown once, store it now):\n\n    ${app.admin.token}\n\n` +
      `  Use it as: curl -H 'Authorization: Bearer <token>' ${app.url}/graphql\n\n`,
  );
}
logger.info({ url: `${app.url}/graphql`, mode: config.store.kind, dataDir: config.store.dataDir }, 'vigil api listening');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    const force = setTimeout(() => process.exit(1), config.http.shutdownGraceMs + 2000).unref();
    app.close().then(
      () => {
        clearTimeout(force);
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'unclean stop');
        process.exit(1);
      },
    );
  });
}
