import { Alert, Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconLock, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useMeeting, useUpdateMeeting, type MeetingDetail } from '../../api/meetings';
import { useCurrentUser } from '../../api/session';
import { ConfirmButton } from '../../components/confirm-button';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { usePageTitle } from '../../components/use-page-title';
import { formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { useMeetingsT } from '../../i18n/meetings/use-meetings-t';
import { ActionsSection } from './actions-section';
import { AgendaMailSection } from './agenda-mail-section';
import { AgendaSection } from './agenda-section';
import { AttendanceSection, GeneralNotesSection } from './attendance-section';
import { CloseSection } from './close-section';
import { FlagsSection } from './flags-section';
import { MeetingDialog } from './meeting-dialog';
import { MeetingErrorAlert } from './meeting-error';
import { MeetingStatusBadge } from './meeting-list';
import { meetingTimeText } from './meeting-words';
import { MinutesDownloads } from './minutes-downloads';

/** When, where, who: the meeting's facts, and for a coordinator edit and cancel. */
function MeetingHead({ meeting }: { meeting: MeetingDetail }) {
  const m = useMeetingsT();
  const { locale } = useI18n();
  const update = useUpdateMeeting(meeting.id);
  const [isEditing, setIsEditing] = useState(false);
  const rows: [string, string][] = [
    [m.meeting.when, meetingTimeText(meeting, locale)],
    [m.meeting.place, meeting.place === '' ? m.meeting.noPlace : meeting.place],
    [m.meeting.organisations, meeting.organisations.map((item) => item.name).join(', ') || '–'],
    [m.meeting.members, meeting.members.map((item) => item.displayName).join(', ') || '–'],
    [m.meeting.status, meeting.seriesId === null ? m.meeting.oneOff : m.meeting.series],
  ];
  return (
    <Stack gap="sm">
      <Group gap="sm" align="center">
        <Title order={1}>{meeting.title}</Title>
        <MeetingStatusBadge status={meeting.status} />
      </Group>
      <Table variant="vertical" withTableBorder layout="fixed" data-testid="meeting-facts">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={{ base: 110, sm: 180 }}>{label}</Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {meeting.closedAt !== null && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconLock aria-hidden="true" />}
          data-testid="closed-note"
        >
          {m.meeting.closedNote(formatDateTime(meeting.closedAt, locale))}
        </Alert>
      )}
      {meeting.canManage && (
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconPencil size={16} aria-hidden="true" />}
            onClick={() => setIsEditing(true)}
          >
            {m.meeting.edit}
          </Button>
          {meeting.status === 'cancelled' ? (
            <Button
              variant="default"
              loading={update.isPending}
              onClick={() => update.mutate({ isCancelled: false })}
            >
              {m.meeting.reinstate}
            </Button>
          ) : (
            <ConfirmButton
              variant="default"
              question={m.meeting.cancelQuestion}
              isPending={update.isPending}
              onConfirm={() => update.mutate({ isCancelled: true })}
            >
              {m.meeting.cancel}
            </ConfirmButton>
          )}
        </Group>
      )}
      {update.isError && <MeetingErrorAlert error={update.error} />}
      {!meeting.canManage && meeting.closedAt === null && (
        <Text size="sm">{m.meeting.readOnlyNote}</Text>
      )}
      {isEditing && <MeetingDialog meeting={meeting} onClose={() => setIsEditing(false)} />}
    </Stack>
  );
}

/**
 * /samverkan/moten/:id: the meeting workspace. The agenda the picture built, the minutes per
 * item, attendance, joint actions, closing with the mailing, and the minutes as files.
 */
export default function MeetingPage() {
  const m = useMeetingsT();
  const { id } = useParams();
  const user = useCurrentUser();
  const meeting = useMeeting(id);
  usePageTitle(meeting.data?.title ?? m.landing.title);
  return (
    <Stack gap="lg" maw={1000}>
      <Anchor component={Link} to="/samverkan">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden="true" />
          {m.meeting.back}
        </Group>
      </Anchor>
      {meeting.isPending ? (
        <InlineLoader />
      ) : meeting.isError ? (
        <>
          <Title order={1}>{m.landing.title}</Title>
          {isApiError(meeting.error) && meeting.error.code === 'NOT_FOUND' ? (
            <Text role="alert" data-testid="meeting-not-found">
              {m.meeting.notFound}
            </Text>
          ) : (
            <ErrorAlert error={meeting.error} />
          )}
        </>
      ) : (
        // Remount on a different meeting, so each section's form starts from its data.
        <Stack gap="xl" key={meeting.data.id}>
          <MeetingHead meeting={meeting.data} />
          <AgendaSection meeting={meeting.data} />
          <AgendaMailSection meeting={meeting.data} />
          <FlagsSection
            meeting={meeting.data}
            canUnflag={meeting.data.canManage && user.roles.includes('coordinator')}
          />
          <AttendanceSection meeting={meeting.data} />
          <GeneralNotesSection meeting={meeting.data} />
          <ActionsSection meeting={meeting.data} />
          <CloseSection meeting={meeting.data} />
          <MinutesDownloads meetingId={meeting.data.id} />
        </Stack>
      )}
    </Stack>
  );
}
