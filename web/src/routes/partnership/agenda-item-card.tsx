import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useRemoveAgendaItem, useUpdateAgendaItem, type AgendaItem } from '../../api/meetings';
import { ConfirmButton } from '../../components/confirm-button';
import { useMeetingsT } from '../../i18n/meetings/use-meetings-t';
import { MeetingErrorAlert } from './meeting-error';

/** The item's heading row: its number, kind and whether the picture made it. */
function ItemHeading({ item, number }: { item: AgendaItem; number: number }) {
  const m = useMeetingsT();
  return (
    <Group gap="xs" wrap="wrap">
      <Title order={3} size="h5">
        {m.agenda.itemLabel(number, item.title)}
      </Title>
      <Badge variant="outline" color="gray.8">
        {m.agendaKinds[item.kind]}
      </Badge>
      {item.isAutomatic && (
        <Badge variant="light" color="blue.9">
          {m.agenda.automatic}
        </Badge>
      )}
    </Group>
  );
}

/** One agenda item as the minutes show it, for those who read. */
export function AgendaItemView({ item, number }: { item: AgendaItem; number: number }) {
  const m = useMeetingsT();
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="md"
      style={{ listStyle: 'none' }}
      data-testid="agenda-item"
    >
      <Stack gap={6}>
        <ItemHeading item={item} number={number} />
        <Text size="sm" fw={600}>
          {m.agenda.notes}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {item.notes === '' ? m.agenda.noNotes : item.notes}
        </Text>
        <Text size="sm" fw={600}>
          {m.agenda.decisions}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {item.decisions === '' ? m.agenda.noDecisions : item.decisions}
        </Text>
      </Stack>
    </Paper>
  );
}

/**
 * One agenda item for the coordinator: heading, notes and decisions written during the
 * meeting, saved per item; moved up or down; removed after a question.
 */
export function AgendaItemEditor({
  item,
  number,
  onMove,
  isMoving,
  isFirst,
  isLast,
}: {
  item: AgendaItem;
  number: number;
  onMove: (direction: -1 | 1) => void;
  isMoving: boolean;
  isFirst: boolean;
  isLast: boolean;
}) {
  const m = useMeetingsT();
  const update = useUpdateAgendaItem();
  const remove = useRemoveAgendaItem();
  const [title, setTitle] = useState(item.title);
  const [notes, setNotes] = useState(item.notes);
  const [decisions, setDecisions] = useState(item.decisions);
  const isDirty = title !== item.title || notes !== item.notes || decisions !== item.decisions;
  const save = () =>
    update.mutate({
      id: item.id,
      title: title.trim() === '' ? item.title : title,
      notes,
      decisions,
    });

  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="md"
      style={{ listStyle: 'none' }}
      data-testid="agenda-item"
      data-agenda-item-id={item.id}
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" align="flex-start" wrap="nowrap">
          <ItemHeading item={item} number={number} />
          <Group gap={4} wrap="nowrap">
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={m.agenda.moveUp(item.title)}
              data-move="up"
              disabled={isFirst || isMoving}
              onClick={() => onMove(-1)}
            >
              <IconArrowUp size={16} aria-hidden="true" />
            </ActionIcon>
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={m.agenda.moveDown(item.title)}
              data-move="down"
              disabled={isLast || isMoving}
              onClick={() => onMove(1)}
            >
              <IconArrowDown size={16} aria-hidden="true" />
            </ActionIcon>
          </Group>
        </Group>
        <TextInput
          label={m.agenda.itemTitle}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
        />
        <Textarea
          label={m.agenda.notes}
          autosize
          minRows={2}
          value={notes}
          onChange={(event) => setNotes(event.currentTarget.value)}
        />
        <Textarea
          label={m.agenda.decisions}
          autosize
          minRows={1}
          value={decisions}
          onChange={(event) => setDecisions(event.currentTarget.value)}
        />
        {update.isError && <MeetingErrorAlert error={update.error} />}
        {remove.isError && <MeetingErrorAlert error={remove.error} />}
        <Group gap="xs" justify="space-between">
          <Group gap="xs">
            <Button size="sm" onClick={save} disabled={!isDirty} loading={update.isPending}>
              {m.agenda.saveItem}
            </Button>
            {isDirty && (
              <Text size="sm" fw={600}>
                {m.agenda.unsaved}
              </Text>
            )}
          </Group>
          <ConfirmButton
            size="sm"
            variant="default"
            leftSection={<IconTrash size={14} aria-hidden="true" />}
            question={m.agenda.removeQuestion(item.title)}
            onConfirm={() => remove.mutate(item.id)}
            isPending={remove.isPending}
            accessibleName={m.agenda.removeLabel(item.title)}
          >
            {m.agenda.remove}
          </ConfirmButton>
        </Group>
      </Stack>
    </Paper>
  );
}
