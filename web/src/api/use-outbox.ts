import { useMemo, useSyncExternalStore } from 'react';
import { outbox, type QueuedReport } from './outbox';

/** The reports of this user that wait on this device, kept up to date (also across tabs). */
export function useOutbox(userId: string): QueuedReport[] {
  const raw = useSyncExternalStore(outbox.subscribe, () => outbox.snapshot(userId));
  return useMemo(() => {
    try {
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? (parsed as QueuedReport[]) : [];
    } catch {
      return [];
    }
  }, [raw]);
}
