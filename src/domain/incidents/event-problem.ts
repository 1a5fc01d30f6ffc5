/*
 * What can be wrong with one event of a report. A module of types only, so the web app names
 * the same problems.
 */

export type EventProblem =
  | 'place_missing'
  | 'category_unknown'
  | 'category_retired'
  | 'district_unknown'
  | 'time_in_future'
  | 'time_order'
  | 'outside_municipality';

/** One problem of one event of a refused report: `details.problems` of INCIDENT_INVALID. */
export interface EventProblemDetail {
  index: number;
  field: string;
  problem: EventProblem;
}
