import { describeProblems, type ImportProblem } from './import-problem.js';
import type { Point } from '../districts/district-index.js';
import type { LocationPrecision, TimePrecision } from '../incidents/incident.js';

/**
 * One record of an import file, already read by its source's adapter (police events, CSV)
 * into the product's terms. The import use case checks it like any other incident.
 */
export interface IncomingIncident {
  /** Where the record stands in its file, for messages: a line number or a position. */
  line: number;
  sourceId: string;
  sourceVersion: string | null;
  occurredAt: string;
  occurredUntil: string | null;
  timePrecision: TimePrecision;
  reportedAt: string;
  point: Point | null;
  address: string | null;
  /** Names of districts (on any layer) the source says the record lies in. */
  districtNames: string[];
  /** Districts the adapter has placed the record in already (police events placed by their text). */
  districtIds?: string[];
  /** How exactly the place is known if no district name matches a district. */
  locationPrecision: LocationPrecision;
  categoryCode: string;
  description: string;
  peopleCount: number | null;
}

/** A record that could not be read or accepted, with what a person must fix. */
export interface RejectedRow {
  line: number;
  sourceId: string | null;
  /** Every problem the record has, so that one round of fixes is enough. */
  problems: ImportProblem[];
  /** The problems in one English sentence: `describeProblems(problems)`. */
  reason: string;
}

export const rejectedRow = (
  line: number,
  sourceId: string | null,
  problems: ImportProblem[],
): RejectedRow => ({ line, sourceId, problems, reason: describeProblems(problems) });

/** What an adapter makes of a file that cannot be read at all: one "row" 0 that says why. */
export const unreadableFile = (problem: ImportProblem): ReadImportFile => ({
  rows: [],
  rejected: [rejectedRow(0, null, [problem])],
  skipped: {},
  warnings: [],
});

/** What an adapter makes of a file. */
export interface ReadImportFile {
  rows: IncomingIncident[];
  rejected: RejectedRow[];
  /** Records deliberately left out, counted by an `ImportSkipCode` ("other_municipality"). */
  skipped: Record<string, number>;
  /** Things a coordinator should act on that do not stop the import (an unmapped type, say). */
  warnings: ImportProblem[];
}

export interface ImportRun {
  id: string;
  municipalityId: string;
  source: 'police_events' | 'csv';
  fileName: string;
  actorUserId: string | null;
  /** `unfinished` while its batches are written, and after a crash midway (import it again). */
  status: 'completed' | 'rejected' | 'unfinished';
  counts: ImportCounts;
  rejectedRows: RejectedRow[];
  startedAt: string;
  finishedAt: string;
}

export interface ImportCounts {
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  skipped: Record<string, number>;
  warnings: ImportProblem[];
}
