import type { Actor } from '../access/actor.js';
import { isPermitted } from '../access/permissions.js';
import {
  findPersonalData,
  maskPersonalData,
  type PersonalDataKind,
} from '../incidents/personal-data-guard.js';

/**
 * A signal of organized crime that arrives outside the statistics: said at the weekly
 * meeting, seen by staff, passed on by a partner. The coordinator assesses it (how credible,
 * how serious) and follows it up; it links to the incidents and alarms it concerns.
 */
export const signalSources = ['meeting', 'staff', 'partner', 'police', 'public', 'other'] as const;
export type SignalSource = (typeof signalSources)[number];

/** How credible the signal is, as the coordinator judges it (after the police's 4 × 4 grading). */
export const signalCredibilities = ['confirmed', 'probable', 'possible', 'doubtful'] as const;
export type SignalCredibility = (typeof signalCredibilities)[number];

export const signalSeriousnesses = ['low', 'medium', 'high'] as const;
export type SignalSeriousness = (typeof signalSeriousnesses)[number];

/** Open until closed: new → assessed → being followed up → acted on / closed. */
export const signalStatuses = ['new', 'assessed', 'following_up', 'acted_on', 'closed'] as const;
export type SignalStatus = (typeof signalStatuses)[number];

export interface Signal {
  id: string;
  municipalityId: string;
  categoryCode: string;
  districtId: string | null;
  /** When it was seen or heard, UTC. */
  observedAt: string;
  description: string;
  personalDataKinds: PersonalDataKind[];
  source: SignalSource;
  /** The partner it came from, when it came from one. */
  sourceOrganisationId: string | null;
  credibility: SignalCredibility | null;
  seriousness: SignalSeriousness | null;
  status: SignalStatus;
  followUp: string;
  incidentIds: string[];
  /** Alarms by their key: "2026-W48|<district id or ''>|<category code>". */
  alarmKeys: string[];
  registeredByUserId: string | null;
  createdAt: string;
  updatedAt: string;
  /** When retention (gallring) removed the text of the closed signal; null while kept. */
  textRemovedAt: string | null;
}

export interface SignalFilter {
  status?: SignalStatus | 'open' | undefined;
  categoryCode?: string | undefined;
  districtId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** Counts of signals by category, district and status: what a viewer may see. */
export interface SignalCount {
  categoryCode: string;
  districtId: string | null;
  status: SignalStatus;
  count: number;
}

export const openStatuses: readonly SignalStatus[] = ['new', 'assessed', 'following_up'];

/** Cleans a description as a report's: masked unless a role that may keep it asks to. */
export function guardDescription(
  actor: Actor,
  description: string,
  isPersonalDataKept: boolean | undefined,
  now: Date,
): Pick<Signal, 'description' | 'personalDataKinds'> & { maskedKinds: string[] } {
  const matches = findPersonalData(description, now);
  const kinds = [...new Set(matches.map((match) => match.kind))];
  const isKeeping =
    isPersonalDataKept === true && isPermitted(actor, 'incident.keep_personal_data');
  return isKeeping
    ? { description, personalDataKinds: kinds, maskedKinds: [] }
    : {
        description: maskPersonalData(description, matches),
        personalDataKinds: [],
        maskedKinds: kinds,
      };
}
