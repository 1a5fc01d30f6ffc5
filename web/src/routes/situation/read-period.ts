import { periodKinds, type PeriodKind } from '../../api/types';
import { currentPeriodKey, isPeriodKey } from './periods';

/** The period in the address (`?period=week&key=2026-W48`); the current week when it is not valid. */
export function readPeriod(params: URLSearchParams): { kind: PeriodKind; key: string } {
  const kind = (periodKinds as readonly string[]).includes(params.get('period') ?? '')
    ? (params.get('period') as PeriodKind)
    : 'week';
  const key = params.get('key') ?? '';
  return { kind, key: isPeriodKey(kind, key) ? key : currentPeriodKey(kind, new Date()) };
}
