import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useJointActions, type JointAction, type Meeting } from '../../api/meetings';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { useMeetingsT } from '../../i18n/meetings/use-meetings-t';
import { ActionCard } from './action-card';

/** Overdue first, then by due date; those without one last. */
function byUrgency(first: JointAction, second: JointAction): number {
  if (first.isOverdue !== second.isOverdue) return first.isOverdue ? -1 : 1;
  return (first.dueOn ?? '9999') < (second.dueOn ?? '9999') ? -1 : 1;
}

/** The open joint actions the user may see, each with the meeting that decided it. */
export function OpenActionsSection({ meetings }: { meetings: Meeting[] }) {
  const m = useMeetingsT();
  const actions = useJointActions('open');
  const titles = new Map(meetings.map((meeting) => [meeting.id, meeting.title]));
  return (
    <Stack gap="xs" component="section" aria-labelledby="open-actions-heading">
      <Title order={2} size="h3" id="open-actions-heading">
        {m.landing.actionsHeading}
      </Title>
      {actions.isPending && <InlineLoader />}
      {actions.isError && <ErrorAlert error={actions.error} />}
      {actions.data?.length === 0 && <Text size="sm">{m.landing.noActions}</Text>}
      <Stack gap="xs" data-testid="open-actions">
        {[...(actions.data ?? [])].sort(byUrgency).map((action) => (
          <ActionCard
            key={action.id}
            action={action}
            footer={
              <Anchor component={Link} to={`/samverkan/moten/${action.meetingId}`} size="sm">
                {m.landing.actionMeeting}
                {titles.has(action.meetingId) ? `: ${titles.get(action.meetingId)}` : ''}
              </Anchor>
            }
          />
        ))}
      </Stack>
    </Stack>
  );
}
