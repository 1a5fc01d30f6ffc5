import type { ImportProblem, RejectedRow } from '../../../api/types';
import type { ImportMessages } from '../../../i18n/situation/import-sv';

type Worded = Pick<ImportProblem, 'code'> & {
  params?: ImportProblem['params'] | undefined;
  /** The server's English sentence, for a code this version of the app does not know. */
  message?: string | undefined;
};

const hasWording = (code: string, m: ImportMessages): code is keyof ImportMessages['problems'] =>
  Object.hasOwn(m.problems, code);

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One problem in the chosen language, from its code; the server's sentence for unknown codes. */
export function describeProblem(problem: Worded, m: ImportMessages): string {
  if (hasWording(problem.code, m)) return m.problems[problem.code](problem.params ?? {});
  return problem.message ?? problem.code;
}

/**
 * Why a row was refused, as one sentence: every problem of the row, or the English reason of
 * runs recorded before the codes existed (they come without problems).
 */
export function describeRejectedRow(row: RejectedRow, m: ImportMessages): string {
  if (row.problems.length > 0) {
    return sentenceCase(row.problems.map((problem) => describeProblem(problem, m)).join('; '));
  }
  return sentenceCase(row.reason);
}

/** A warning of a run: a problem with a code, or a plain sentence of an older run. */
export function describeWarning(warning: ImportProblem | string, m: ImportMessages): string {
  return typeof warning === 'string' ? warning : describeProblem(warning, m);
}

/** Why records were skipped, from the skip code; an unknown code as it came. */
export function describeSkipped(code: string, m: ImportMessages): string {
  return Object.hasOwn(m.skippedReasons, code)
    ? m.skippedReasons[code as keyof ImportMessages['skippedReasons']]
    : code;
}
