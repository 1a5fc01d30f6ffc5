import { Alert, List, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { usePlansT } from '../../i18n/plans/use-plans-t';

const planCodes = [
  'PLAN_INVALID',
  'PLAN_LOCKED',
  'PLAN_NOT_REVISABLE',
  'FOLLOW_UP_INVALID',
  'FOLLOW_UP_ROUND_EXISTS',
  'FOLLOW_UP_REPORT_FINAL',
] as const;
type PlanCode = (typeof planCodes)[number];

interface Problem {
  field?: unknown;
  problem?: unknown;
  /** A CSV import's line; 0 for the file as a whole. */
  line?: unknown;
}

/**
 * A failure of a plan or follow-up request in words: the server's problems per field (a
 * diarienummer of the wrong form, a missing last day) listed by the field's name. Other
 * failures go to the app's own error alert.
 */
export function PlanErrorAlert({ error }: { error: unknown }) {
  const p = usePlansT();
  if (!isApiError(error) || !(planCodes as readonly string[]).includes(error.code)) {
    return <ErrorAlert error={error} />;
  }
  const details = (error.details ?? {}) as { problems?: unknown };
  const problems = Array.isArray(details.problems) ? (details.problems as Problem[]) : [];
  const items = problems.map((problem) => {
    const field = typeof problem.field === 'string' ? problem.field : '';
    const reason = typeof problem.problem === 'string' ? problem.problem : '';
    const m = p.modelling;
    const text = `${p.problems.fields[field] ?? m.fields[field] ?? field}: ${p.problems.reasons[reason] ?? m.reasons[reason] ?? p.problems.otherReason}`;
    return typeof problem.line === 'number' && problem.line > 0 ? m.line(problem.line, text) : text;
  });
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={p.problems[error.code as PlanCode]}
      icon={<IconAlertCircle aria-hidden="true" />}
      data-testid="plan-error"
    >
      {items.length === 0 ? (
        <Text size="sm">{error.message}</Text>
      ) : (
        <List size="sm">
          {items.map((item, index) => (
            <List.Item key={`${index}-${item}`}>{item}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
