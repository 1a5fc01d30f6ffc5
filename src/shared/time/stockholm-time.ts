/**
 * The calendar and clock of Europe/Stockholm, where every municipality of Tryggve lives:
 * times are stored in UTC and read, grouped and shown in Swedish local time. Intl gives the
 * offsets; no date library is needed.
 */

const stockholmClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Stockholm',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** A calendar day in Europe/Stockholm. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const minuteMs = 60_000;
const hourMs = 3_600_000;
const dayMs = 86_400_000;

/**
 * Offsets by UTC day and, on the two days a year the clock changes, by UTC hour: Intl is slow,
 * and Sweden's clock changes fall on whole UTC hours, at most once a day.
 */
const knownOffsets = new Map<string, number>();

function cachedOffset(key: string, wholeHourMs: number): number {
  const known = knownOffsets.get(key);
  if (known !== undefined) return known;
  const offset = offsetFromIntl(wholeHourMs);
  if (knownOffsets.size >= 100_000) knownOffsets.clear();
  knownOffsets.set(key, offset);
  return offset;
}

/** Minutes Europe/Stockholm is ahead of UTC at an instant: 60 in winter, 120 in summer. */
export function stockholmOffsetMinutes(instant: Date): number {
  const day = Math.floor(instant.getTime() / dayMs);
  const atStart = cachedOffset(`${day}`, day * dayMs);
  const atEnd = cachedOffset(`${day}T23`, day * dayMs + 23 * hourMs);
  if (atStart === atEnd) return atStart;
  const hour = Math.floor(instant.getTime() / hourMs);
  return cachedOffset(`${day}T${hour}`, hour * hourMs);
}

function offsetFromIntl(wholeHourMs: number): number {
  const parts = stockholmClock.formatToParts(new Date(wholeHourMs));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((item) => item.type === type)?.value);
  const wallClockAsUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return Math.round((wallClockAsUtc - wholeHourMs) / minuteMs);
}

/**
 * The instant of a Europe/Stockholm wall-clock time. A time that occurs twice (the autumn
 * change, 02.00–02.59) is taken as the first, summer-time one; a time that does not exist
 * (the spring change) is read as if the clock had not yet moved, which lands an hour later
 * on the new clock, as most libraries do.
 */
export function stockholmLocalTimeToUtc(date: LocalDate, hour: number, minute: number): Date {
  const wallClockAsUtc = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  const offsetBefore = stockholmOffsetMinutes(new Date(wallClockAsUtc - dayMs / 2));
  const offsetAfter = stockholmOffsetMinutes(new Date(wallClockAsUtc + dayMs / 2));
  const consistent = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => ({ offset, instant: wallClockAsUtc - offset * minuteMs }))
    .filter(({ offset, instant }) => stockholmOffsetMinutes(new Date(instant)) === offset)
    .map(({ instant }) => instant);
  if (consistent.length === 0) return new Date(wallClockAsUtc - offsetBefore * minuteMs);
  return new Date(Math.min(...consistent));
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

export function isRealDate({ year, month, day }: LocalDate): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export function formatLocalDate({ year, month, day }: LocalDate): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A Europe/Stockholm wall-clock reading of an instant. */
export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number;
}

export function stockholmLocalParts(instant: Date): LocalDateTime {
  const local = new Date(instant.getTime() + stockholmOffsetMinutes(instant) * minuteMs);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    weekday: ((local.getUTCDay() + 6) % 7) + 1,
  };
}

/** The instant a Europe/Stockholm calendar day begins. */
export function startOfStockholmDay(date: LocalDate): Date {
  return stockholmLocalTimeToUtc(date, 0, 0);
}

/** Today (or the day of `now`) as a Europe/Stockholm calendar day: `YYYY-MM-DD`. */
export function stockholmToday(now: Date): string {
  return formatLocalDate(stockholmLocalParts(now));
}

/** A Europe/Stockholm wall-clock reading as a datetime-local value: `YYYY-MM-DDTHH:MM`. */
export function formatStockholmDateTime(instant: Date): string {
  const local = stockholmLocalParts(instant);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${formatLocalDate(local)}T${pad(local.hour)}:${pad(local.minute)}`;
}
