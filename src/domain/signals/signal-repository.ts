import type { Signal, SignalCount, SignalFilter } from './signal.js';

export interface SignalRepository {
  save(signal: Signal): Promise<void>;
  /**
   * Retention: empties the description, follow-up and personal-data kinds of the
   * municipality's signals closed (last changed) before `closedBefore`. Returns how many.
   */
  removeTextClosedBefore(
    municipalityId: string,
    closedBefore: string,
    removedAt: string,
    /** At most this many (a batch of the retention job, issue 21); all when absent. */
    limit?: number,
  ): Promise<number>;
  find(municipalityId: string, id: string): Promise<Signal | null>;
  /** Newest observation first, at most `limit`. */
  list(municipalityId: string, filter: SignalFilter, limit: number): Promise<Signal[]>;
  count(municipalityId: string, from: string, to: string): Promise<SignalCount[]>;
}
