import { Alert, List, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { isApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/error-alert';
import { useAgreementsT } from '../../../i18n/agreements/use-agreements-t';

interface Problem {
  field?: unknown;
  problem?: unknown;
}

/**
 * A refusal of an agreement, commitment, follow-up or document in words: each of the server's
 * problems by the field's name ("Parter: är inte en organisation i kommunen"). Other failures
 * go to the app's own error alert.
 */
export function AgreementErrorAlert({ error }: { error: unknown }) {
  const a = useAgreementsT();
  if (!isApiError(error) || error.code !== 'AGREEMENT_INVALID') return <ErrorAlert error={error} />;
  const details = (error.details ?? {}) as { problems?: unknown };
  const problems = Array.isArray(details.problems) ? (details.problems as Problem[]) : [];
  const items = problems.map((problem) => {
    const path = typeof problem.field === 'string' ? problem.field : '';
    // "parties.2.organisationId" is named by its last part.
    const field = path.split('.').at(-1) ?? path;
    const reason = typeof problem.problem === 'string' ? problem.problem : '';
    return `${a.problems.fields[field] ?? field}: ${a.problems.reasons[reason] ?? a.problems.otherReason}`;
  });
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={a.problems.AGREEMENT_INVALID}
      icon={<IconAlertCircle aria-hidden="true" />}
      data-testid="agreement-error"
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
