import { parsePeriod, type Period, type PeriodKind } from '../../analysis/periods.js';
import { DomainError } from '../errors.js';

/**
 * The period `key` names, or VALIDATION_FAILED pointing at `path` (where the key came from),
 * so every use case that takes a period refuses a bad one in the same words.
 */
export function requirePeriod(
  kind: PeriodKind,
  key: string,
  path: string[] = ['query', 'key'],
): Period {
  const period = parsePeriod(kind, key);
  if (!period) {
    throw new DomainError('VALIDATION_FAILED', `"${key}" is not a ${kind} period.`, {
      issues: [{ path, message: 'a period such as 2026-W48, 2026-11, 2026-T3, 2026' }],
    });
  }
  return period;
}
