import { Badge, Button, List, Loader, Stack, Text, Title } from '@mantine/core';
import { IconLock, IconMailForward } from '@tabler/icons-react';
import { useState } from 'react';
import { useCloseMeeting, type MailingStatus, type MeetingDetail } from '../../api/meetings';
import { useCurrentUser } from '../../api/session';
import { ConfirmButton } from '../../components/confirm-button';
import { formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { useMeetingsT } from '../../i18n/meetings/use-meetings-t';
import { MeetingErrorAlert } from './meeting-error';
import { canManageMeetings } from './meeting-words';

export const mailingColours: Record<MailingStatus, string> = {
  pending: 'orange.9',
  sent: 'teal.9',
  failed: 'red.9',
  no_mailer: 'gray.8',
};

/** Who got the minutes by e-mail, after closing. */
function Mailings({ meeting }: { meeting: MeetingDetail }) {
  const m = useMeetingsT();
  const names = new Map(meeting.members.map((member) => [member.userId, member.displayName]));
  const sent = meeting.mailings.filter((mailing) => mailing.status === 'sent').length;
  return (
    <Stack gap={4} data-testid="mailings">
      <Title order={3} size="h5">
        {m.close.mailingsHeading}
      </Title>
      <Text size="sm">{m.close.mailingsSummary(sent, meeting.mailings.length)}</Text>
      <List size="sm" spacing={4}>
        {meeting.mailings.map((mailing) => (
          <List.Item key={mailing.userId}>
            {names.get(mailing.userId) ?? mailing.userId}{' '}
            <Badge size="sm" variant="outline" color={mailingColours[mailing.status]}>
              {m.close.mailingStatuses[mailing.status]}
            </Badge>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/**
 * "Avsluta mötet": after a question (another one while the meeting has not begun) the minutes are frozen and mailed to every member; then
 * who got them, and a retry for those who did not.
 */
export function CloseSection({ meeting }: { meeting: MeetingDetail }) {
  const m = useMeetingsT();
  const { locale } = useI18n();
  // When the page was shown: whether the meeting had begun by then decides the question.
  const [shownAt] = useState(() => Date.now());
  const close = useCloseMeeting(meeting.id);
  const isManager = canManageMeetings(useCurrentUser().roles);
  const isClosed = meeting.status === 'closed';
  const hasUnsent = meeting.mailings.some(
    (mailing) => mailing.status === 'failed' || mailing.status === 'pending',
  );
  if (!isClosed && !meeting.canManage) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="close-heading" data-testid="close-meeting">
      <Title order={2} size="h3" id="close-heading">
        {m.close.heading}
      </Title>
      {!isClosed && (
        <>
          <Text size="sm">{m.close.intro}</Text>
          <div>
            <ConfirmButton
              color="red.9"
              leftSection={<IconLock size={16} aria-hidden="true" />}
              question={
                // Closed before it has taken place, the minutes would be empty: say so first.
                Date.parse(meeting.startsAt) > shownAt
                  ? m.close.earlyQuestion(formatDateTime(meeting.startsAt, locale))
                  : m.close.question
              }
              onConfirm={() => close.mutate()}
              isPending={close.isPending}
            >
              {m.close.button}
            </ConfirmButton>
          </div>
        </>
      )}
      <div role="status" aria-live="polite">
        {close.isPending && (
          <Text size="sm">
            <Loader size="xs" mr="xs" aria-hidden="true" />
            {m.close.closing}
          </Text>
        )}
      </div>
      {close.isError && <MeetingErrorAlert error={close.error} />}
      {isClosed && meeting.mailings.length > 0 && <Mailings meeting={meeting} />}
      {isClosed && hasUnsent && isManager && (
        <div>
          <Button
            variant="default"
            leftSection={<IconMailForward size={16} aria-hidden="true" />}
            loading={close.isPending}
            onClick={() => close.mutate()}
          >
            {m.close.retry}
          </Button>
        </div>
      )}
    </Stack>
  );
}
