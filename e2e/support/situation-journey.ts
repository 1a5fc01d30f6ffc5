/** What the situation journey (situation.e2e.ts) reads from the API, and its reporter. */

export interface IncidentJson {
  id: string;
  categoryCode: string;
  description: string;
  status: string;
  reporterUserId: string | null;
  districtIds: string[];
  location: { point: { longitude: number; latitude: number } | null };
}

export interface QueuedJson {
  clientReference: string;
  report: { clientReference: string; events: unknown[] };
}

/** A reporter of the housing company; the journey fills in the id when it invites her. */
export const reporter = {
  email: 'rapportor.e2e@huge.demo',
  displayName: 'Rita Rapportör',
  password: 'tre gröna äpplen på en blå tallrik 2026',
  id: '',
};
