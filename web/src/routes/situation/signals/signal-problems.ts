import { isApiError } from '../../../api/client';
import type { SignalProblem } from '../../../api/early-warning-types';
import type { SignalsMessages } from '../../../i18n/situation/signals-sv';

/** Form fields a refused signal can point at. */
export type SignalField =
  | 'categoryCode'
  | 'districtId'
  | 'observedAt'
  | 'description'
  | 'sourceOrganisationId'
  | 'incidentIds';

export type SignalErrors = Partial<Record<SignalField, string>>;

/** The field problems of 400 SIGNAL_INVALID in words, by field; empty for other errors. */
export function errorsFromSignalProblems(error: unknown, words: SignalsMessages): SignalErrors {
  if (!isApiError(error) || error.code !== 'SIGNAL_INVALID') return {};
  const problems = (error.details as { problems?: SignalProblem[] } | undefined)?.problems ?? [];
  const errors: SignalErrors = {};
  for (const { field, problem } of problems) {
    const message = Object.hasOwn(words.problems, problem)
      ? words.problems[problem as keyof typeof words.problems]
      : words.problems.unknown;
    errors[field as SignalField] ??= message;
  }
  return errors;
}
