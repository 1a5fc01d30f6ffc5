/*
 * What can be wrong with a signal's references. A module of types only, so the web app names
 * the same problems (and its test reads this union to prove both catalogs word every one).
 */

export type SignalProblem =
  | 'category_unknown'
  | 'category_retired'
  | 'district_unknown'
  | 'organisation_unknown'
  | 'incident_unknown'
  | 'time_in_future';

/** One problem of a refused signal: `details.problems` of SIGNAL_INVALID. */
export interface SignalProblemDetail {
  field: string;
  problem: SignalProblem;
}
