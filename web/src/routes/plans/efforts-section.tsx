import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useDeleteEffort } from '../../api/plan-modelling';
import { useEfforts, type Effort, type PlanDetail } from '../../api/plans';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { ScrollableTable } from '../../components/scrollable-table';
import { usePlansT } from '../../i18n/plans/use-plans-t';
import { EffortDialog } from './effort-dialog';
import { ItemActions } from './item-actions';

/**
 * The register of efforts (kartläggning): level, owner, target group and whether anyone
 * evaluated them. A coordinator keeps it; with a plan open, efforts link to its goals and
 * problems and the links are counted for this plan.
 */
export function EffortsSection({
  plan = null,
  canManage = false,
}: {
  plan?: PlanDetail | null;
  canManage?: boolean;
}) {
  const p = usePlansT();
  const efforts = useEfforts();
  const remove = useDeleteEffort();
  const [editing, setEditing] = useState<Effort | 'new' | null>(null);
  const words = p.efforts;
  const m = p.modelling.effort;
  const goalIds = new Set(plan?.goals.map((goal) => goal.id) ?? []);
  const problemIds = new Set(plan?.problems.map((problem) => problem.id) ?? []);
  return (
    <Stack gap="xs" component="section" aria-labelledby="efforts-heading">
      <Title order={2} size="h3" id="efforts-heading">
        {words.heading}
      </Title>
      <Text size="sm">{words.intro}</Text>
      {efforts.isPending && <InlineLoader />}
      {efforts.isError && <ErrorAlert error={efforts.error} />}
      {efforts.data?.length === 0 && <Text size="sm">{words.none}</Text>}
      {efforts.data !== undefined && efforts.data.length > 0 && (
        <ScrollableTable label={words.tableLabel} minWidth={canManage ? 900 : 640}>
          <Table striped data-testid="efforts-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{words.columns.name}</Table.Th>
                <Table.Th>{words.columns.level}</Table.Th>
                <Table.Th>{words.columns.owner}</Table.Th>
                <Table.Th>{m.columnTargetGroup}</Table.Th>
                <Table.Th>{words.columns.evaluation}</Table.Th>
                {plan !== null && <Table.Th>{m.columnLinks}</Table.Th>}
                {canManage && <Table.Th>{m.columnActions}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {efforts.data.map((effort) => (
                <Table.Tr key={effort.id}>
                  <Table.Td>{effort.name}</Table.Td>
                  <Table.Td>{words.levels[effort.level]}</Table.Td>
                  <Table.Td>{effort.owner}</Table.Td>
                  <Table.Td>{effort.targetGroup}</Table.Td>
                  <Table.Td>{words.evaluations[effort.evaluation]}</Table.Td>
                  {plan !== null && (
                    <Table.Td>
                      {m.links(
                        effort.goalIds.filter((id) => goalIds.has(id)).length,
                        effort.problemIds.filter((id) => problemIds.has(id)).length,
                      )}
                    </Table.Td>
                  )}
                  {canManage && (
                    <Table.Td>
                      <ItemActions
                        name={effort.name}
                        onEdit={() => setEditing(effort)}
                        onDelete={() => remove.mutate(effort.id)}
                        isDeleting={remove.isPending && remove.variables === effort.id}
                        deleteError={remove.variables === effort.id ? remove.error : null}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollableTable>
      )}
      {canManage && (
        <div>
          <Button variant="default" onClick={() => setEditing('new')}>
            {m.add}
          </Button>
        </div>
      )}
      {editing !== null && (
        <EffortDialog
          effort={editing === 'new' ? null : editing}
          plan={plan}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
