import { Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconPlus, IconRefresh } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import {
  useAddAgendaItem,
  useGenerateAgenda,
  useReorderAgenda,
  type MeetingDetail,
} from '../../api/meetings';
import { formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { useMeetingsT } from '../../i18n/meetings/use-meetings-t';
import { AgendaItemEditor, AgendaItemView } from './agenda-item-card';
import { MeetingErrorAlert } from './meeting-error';

/** A new agenda item of the coordinator's own, at the end. */
function AddItemForm({ meetingId }: { meetingId: string }) {
  const m = useMeetingsT();
  const add = useAddAgendaItem(meetingId);
  const [title, setTitle] = useState('');
  const [notes, setNotes] = useState('');
  const [titleError, setTitleError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') {
      setTitleError(m.form.required);
      return;
    }
    setTitleError(undefined);
    add.mutate(
      { title: title.trim(), notes },
      {
        onSuccess: () => {
          setTitle('');
          setNotes('');
        },
      },
    );
  };
  return (
    <Paper withBorder p="sm" radius="md">
      <form
        onSubmit={submit}
        noValidate
        aria-labelledby="add-item-heading"
        data-testid="add-agenda-item"
      >
        <Stack gap="xs">
          <Title order={3} size="h5" id="add-item-heading">
            {m.agenda.addHeading}
          </Title>
          <TextInput
            label={m.agenda.itemTitle}
            required
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={titleError}
          />
          <Textarea
            label={m.agenda.notes}
            autosize
            minRows={1}
            value={notes}
            onChange={(event) => setNotes(event.currentTarget.value)}
          />
          {add.isError && <MeetingErrorAlert error={add.error} />}
          <Group>
            <Button
              type="submit"
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden="true" />}
              loading={add.isPending}
            >
              {m.agenda.add}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/**
 * The agenda the week's picture built. A coordinator edits it before and during the meeting:
 * regenerating adds what the picture has that is not yet there, and keeps every edit.
 */
export function AgendaSection({ meeting }: { meeting: MeetingDetail }) {
  const m = useMeetingsT();
  const { locale } = useI18n();
  const generate = useGenerateAgenda(meeting.id);
  const reorder = useReorderAgenda(meeting.id);
  const isEditable = meeting.canManage;
  const items = meeting.agenda;
  const move = (index: number, direction: -1 | 1) => {
    const ids = items.map((item) => item.id);
    const target = index + direction;
    const moving = ids[index];
    const other = ids[target];
    if (moving === undefined || other === undefined) return;
    ids[index] = other;
    ids[target] = moving;
    reorder.mutate(ids);
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="agenda-heading" data-testid="agenda">
      <Title order={2} size="h3" id="agenda-heading">
        {m.agenda.heading}
      </Title>
      {isEditable && <Text size="sm">{m.agenda.intro}</Text>}
      {meeting.agendaGeneratedAt !== null && (
        <Text size="sm">
          {m.agenda.generatedAt(formatDateTime(meeting.agendaGeneratedAt, locale))}
        </Text>
      )}
      {isEditable && (
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} aria-hidden="true" />}
            loading={generate.isPending}
            onClick={() => generate.mutate()}
          >
            {m.agenda.regenerate}
          </Button>
        </Group>
      )}
      <div role="status" aria-live="polite">
        {generate.isPending && <Text size="sm">{m.agenda.regenerating}</Text>}
        {generate.isSuccess && <Text size="sm">{m.agenda.regenerated(generate.data.length)}</Text>}
      </div>
      {generate.isError && <MeetingErrorAlert error={generate.error} />}
      {reorder.isError && <MeetingErrorAlert error={reorder.error} />}
      {items.length === 0 && <Text size="sm">{m.agenda.empty}</Text>}
      <Stack component="ol" gap="xs" p={0} m={0}>
        {items.map((item, index) =>
          isEditable ? (
            <AgendaItemEditor
              key={item.id}
              item={item}
              number={index + 1}
              isFirst={index === 0}
              isLast={index === items.length - 1}
              isMoving={reorder.isPending}
              onMove={(direction) => move(index, direction)}
            />
          ) : (
            <AgendaItemView key={item.id} item={item} number={index + 1} />
          ),
        )}
      </Stack>
      {isEditable && <AddItemForm meetingId={meeting.id} />}
    </Stack>
  );
}
