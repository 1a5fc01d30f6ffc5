import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarPlus, IconFileCertificate, IconRepeat } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMeetings } from '../../api/meetings';
import { useCurrentUser } from '../../api/session';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { usePageTitle } from '../../components/use-page-title';
import { startOfStockholmDay, toStockholmDay } from '../../i18n/format';
import { useMeetingsT } from '../../i18n/meetings/use-meetings-t';
import { MeetingDialog } from './meeting-dialog';
import { MeetingList } from './meeting-list';
import { canManageMeetings } from './meeting-words';
import { OpenActionsSection } from './open-actions-section';
import { SeriesSection } from './series-section';

/**
 * /samverkan: the coming meetings the user is a member of, the open joint actions (overdue
 * first, in red), the way to agreements and citizen promises, and the meeting series.
 */
export default function PartnershipPage() {
  const m = useMeetingsT();
  const user = useCurrentUser();
  usePageTitle(m.landing.title);
  const meetings = useMeetings();
  const canManage = canManageMeetings(user.roles);
  const [isCreatingMeeting, setIsCreatingMeeting] = useState(false);
  const [isCreatingSeries, setIsCreatingSeries] = useState(false);
  const todayStarts = startOfStockholmDay(toStockholmDay(new Date())) ?? new Date().toISOString();
  const all = meetings.data ?? [];
  const upcoming = all.filter((meeting) => meeting.startsAt >= todayStarts).slice(0, 8);
  const recent = all
    .filter((meeting) => meeting.startsAt < todayStarts)
    .reverse()
    .slice(0, 5);

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap="xs">
        <Title order={1}>{m.landing.title}</Title>
        <Text>{m.landing.intro}</Text>
        {canManage && (
          <Group gap="sm">
            <Button
              leftSection={<IconRepeat size={16} aria-hidden="true" />}
              onClick={() => setIsCreatingSeries(true)}
            >
              {m.landing.createSeries}
            </Button>
            <Button
              variant="default"
              leftSection={<IconCalendarPlus size={16} aria-hidden="true" />}
              onClick={() => setIsCreatingMeeting(true)}
            >
              {m.landing.createMeeting}
            </Button>
          </Group>
        )}
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="upcoming-heading">
        <Title order={2} size="h3" id="upcoming-heading">
          {m.landing.upcomingHeading}
        </Title>
        {meetings.isPending && <InlineLoader />}
        {meetings.isError && <ErrorAlert error={meetings.error} />}
        {meetings.isSuccess && (
          <MeetingList meetings={upcoming} emptyText={m.landing.noUpcoming} testId="upcoming" />
        )}
      </Stack>
      <OpenActionsSection meetings={all} />
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="agreements-heading">
        <Group gap="xs" mb={4} wrap="nowrap">
          <IconFileCertificate size={20} aria-hidden="true" />
          <Title order={2} size="h3" id="agreements-heading">
            {m.landing.agreementsHeading}
          </Title>
        </Group>
        <Text size="sm" mb="xs">
          {m.landing.agreementsText}
        </Text>
        <Anchor component={Link} to="/samverkan/overenskommelser">
          {m.landing.agreementsLink}
        </Anchor>
      </Paper>
      {meetings.isSuccess && (
        <Stack gap="xs" component="section" aria-labelledby="recent-heading">
          <Title order={2} size="h3" id="recent-heading">
            {m.landing.recentHeading}
          </Title>
          <MeetingList meetings={recent} emptyText={m.landing.noRecent} testId="recent" />
        </Stack>
      )}
      <SeriesSection
        canManage={canManage}
        isCreating={isCreatingSeries}
        onCreateClose={() => setIsCreatingSeries(false)}
      />
      {isCreatingMeeting && (
        <MeetingDialog meeting={null} onClose={() => setIsCreatingMeeting(false)} />
      )}
    </Stack>
  );
}
