/**
 * What the minutes of an OSG meeting (issue 6) hold, as the renderers receive it: names and
 * Stockholm times already resolved, so DOCX, PDF and the e-mail read the same data.
 */
export interface MeetingMinutesAction {
  title: string;
  description: string;
  /** District names: where. */
  districts: string[];
  /** Organisation names. */
  organisations: string[];
  /** People responsible, by name. */
  responsible: string[];
  dueOn: string | null;
  expectedResult: string;
  /** In words: "planerad", "pågår", "klar", "inställd". */
  status: string;
  outcome: string;
}

export interface MeetingMinutesData {
  /** Which document: the minutes (the default), or the agenda sent before the meeting. */
  document?: 'minutes' | 'agenda';
  municipalityName: string;
  title: string;
  place: string;
  /** "torsdag 3 december 2026 09:00–10:30", Stockholm time. */
  when: string;
  isFinal: boolean;
  /** "2026-12-03 10:41" Stockholm time; null while open. */
  closedAt: string | null;
  organisations: string[];
  present: string[];
  absent: string[];
  /** One guest per line, as they were entered. */
  guests: string;
  generalNotes: string;
  agenda: { title: string; notes: string; decisions: string }[];
  actions: MeetingMinutesAction[];
  carriedActions: MeetingMinutesAction[];
}
