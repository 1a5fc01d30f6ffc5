import type { Basemap } from '../config.js';
import type { Deps } from '../domain/deps.js';
import type { TaskRunner } from '../jobs/worker-tasks.js';
import type { SessionCookieOptions } from './session-plugin.js';

/** What every area's routes receive when registered. */
export interface RouteContext {
  deps: Deps;
  cookies: SessionCookieOptions;
  rateLimits: RateLimits;
  /** Tiles under the maps, from the configuration; null: none. */
  basemap: Basemap | null;
  /** Heavy work off the event loop: imports, screening, rendering (src/jobs/worker-pool.ts). */
  tasks: TaskRunner;
}

export interface RateLimits {
  /** Requests per minute from one address, for all routes. */
  globalPerMinute: number;
  /** Requests per minute from one address to sign-in, password and invitation routes. */
  authPerMinute: number;
}
