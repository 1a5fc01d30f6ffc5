import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useDistricts } from '../../api/situation';
import type { JointAction } from '../../api/meetings';
import { useI18n } from '../../i18n/i18n-context';
import { useMeetingsT } from '../../i18n/meetings/use-meetings-t';
import { dueText } from './meeting-words';

/** District names by id, for the actions' "where". */
export function useDistrictNames() {
  const districts = useDistricts();
  const names = new Map(
    (districts.data?.features ?? []).map((feature) => [
      String(feature.id),
      feature.properties.name,
    ]),
  );
  // While the districts load, a placeholder rather than an id nobody can read.
  const unknown = (id: string) => (districts.data ? id : '…');
  return (ids: readonly string[]) => ids.map((id) => names.get(id) ?? unknown(id));
}

/**
 * One joint action: what, its status and due date (overdue in red, with how long), and where,
 * who and the expected result when the caller knows the names.
 */
export function ActionCard({
  action,
  organisationNames,
  personNames,
  onEdit,
  isFollowUp = false,
  footer,
}: {
  action: JointAction;
  organisationNames?: (ids: readonly string[]) => string[];
  personNames?: (ids: readonly string[]) => string[];
  onEdit?: () => void;
  /** The edit button follows the action up (status, outcome): for those responsible. */
  isFollowUp?: boolean;
  footer?: ReactNode;
}) {
  const m = useMeetingsT();
  const { locale } = useI18n();
  const districtNames = useDistrictNames();
  const words = m.actions;
  const listOf = (names: string[], empty: string) =>
    names.length === 0 ? empty : names.join(', ');
  const rows: [string, string][] = [
    [words.fields.where, listOf(districtNames(action.districtIds), words.everywhere)],
    ...(organisationNames === undefined
      ? []
      : ([[words.fields.who, listOf(organisationNames(action.organisationIds), words.nobody)]] as [
          string,
          string,
        ][])),
    ...(personNames === undefined
      ? []
      : ([[words.fields.people, listOf(personNames(action.responsibleUserIds), words.nobody)]] as [
          string,
          string,
        ][])),
    ...(action.expectedResult === ''
      ? []
      : ([[words.fields.expectedResult, action.expectedResult]] as [string, string][])),
    ...(action.outcome === ''
      ? []
      : ([[words.fields.outcome, action.outcome]] as [string, string][])),
  ];
  return (
    <Paper
      component="article"
      withBorder
      p="sm"
      radius="md"
      aria-label={action.title}
      data-testid="joint-action"
      style={action.isOverdue ? { borderLeft: '6px solid var(--mantine-color-red-8)' } : undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Title order={3} size="h5">
            {action.title}
          </Title>
          <Group gap="xs">
            <Badge variant="outline" color={action.isOpen ? 'blue.9' : 'gray.8'}>
              {m.actionStatuses[action.status]}
            </Badge>
            {onEdit !== undefined && (
              <Button
                size="xs"
                variant="default"
                leftSection={<IconPencil size={14} aria-hidden="true" />}
                onClick={onEdit}
                aria-label={
                  isFollowUp ? words.followUpLabel(action.title) : words.editLabel(action.title)
                }
              >
                {isFollowUp ? words.followUp : words.edit}
              </Button>
            )}
          </Group>
        </Group>
        <Group gap={6} wrap="nowrap" align="flex-start">
          {action.isOverdue && (
            <IconAlertTriangle
              size={18}
              aria-hidden="true"
              color="var(--mantine-color-red-8)"
              style={{ flexShrink: 0 }}
            />
          )}
          <Text
            size="sm"
            c={action.isOverdue ? 'red.9' : undefined}
            fw={action.isOverdue ? 600 : undefined}
            data-testid="action-due"
          >
            {dueText(m, action, locale)}
          </Text>
        </Group>
        {action.description !== '' && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {action.description}
          </Text>
        )}
        <Table variant="vertical" layout="fixed" withRowBorders={false} fz="sm">
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={{ base: 110, sm: 170 }}>{label}</Table.Th>
                <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {value}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {footer}
      </Stack>
    </Paper>
  );
}
