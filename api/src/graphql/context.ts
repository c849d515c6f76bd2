import type { Principal } from '../auth/roles.js';
import type { Logger } from '../logging/logger.js';
import type { Services } from '../services.js';

export interface Context {
  principal: Principal | null;
  requestId: string;
  logger: Logger;
  services: Services;
}
