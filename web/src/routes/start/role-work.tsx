import { Anchor, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useAlarms } from '../../api/early-warning';
import { useJointActions, useMeetings, type JointAction, type Meeting } from '../../api/meetings';
import { useCan } from '../../api/permissions';
import { useCurrentUser } from '../../api/session';
import { useIncidents } from '../../api/situation';
import { useAccessT } from '../../i18n/access/use-access-t';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { currentPeriodKey } from '../situation/periods';

/** One line of work on the start page: what, how many, and the way there. */
function WorkLine({
  text,
  link,
  to,
  isUrgent = false,
  testId,
}: {
  text: string;
  link: string;
  to: string;
  isUrgent?: boolean;
  testId: string;
}) {
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="md"
      data-testid={testId}
      style={{
        listStyle: 'none',
        borderLeft: `6px solid var(--mantine-color-${isUrgent ? 'red-8' : 'blue-7'})`,
      }}
    >
      <Group gap="sm" justify="space-between">
        <Text size="sm" fw={isUrgent ? 600 : 400}>
          {text}
        </Text>
        <Anchor component={Link} to={to} size="sm">
          {link}
        </Anchor>
      </Group>
    </Paper>
  );
}

function UndecidedAlarms() {
  const x = useAccessT();
  const { locale } = useI18n();
  const alarms = useAlarms(currentPeriodKey('week', new Date()), locale);
  const undecided = (alarms.data?.alarms ?? []).filter((alarm) => alarm.decision === null);
  if (undecided.length === 0) return null;
  return (
    <WorkLine
      testId="work-alarms"
      text={x.start.alarms(undecided.length)}
      link={x.start.alarmsLink}
      to="/lagesbild"
      isUrgent
    />
  );
}

function ReviewQueue() {
  const x = useAccessT();
  const queue = useIncidents({ status: 'new' });
  const first = queue.data?.pages[0];
  if (first === undefined || first.incidents.length === 0) return null;
  const count = first.incidents.length;
  return (
    <WorkLine
      testId="work-reviews"
      text={first.next === null ? x.start.reviews(count) : x.start.reviewsMore(count)}
      link={x.start.reviewsLink}
      to="/lagesbild/granska"
    />
  );
}

const startsLater = (now: string) => (meeting: Meeting) =>
  meeting.startsAt >= now && meeting.status !== 'closed';

/** The next meeting the user takes part in, with the joint actions still open. */
function NextMeeting() {
  const x = useAccessT();
  const { locale } = useI18n();
  const meetings = useMeetings();
  const actions = useJointActions('open');
  if (!meetings.isSuccess) return null;
  const next = meetings.data.find(startsLater(new Date().toISOString()));
  const open = actions.data ?? [];
  const overdue = open.filter((action) => action.isOverdue).length;
  return (
    <>
      {next === undefined ? (
        <Paper component="li" withBorder p="sm" radius="md" style={{ listStyle: 'none' }}>
          <Text size="sm">{x.start.noMeeting}</Text>
        </Paper>
      ) : (
        <WorkLine
          testId="work-next-meeting"
          text={x.start.nextMeeting(next.title, formatDateTime(next.startsAt, locale))}
          link={x.start.meetingLink}
          to={`/samverkan/moten/${next.id}`}
        />
      )}
      {open.length > 0 && (
        <WorkLine
          testId="work-open-actions"
          text={`${x.start.openActions(open.length)}${overdue > 0 ? `, ${x.start.overdueActions(overdue)}` : ''}`}
          link={x.start.actionsLink}
          to="/samverkan"
          isUrgent={overdue > 0}
        />
      )}
    </>
  );
}

/** A partner's own: the meetings they are a member of and the actions they or theirs hold. */
function MyMeetingsAndActions() {
  const x = useAccessT();
  const { locale } = useI18n();
  const user = useCurrentUser();
  const meetings = useMeetings();
  const actions = useJointActions('open');
  const upcoming = (meetings.data ?? []).filter(startsLater(new Date().toISOString())).slice(0, 3);
  const mine = (actions.data ?? []).filter(
    (action: JointAction) =>
      action.responsibleUserIds.includes(user.id) ||
      action.organisationIds.includes(user.organisation.id),
  );
  return (
    <Stack gap="sm">
      <section aria-labelledby="my-meetings-heading" data-testid="my-meetings">
        <Title order={3} size="h5" id="my-meetings-heading" mb={4}>
          {x.start.myMeetingsHeading}
        </Title>
        {upcoming.length === 0 ? (
          <Text size="sm">{x.start.noMeeting}</Text>
        ) : (
          <List size="sm" spacing={4}>
            {upcoming.map((meeting) => (
              <List.Item key={meeting.id}>
                <Anchor component={Link} to={`/samverkan/moten/${meeting.id}`}>
                  {meeting.title}
                </Anchor>
                {`, ${formatDateTime(meeting.startsAt, locale)}`}
              </List.Item>
            ))}
          </List>
        )}
      </section>
      <section aria-labelledby="my-actions-heading" data-testid="my-actions">
        <Title order={3} size="h5" id="my-actions-heading" mb={4}>
          {x.start.myActionsHeading}
        </Title>
        {mine.length === 0 ? (
          <Text size="sm">{x.start.noActions}</Text>
        ) : (
          <List size="sm" spacing={4}>
            {mine.map((action) => (
              <List.Item key={action.id}>
                <Anchor component={Link} to={`/samverkan/moten/${action.meetingId}`}>
                  {action.dueOn === null
                    ? action.title
                    : x.start.actionDue(action.title, formatDate(action.dueOn, locale))}
                </Anchor>
              </List.Item>
            ))}
          </List>
        )}
      </section>
    </Stack>
  );
}

/**
 * What the start page leads with, by what the user's roles let them act on: a coordinator's
 * undecided alarms, reports to review, next meeting and open actions; a partner's meetings and
 * actions. Follow-ups (AttentionList) and a procurement officer's checks (DueChecks) follow.
 */
export function RoleWork() {
  const x = useAccessT();
  const may = useCan();
  const isCoordinating = may('alarm.decide', 'incident.review', 'meeting.manage');
  const isTakingPart = !may('meeting.manage') && !may('agreement.read');
  if (!isCoordinating && !isTakingPart) return null;
  return (
    <section aria-labelledby="role-work-heading" data-testid="role-work">
      <Title order={2} size="h3" id="role-work-heading" mb="sm">
        {x.start.actHeading}
      </Title>
      {isCoordinating && (
        <Stack component="ul" gap="sm" p={0} m={0}>
          {may('alarm.decide') && <UndecidedAlarms />}
          {may('incident.review') && <ReviewQueue />}
          {may('meeting.manage') && <NextMeeting />}
        </Stack>
      )}
      {isTakingPart && <MyMeetingsAndActions />}
    </section>
  );
}
