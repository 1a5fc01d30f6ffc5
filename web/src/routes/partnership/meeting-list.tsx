import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Meeting, MeetingStatus } from '../../api/meetings';
import { useI18n } from '../../i18n/i18n-context';
import { useMeetingsT } from '../../i18n/meetings/use-meetings-t';
import { meetingTimeText } from './meeting-words';

const statusColours: Record<MeetingStatus, string> = {
  scheduled: 'blue.9',
  cancelled: 'gray.8',
  closed: 'teal.9',
};

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const m = useMeetingsT();
  return (
    <Badge variant="outline" color={statusColours[status]}>
      {m.statuses[status]}
    </Badge>
  );
}

/** Meetings as a list of links with when, where and status; wraps at 375 px. */
export function MeetingList({
  meetings,
  emptyText,
  testId,
}: {
  meetings: Meeting[];
  emptyText: string;
  testId: string;
}) {
  const { locale } = useI18n();
  const m = useMeetingsT();
  if (meetings.length === 0) return <Text size="sm">{emptyText}</Text>;
  return (
    <Stack component="ul" gap="xs" p={0} m={0} data-testid={testId}>
      {meetings.map((meeting) => (
        <Paper
          key={meeting.id}
          component="li"
          withBorder
          p="sm"
          radius="md"
          style={{ listStyle: 'none' }}
          data-testid="meeting-item"
        >
          <Group justify="space-between" gap="xs" align="flex-start">
            <Stack gap={2}>
              <Anchor component={Link} to={`/samverkan/moten/${meeting.id}`} fw={600}>
                {meeting.title}
              </Anchor>
              <Text size="sm">{meetingTimeText(meeting, locale)}</Text>
              <Text size="sm">{meeting.place === '' ? m.meeting.noPlace : meeting.place}</Text>
            </Stack>
            <MeetingStatusBadge status={meeting.status} />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
