import type { LoginThrottle } from './one-time-token.js';

export interface LoginThrottleRepository {
  find(key: string): Promise<LoginThrottle | null>;
  /**
   * The key's row, created empty if missing, locked until the surrounding transaction ends:
   * concurrent attempts on one key are counted one after the other.
   */
  findForUpdate(key: string, now: string): Promise<LoginThrottle>;
  save(throttle: LoginThrottle): Promise<void>;
  clear(key: string): Promise<void>;
}
