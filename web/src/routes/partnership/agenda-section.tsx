import { Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconPlus, IconRefresh } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import {
  useAddAgendaItem,
  useGenerateAgenda,
  useReorderAgenda,
  type MeetingDetail,
} from '../../api/meetings';
import { useAnnounce } from '../../components/live-region';
import { useInvalidFieldFocus } from '../../components/use-invalid-field-focus';
import { useA11yT } from '../../i18n/a11y/use-a11y-t';
import { formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { useMeetingsT } from '../../i18n/meetings/use-meetings-t';
import { AgendaItemEditor, AgendaItemView } from './agenda-item-card';
import { moveButtonAfter, movedOrder } from './agenda-order';
import { MeetingErrorAlert } from './meeting-error';

/**
 * Focus back on the moved item's move button (its buttons were disabled while moving, which
 * dropped focus), once the agenda shows the item in its place: tried for a while, as the
 * agenda is fetched again after the move.
 */
function focusMoveButton(id: string, index: number, direction: -1 | 1, length: number): void {
  const button = moveButtonAfter(direction, index, length);
  const attempt = (attemptsLeft: number) => {
    const item = document.querySelector<HTMLElement>(`[data-agenda-item-id="${id}"]`);
    const target = item?.querySelector<HTMLButtonElement>(`[data-move="${button}"]`);
    const isInPlace = item?.parentElement?.children[index] === item;
    if (target !== null && target !== undefined && isInPlace && !target.disabled) {
      target.focus();
    } else if (attemptsLeft > 0) {
      window.setTimeout(() => attempt(attemptsLeft - 1), 50);
    }
  };
  attempt(40);
}

/** A new agenda item of a member's own (the coordinator's or a partner's), at the end. */
function AddItemForm({ meetingId }: { meetingId: string }) {
  const m = useMeetingsT();
  const add = useAddAgendaItem(meetingId);
  const [title, setTitle] = useState('');
  const [notes, setNotes] = useState('');
  const [titleError, setTitleError] = useState<string>();
  const a = useA11yT();
  const announce = useAnnounce();
  const { formRef, afterSubmit } = useInvalidFieldFocus();
  const titleRef = useRef<HTMLInputElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') {
      setTitleError(m.form.required);
      afterSubmit();
      return;
    }
    setTitleError(undefined);
    const added = title.trim();
    add.mutate(
      { title: added, notes },
      {
        onSuccess: () => {
          setTitle('');
          setNotes('');
          announce(a.saved.agendaItemAdded(added));
          // The button was disabled while saving, which dropped focus: ready for the next item.
          titleRef.current?.focus();
        },
      },
    );
  };
  return (
    <Paper withBorder p="sm" radius="md">
      <form
        ref={formRef}
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
            ref={titleRef}
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
  // Every member adds points of their own before and during the meeting (issue 15): whoever
  // reads the meeting is a member or a manager.
  const canAdd = meeting.closedAt === null;
  const items = meeting.agenda;
  const a = useA11yT();
  const announce = useAnnounce();
  const move = (index: number, direction: -1 | 1) => {
    const ids = movedOrder(
      items.map((item) => item.id),
      index,
      direction,
    );
    const item = items[index];
    if (ids === null || item === undefined) return;
    reorder.mutate(ids, {
      onSuccess: () => {
        announce(a.saved.agendaItemMoved(item.title, index + direction + 1));
        focusMoveButton(item.id, index + direction, direction, ids.length);
      },
      onError: () => focusMoveButton(item.id, index, direction, ids.length),
    });
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="agenda-heading" data-testid="agenda">
      <Title order={2} size="h3" id="agenda-heading">
        {m.agenda.heading}
      </Title>
      {isEditable && <Text size="sm">{m.agenda.intro}</Text>}
      {!isEditable && canAdd && <Text size="sm">{m.agenda.memberIntro}</Text>}
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
      {canAdd && <AddItemForm meetingId={meeting.id} />}
    </Stack>
  );
}
