/**
 * What the follow-up report (a tjänsteutlåtande) is made from: plain data, filled from the
 * plan, the follow-up round and the text sections the coordinator wrote. The renderers take
 * this and nothing else; the same data is frozen as JSON when a report is marked final.
 */

/** BRÅ's follow-up colours: on track, partly, not done. Null: not reported. */
export const followUpColours = ['green', 'yellow', 'red'] as const;
export type FollowUpColour = (typeof followUpColours)[number];

/** The sections written by hand in the app. Paragraphs are separated by a blank line. */
export interface FollowUpReportTexts {
  /** Förslag till beslut. */
  proposal: string;
  /** Sammanfattning. */
  summary: string;
  /** Beskrivning av ärendet. */
  description: string;
  /** Förvaltningens synpunkter. */
  administrationView: string;
  /** Ekonomiska och juridiska konsekvenser. */
  consequences: string;
}

interface FollowUpReportIndicatorValue {
  /** What the value is for: "2015", "2017-04", "Baslinje". */
  label: string;
  value: number;
}

export interface FollowUpReportIndicator {
  name: string;
  /** "procent", "antal"; empty when the figure has none. */
  unit: string;
  baseline: FollowUpReportIndicatorValue | null;
  target: FollowUpReportIndicatorValue | null;
  /** The measured values in time order. */
  values: FollowUpReportIndicatorValue[];
}

interface FollowUpReportGoal {
  title: string;
  description: string;
  indicators: FollowUpReportIndicator[];
}

/** One row of BRÅ's grid with what its owner reported this round. */
export interface FollowUpReportMeasure {
  /** The goal it serves, or empty. */
  goalTitle: string;
  /** Orsak. */
  cause: string;
  /** Åtgärd. */
  title: string;
  /** Operativa mål. */
  operationalGoal: string;
  /** När. */
  when: string;
  /** Vem (+ contact). */
  responsible: string;
  colour: FollowUpColour | null;
  /** Leverans: was it done, how much. */
  delivery: string;
  process: string;
  effect: string;
}

export interface FollowUpReportData {
  municipalityName: string;
  /** The administration that writes the report: "Kommunstyrelsens förvaltning". */
  administrationName: string;
  /** The board the report goes to: "Trygghets- och delaktighetsberedningen". */
  addressee: string;
  title: string;
  /** Datum, "2020-05-05". */
  date: string;
  /** Diarienummer, "KS-2017/581.173". */
  caseNumber: string;
  /** Handläggare. */
  handler: { name: string; email: string };
  plan: {
    title: string;
    /** The decision, "2015-04-13". */
    adoptedOn: string;
    adoptedBy: string;
    validTo: string | null;
    followUpIntervalMonths: number;
  };
  round: {
    /** "Uppföljning 2017". */
    label: string;
    dueOn: string;
    /** How many of the round's tasks were reported, of how many. */
    reportedCount: number;
    taskCount: number;
  };
  texts: FollowUpReportTexts;
  goals: FollowUpReportGoal[];
  measures: FollowUpReportMeasure[];
  signatures: { name: string; title: string }[];
  /** Bilagor, in order: "Strategisk handlingsplan … (beslutad av kommunfullmäktige den 13 april 2015)". */
  attachments: string[];
  /** Beslutet delges. */
  distribution: string[];
  /** A draft says so on every page; a final report does not. */
  isDraft: boolean;
}
