import { Button, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconFlag } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useFlagIncident, useMeetings } from '../../api/meetings';
import { useCurrentUser } from '../../api/session';
import { startOfStockholmDay, toStockholmDay } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { useMeetingsT } from '../../i18n/meetings/use-meetings-t';
import { MeetingErrorAlert } from './meeting-error';
import { meetingTimeText } from './meeting-words';
import { can } from '../../api/permissions';

/**
 * On an incident's page: a coordinator raises the incident at a coming partnership meeting,
 * where it becomes an agenda item. Renders nothing for other roles.
 */
export function FlagForMeeting({ incidentId }: { incidentId: string }) {
  const user = useCurrentUser();
  if (!can(user.roles, 'meeting.flag_incident')) return null;
  return <FlagForm incidentId={incidentId} />;
}

function FlagForm({ incidentId }: { incidentId: string }) {
  const m = useMeetingsT();
  const { locale } = useI18n();
  const meetings = useMeetings();
  const flag = useFlagIncident();
  const todayStarts = startOfStockholmDay(toStockholmDay(new Date())) ?? '';
  const coming = (meetings.data ?? []).filter(
    (meeting) => meeting.status === 'scheduled' && meeting.startsAt >= todayStarts,
  );
  const [meetingId, setMeetingId] = useState('');
  const [note, setNote] = useState('');
  const chosen = meetingId === '' ? coming[0]?.id : meetingId;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen === undefined) return;
    flag.mutate({
      meetingId: chosen,
      incidentId,
      note: note.trim() === '' ? undefined : note.trim(),
    });
  };
  const flaggedTitle = coming.find((meeting) => meeting.id === flag.variables?.meetingId)?.title;

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="flag-heading"
      data-testid="flag-for-meeting"
    >
      <Title order={2} size="h4" id="flag-heading" mb={4}>
        {m.flags.flagHeading}
      </Title>
      {meetings.isSuccess && coming.length === 0 ? (
        <Text size="sm">{m.flags.noMeetings}</Text>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <Text size="sm">{m.flags.flagIntro}</Text>
            <NativeSelect
              label={m.flags.meeting}
              value={chosen ?? ''}
              onChange={(event) => setMeetingId(event.currentTarget.value)}
              data={coming.map((meeting) => ({
                value: meeting.id,
                label: `${meeting.title}, ${meetingTimeText(meeting, locale)}`,
              }))}
            />
            <TextInput
              label={m.flags.note}
              value={note}
              maxLength={1000}
              onChange={(event) => setNote(event.currentTarget.value)}
            />
            {flag.isError && <MeetingErrorAlert error={flag.error} />}
            <div role="status">
              {flag.isSuccess && flaggedTitle !== undefined && (
                <Text size="sm" fw={600}>
                  {m.flags.flagged(flaggedTitle)}
                </Text>
              )}
            </div>
            <div>
              <Button
                type="submit"
                variant="default"
                leftSection={<IconFlag size={16} aria-hidden="true" />}
                loading={flag.isPending || meetings.isPending}
                disabled={chosen === undefined}
              >
                {m.flags.flag}
              </Button>
            </div>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
