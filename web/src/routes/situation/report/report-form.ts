import type { EventProblem, GeoPoint, ReportedEventInput } from '../../../api/types';
import { fromStockholmDateTimeInput } from '../../../i18n/format';
import type { SituationMessages } from '../../../i18n/situation/sv';

/** One event as the form holds it: text fields as typed, empty meaning "not given". */
export interface EventDraft {
  /** For React lists only. */
  key: string;
  /** A datetime-local value in Swedish time, or null for "now" (taken when the report is filed). */
  occurredAt: string | null;
  occurredUntil: string | null;
  point: GeoPoint | null;
  districtId: string;
  address: string;
  categoryCode: string;
  severity: string;
  unsafety: string;
  description: string;
  peopleCount: string;
}

export type EventField = 'time' | 'until' | 'place' | 'district' | 'category' | 'peopleCount';
export type EventErrors = Partial<Record<EventField, string>>;

let draftCounter = 0;

export function emptyDraft(): EventDraft {
  draftCounter += 1;
  return {
    key: `event-${draftCounter}`,
    occurredAt: null,
    occurredUntil: null,
    point: null,
    districtId: '',
    address: '',
    categoryCode: '',
    severity: '',
    unsafety: '',
    description: '',
    peopleCount: '',
  };
}

/** What the browser can check before sending; the server checks the rest. */
export function validateDrafts(drafts: readonly EventDraft[], s: SituationMessages): EventErrors[] {
  return drafts.map((draft) => {
    const errors: EventErrors = {};
    if (draft.categoryCode === '') errors.category = s.report.required.category;
    if (draft.point === null && draft.districtId === '' && draft.address.trim() === '') {
      errors.place = s.report.required.place;
    }
    if (draft.occurredAt !== null && fromStockholmDateTimeInput(draft.occurredAt) === undefined) {
      errors.time = s.report.required.time;
    }
    if (
      draft.occurredUntil !== null &&
      draft.occurredUntil !== '' &&
      fromStockholmDateTimeInput(draft.occurredUntil) === undefined
    ) {
      errors.until = s.report.required.time;
    }
    return errors;
  });
}

export function hasErrors(errors: readonly EventErrors[]): boolean {
  return errors.some((item) => Object.keys(item).length > 0);
}

const assessment = (value: string) =>
  value === '1' || value === '2' || value === '3' || value === '4'
    ? (Number(value) as 1 | 2 | 3 | 4)
    : undefined;

/** The events as the API takes them; "now" becomes the time of filing. */
export function toReportedEvents(drafts: readonly EventDraft[], now: Date): ReportedEventInput[] {
  return drafts.map((draft) => {
    const until =
      draft.occurredUntil === null || draft.occurredUntil === ''
        ? undefined
        : fromStockholmDateTimeInput(draft.occurredUntil);
    const people = draft.peopleCount.trim() === '' ? Number.NaN : Number(draft.peopleCount);
    const event: ReportedEventInput = {
      occurredAt:
        draft.occurredAt === null
          ? now.toISOString()
          : (fromStockholmDateTimeInput(draft.occurredAt) ?? now.toISOString()),
      categoryCode: draft.categoryCode,
      description: draft.description.trim(),
    };
    if (until !== undefined) event.occurredUntil = until;
    if (draft.point !== null) event.point = draft.point;
    if (draft.districtId !== '') event.districtId = draft.districtId;
    if (draft.address.trim() !== '') event.address = draft.address.trim();
    const severity = assessment(draft.severity);
    if (severity !== undefined) event.severity = severity;
    const unsafety = assessment(draft.unsafety);
    if (unsafety !== undefined) event.unsafety = unsafety;
    if (Number.isInteger(people) && people >= 0) event.peopleCount = people;
    return event;
  });
}

const fieldOfProblem: Record<string, EventField> = {
  place: 'place',
  point: 'place',
  address: 'place',
  districtId: 'district',
  categoryCode: 'category',
  occurredAt: 'time',
  occurredUntil: 'until',
  peopleCount: 'peopleCount',
};

/** The server's problems (400 INCIDENT_INVALID), next to the event and field they concern. */
export function errorsFromProblems(
  problems: readonly EventProblem[],
  eventCount: number,
  s: SituationMessages,
): EventErrors[] {
  const errors: EventErrors[] = Array.from({ length: eventCount }, () => ({}));
  for (const { index, field, problem } of problems) {
    const target = errors[index];
    if (target === undefined) continue;
    const words = Object.hasOwn(s.report.problems, problem)
      ? s.report.problems[problem as keyof SituationMessages['report']['problems']]
      : s.report.problems.unknown;
    const key = fieldOfProblem[field] ?? 'place';
    target[key] = target[key] === undefined ? words : `${target[key]} ${words}`;
  }
  return errors;
}

/** Turns stored events (a refused report from the outbox) back into drafts to correct. */
export function draftsFromEvents(
  events: readonly ReportedEventInput[],
  toInput: (iso: string) => string,
): EventDraft[] {
  return events.map((event) => ({
    ...emptyDraft(),
    occurredAt: event.occurredAt === undefined ? null : toInput(event.occurredAt),
    occurredUntil: event.occurredUntil === undefined ? null : toInput(event.occurredUntil),
    point: event.point ?? null,
    districtId: event.districtId ?? '',
    address: event.address ?? '',
    categoryCode: event.categoryCode,
    severity: event.severity === undefined ? '' : String(event.severity),
    unsafety: event.unsafety === undefined ? '' : String(event.unsafety),
    description: event.description,
    peopleCount: event.peopleCount === undefined ? '' : String(event.peopleCount),
  }));
}
