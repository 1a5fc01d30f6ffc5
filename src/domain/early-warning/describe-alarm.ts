import type { TestedAlarm } from './find-alarms.js';

/**
 * An alarm in one line a meeting can read aloud, in the words a coordinator uses:
 * "Misstänkt narkotikahantering i Skogås: fler än väntat – 9 händelser mot normalt cirka 2."
 * The method and its threshold are the analyst's, shown beside it (one click away).
 */
export function describeAlarm(
  alarm: Pick<TestedAlarm, 'observed' | 'expected'>,
  names: { category: string; district: string | null },
  locale: 'sv' | 'en',
): string {
  const number = new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', {
    maximumFractionDigits: 0,
  });
  const count = alarm.observed;
  // "about 0" reads oddly: an expected count under one half is "almost none".
  const usual = alarm.expected < 0.5 ? null : number.format(alarm.expected);
  return locale === 'sv'
    ? `${names.category} i ${names.district ?? 'hela kommunen'}: fler än väntat – ${count} ${count === 1 ? 'händelse' : 'händelser'} mot normalt ${usual === null ? 'nästan inga' : `cirka ${usual}`}.`
    : `${names.category} in ${names.district ?? 'the whole municipality'}: more than expected – ${count} ${count === 1 ? 'incident' : 'incidents'} against usually ${usual === null ? 'almost none' : `about ${usual}`}.`;
}
