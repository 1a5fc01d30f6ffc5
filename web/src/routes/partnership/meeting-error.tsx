import { Alert, List, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import { useMeetingsT } from '../../i18n/meetings/use-meetings-t';

const meetingCodes = ['MEETING_INVALID', 'MEETING_CLOSED'] as const;
type MeetingCode = (typeof meetingCodes)[number];

interface Problem {
  field?: unknown;
  problem?: unknown;
}

/**
 * A refused meeting request in words: the server's problems by field ("Börjar: slutar före
 * början"), or that the meeting was closed meanwhile. Other failures go to the app's alert.
 */
export function MeetingErrorAlert({ error }: { error: unknown }) {
  const m = useMeetingsT();
  if (!isApiError(error) || !(meetingCodes as readonly string[]).includes(error.code)) {
    return <ErrorAlert error={error} />;
  }
  const details = (error.details ?? {}) as { problems?: unknown };
  const problems = Array.isArray(details.problems) ? (details.problems as Problem[]) : [];
  const items = problems.map((problem) => {
    const field = typeof problem.field === 'string' ? problem.field : '';
    const reason = typeof problem.problem === 'string' ? problem.problem : '';
    const fieldName = Object.hasOwn(m.problems.fields, field) ? m.problems.fields[field] : field;
    const reasonText = Object.hasOwn(m.problems.reasons, reason)
      ? m.problems.reasons[reason]
      : m.problems.otherReason;
    return `${fieldName}: ${reasonText}`;
  });
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={m.problems[error.code as MeetingCode]}
      icon={<IconAlertCircle aria-hidden="true" />}
      data-testid="meeting-error"
    >
      {error.code === 'MEETING_CLOSED' ? (
        <Text size="sm">{m.problems.closedText}</Text>
      ) : items.length === 0 ? (
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
