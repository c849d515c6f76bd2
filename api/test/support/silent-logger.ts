import { createLogger } from '../../src/logging/logger.js';

export const silentLogger = () => createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
