import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useMemberCandidates, type JointAction, type MeetingDetail } from '../../api/meetings';
import { useCurrentUser } from '../../api/session';
import { useMeetingsT } from '../../i18n/meetings/use-meetings-t';
import { ActionCard } from './action-card';
import { ActionDialog } from './action-dialog';
import { FollowUpDialog } from './follow-up-dialog';
import { canManageMeetings } from './meeting-words';

/**
 * The joint actions decided at the meeting and the open ones carried over from earlier
 * meetings of the series. Coordinators follow the carried ones up even after a meeting closed.
 */
export function ActionsSection({ meeting }: { meeting: MeetingDetail }) {
  const m = useMeetingsT();
  const user = useCurrentUser();
  const isManager = canManageMeetings(user.roles);
  const [editing, setEditing] = useState<JointAction | 'new' | null>(null);
  const [followingUp, setFollowingUp] = useState<JointAction | null>(null);
  // Those responsible for an action follow it up, whatever their role (issue 15).
  const isResponsible = (action: JointAction) => action.responsibleUserIds.includes(user.id);
  // Managers may choose organisations and people outside the meeting: name them from the list.
  const candidates = useMemberCandidates(isManager);
  const organisations = new Map(
    [...meeting.organisations, ...(candidates.data?.organisations ?? [])].map((item) => [
      item.id,
      item.name,
    ]),
  );
  const people = new Map([
    ...meeting.members.map((item) => [item.userId, item.displayName] as const),
    ...(candidates.data?.users ?? []).map((item) => [item.id, item.displayName] as const),
  ]);
  const organisationNames = (ids: readonly string[]) =>
    ids.map((id) => organisations.get(id) ?? '…');
  const personNames = (ids: readonly string[]) => ids.map((id) => people.get(id) ?? '…');
  const card = (action: JointAction, isEditable: boolean) => {
    const canFollowUp = !isEditable && !isManager && isResponsible(action);
    return (
      <ActionCard
        key={action.id}
        action={action}
        organisationNames={organisationNames}
        personNames={personNames}
        isFollowUp={canFollowUp}
        onEdit={
          isEditable
            ? () => setEditing(action)
            : canFollowUp
              ? () => setFollowingUp(action)
              : undefined
        }
      />
    );
  };

  return (
    <Stack gap="lg">
      <Stack gap="xs" component="section" aria-labelledby="actions-heading" data-testid="actions">
        <Title order={2} size="h3" id="actions-heading">
          {m.actions.heading}
        </Title>
        <Text size="sm">{m.actions.intro}</Text>
        {meeting.canManage && (
          <Group>
            <Button
              leftSection={<IconPlus size={16} aria-hidden="true" />}
              onClick={() => setEditing('new')}
            >
              {m.actions.create}
            </Button>
          </Group>
        )}
        {meeting.actions.length === 0 && <Text size="sm">{m.actions.none}</Text>}
        {meeting.actions.map((action) => card(action, meeting.canManage))}
      </Stack>
      <Stack
        gap="xs"
        component="section"
        aria-labelledby="carried-heading"
        data-testid="carried-actions"
      >
        <Title order={2} size="h3" id="carried-heading">
          {m.actions.carriedHeading}
        </Title>
        <Text size="sm">{m.actions.carriedIntro}</Text>
        {meeting.carriedActions.length === 0 && <Text size="sm">{m.actions.noCarried}</Text>}
        {meeting.carriedActions.map((action) => card(action, isManager))}
      </Stack>
      {followingUp !== null && (
        <FollowUpDialog action={followingUp} onClose={() => setFollowingUp(null)} />
      )}
      {editing !== null && (
        <ActionDialog
          meetingId={meeting.id}
          action={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
