import { Badge, Button, List, Loader, Stack, Text, Title } from '@mantine/core';
import { IconMailForward } from '@tabler/icons-react';
import { useSendAgenda, type MeetingDetail } from '../../api/meetings';
import { useMeetingsT } from '../../i18n/meetings/use-meetings-t';
import { mailingColours } from './close-section';
import { MeetingErrorAlert } from './meeting-error';

/**
 * "Skicka dagordningen": the coordinator mails the agenda (DOCX and PDF) to the members before
 * the meeting; then who has had it. Sending again reaches only those who have not.
 */
export function AgendaMailSection({ meeting }: { meeting: MeetingDetail }) {
  const m = useMeetingsT();
  const send = useSendAgenda(meeting.id);
  if (!meeting.canManage || meeting.closedAt !== null) return null;
  const names = new Map(meeting.members.map((member) => [member.userId, member.displayName]));
  const mailings = meeting.agendaMailings;
  const sent = mailings.filter((mailing) => mailing.status === 'sent').length;
  const isEveryoneSent = mailings.length > 0 && sent === meeting.members.length;
  return (
    <Stack
      gap="xs"
      component="section"
      aria-labelledby="agenda-mail-heading"
      data-testid="agenda-mail"
    >
      <Title order={2} size="h3" id="agenda-mail-heading">
        {m.agendaMail.heading}
      </Title>
      <Text size="sm">{m.agendaMail.intro}</Text>
      {meeting.members.length === 0 ? (
        <Text size="sm">{m.agendaMail.noMembers}</Text>
      ) : (
        !isEveryoneSent && (
          <div>
            <Button
              variant="default"
              // The label wraps on a phone rather than widen the page.
              h="auto"
              py={6}
              styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
              leftSection={<IconMailForward size={16} aria-hidden="true" />}
              loading={send.isPending}
              onClick={() => send.mutate()}
            >
              {mailings.length === 0 ? m.agendaMail.send : m.agendaMail.sendAgain}
            </Button>
          </div>
        )
      )}
      <div role="status" aria-live="polite">
        {send.isPending && (
          <Text size="sm">
            <Loader size="xs" mr="xs" aria-hidden="true" />
            {m.agendaMail.sending}
          </Text>
        )}
        {mailings.length > 0 && !send.isPending && (
          <Text size="sm" data-testid="agenda-mail-summary">
            {m.agendaMail.summary(sent, mailings.length)}
          </Text>
        )}
      </div>
      {send.isError && <MeetingErrorAlert error={send.error} />}
      {mailings.length > 0 && (
        <List size="sm" spacing={4}>
          {mailings.map((mailing) => (
            <List.Item key={mailing.userId}>
              {names.get(mailing.userId) ?? mailing.userId}{' '}
              <Badge size="sm" variant="outline" color={mailingColours[mailing.status]}>
                {m.close.mailingStatuses[mailing.status]}
              </Badge>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
