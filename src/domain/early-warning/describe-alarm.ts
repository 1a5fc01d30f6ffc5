import type { AlarmMethod } from './early-warning.js';
import type { TestedAlarm } from './find-alarms.js';

const methodNames: Record<'sv' | 'en', Record<AlarmMethod, string>> = {
  sv: { C1: 'C1', C2: 'C2', C3: 'C3', farrington: 'säsongsmodellen (Farrington)' },
  en: { C1: 'C1', C2: 'C2', C3: 'C3', farrington: 'the seasonal model (Farrington)' },
};

/**
 * An alarm in one line a meeting can read aloud:
 * "Misstänkt narkotikahantering i Skogås: 9 händelser mot väntade 2,1 — över tröskeln 6,4 för C2."
 */
export function describeAlarm(
  alarm: Pick<TestedAlarm, 'observed' | 'expected' | 'threshold' | 'method'>,
  names: { category: string; district: string | null },
  locale: 'sv' | 'en',
): string {
  const number = new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', {
    maximumFractionDigits: 1,
  });
  const method = methodNames[locale][alarm.method];
  const count = alarm.observed;
  return locale === 'sv'
    ? `${names.category} i ${names.district ?? 'hela kommunen'}: ${count} ${count === 1 ? 'händelse' : 'händelser'} mot väntade ${number.format(alarm.expected)} — över tröskeln ${number.format(alarm.threshold)} för ${method}.`
    : `${names.category} in ${names.district ?? 'the whole municipality'}: ${count} ${count === 1 ? 'incident' : 'incidents'} against an expected ${number.format(alarm.expected)} — above the threshold of ${number.format(alarm.threshold)} for ${method}.`;
}
