import { Button, NativeSelect, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useSaveAttendance, useUpdateMeeting, type MeetingDetail } from '../../api/meetings';
import { ScrollableTable } from '../../components/scrollable-table';
import { useMeetingsT } from '../../i18n/meetings/use-meetings-t';
import { MeetingErrorAlert } from './meeting-error';

type Presence = 'unknown' | 'present' | 'absent';

const toPresence = (value: boolean | null): Presence =>
  value === null ? 'unknown' : value ? 'present' : 'absent';
const fromPresence = (value: Presence): boolean | null =>
  value === 'unknown' ? null : value === 'present';

/** Who attended: one choice per member, and other attendees as free text. */
export function AttendanceSection({ meeting }: { meeting: MeetingDetail }) {
  const m = useMeetingsT();
  const save = useSaveAttendance(meeting.id);
  const isEditable = meeting.canManage;
  const [presence, setPresence] = useState<Record<string, Presence>>(() =>
    Object.fromEntries(
      meeting.attendance.map((entry) => [entry.userId, toPresence(entry.isPresent)]),
    ),
  );
  const [guests, setGuests] = useState(meeting.guests);
  const options = (['unknown', 'present', 'absent'] as const).map((value) => ({
    value,
    label: m.attendance[value],
  }));

  return (
    <Stack gap="xs" component="section" aria-labelledby="attendance-heading">
      <Title order={2} size="h3" id="attendance-heading">
        {m.attendance.heading}
      </Title>
      {meeting.attendance.length === 0 ? (
        <Text size="sm">{m.attendance.noMembers}</Text>
      ) : (
        <ScrollableTable label={m.attendance.heading} minWidth={340}>
          <Table data-testid="attendance">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{m.attendance.person}</Table.Th>
                <Table.Th>{m.attendance.organisation}</Table.Th>
                <Table.Th>{m.attendance.presence}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {meeting.attendance.map((entry) => (
                <Table.Tr key={entry.userId}>
                  <Table.Td>{entry.displayName}</Table.Td>
                  <Table.Td>{entry.organisationName}</Table.Td>
                  <Table.Td>
                    {isEditable ? (
                      <NativeSelect
                        size="xs"
                        aria-label={m.attendance.presenceOf(entry.displayName)}
                        value={presence[entry.userId] ?? 'unknown'}
                        data={options}
                        onChange={(event) =>
                          setPresence({
                            ...presence,
                            [entry.userId]: event.currentTarget.value as Presence,
                          })
                        }
                      />
                    ) : (
                      m.attendance[toPresence(entry.isPresent)]
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollableTable>
      )}
      {isEditable ? (
        <>
          <Textarea
            label={m.attendance.guests}
            description={m.attendance.guestsHelp}
            autosize
            minRows={2}
            value={guests}
            onChange={(event) => setGuests(event.currentTarget.value)}
          />
          {save.isError && <MeetingErrorAlert error={save.error} />}
          <div role="status">{save.isSuccess && <Text size="sm">{m.meeting.saved}</Text>}</div>
          <div>
            <Button
              variant="default"
              loading={save.isPending}
              onClick={() =>
                save.mutate({
                  entries: meeting.attendance.map((entry) => ({
                    userId: entry.userId,
                    isPresent: fromPresence(presence[entry.userId] ?? 'unknown'),
                  })),
                  guests,
                })
              }
            >
              {m.attendance.save}
            </Button>
          </div>
        </>
      ) : (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          <Text span fw={600} size="sm">
            {m.attendance.guests}:{' '}
          </Text>
          {meeting.guests === '' ? m.attendance.noGuests : meeting.guests}
        </Text>
      )}
    </Stack>
  );
}

/** The notes for the meeting as a whole. */
export function GeneralNotesSection({ meeting }: { meeting: MeetingDetail }) {
  const m = useMeetingsT();
  const update = useUpdateMeeting(meeting.id);
  const [notes, setNotes] = useState(meeting.generalNotes);
  return (
    <Stack gap="xs" component="section" aria-labelledby="general-notes-heading">
      <Title order={2} size="h3" id="general-notes-heading">
        {m.meeting.generalNotesHeading}
      </Title>
      {meeting.canManage ? (
        <>
          <Textarea
            label={m.meeting.generalNotes}
            autosize
            minRows={3}
            value={notes}
            onChange={(event) => setNotes(event.currentTarget.value)}
          />
          {update.isError && <MeetingErrorAlert error={update.error} />}
          <div role="status">{update.isSuccess && <Text size="sm">{m.meeting.saved}</Text>}</div>
          <div>
            <Button
              variant="default"
              loading={update.isPending}
              disabled={notes === meeting.generalNotes}
              onClick={() => update.mutate({ generalNotes: notes })}
            >
              {m.meeting.saveNotes}
            </Button>
          </div>
        </>
      ) : (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {meeting.generalNotes === '' ? m.meeting.noNotes : meeting.generalNotes}
        </Text>
      )}
    </Stack>
  );
}
