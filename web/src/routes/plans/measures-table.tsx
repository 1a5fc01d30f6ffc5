import { Button, List, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useDeletePlanItem } from '../../api/plan-modelling';
import type { Measure, PlanDetail } from '../../api/plans';
import { ScrollableTable } from '../../components/scrollable-table';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { usePlansT } from '../../i18n/plans/use-plans-t';
import { ItemActions } from './item-actions';
import { MeasureDialog } from './measure-dialog';
import { MeasureStatusDialog } from './measure-status-dialog';
import { ColourBadge } from './plan-badges';

/**
 * The measures in BRÅ's grid: cause, measure, operative goal, when, who, partners, follow-up.
 * A coordinator adds, changes and removes them on a draft, and sets their status (green,
 * yellow, red with a comment) until the plan is replaced.
 */
export function MeasuresTable({
  plan,
  isEditable = false,
  canFollowUp = false,
}: {
  plan: PlanDetail;
  isEditable?: boolean;
  canFollowUp?: boolean;
}) {
  const p = usePlansT();
  const m = p.modelling;
  const { locale } = useI18n();
  const { measures, problems } = plan;
  const remove = useDeletePlanItem('measures');
  const [dialog, setDialog] = useState<
    { kind: 'edit'; measure: Measure | null } | { kind: 'status'; measure: Measure } | null
  >(null);
  const hasActions = isEditable || canFollowUp;
  const columns = p.plan.measureColumns;
  const problemTitle = new Map(problems.map((problem) => [problem.id, problem.title]));
  return (
    <Stack gap="xs" component="section" aria-labelledby="measures-heading">
      <Title order={2} size="h3" id="measures-heading">
        {p.plan.measuresHeading}
      </Title>
      <Text size="sm">{p.plan.measuresIntro}</Text>
      {measures.length === 0 ? (
        <Text size="sm">{p.plan.measuresNone}</Text>
      ) : (
        <ScrollableTable label={p.plan.measuresLabel} minWidth={hasActions ? 1350 : 1150}>
          <Table striped verticalSpacing="sm" data-testid="measures-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{columns.cause}</Table.Th>
                <Table.Th>{columns.measure}</Table.Th>
                <Table.Th>{columns.operativeGoal}</Table.Th>
                <Table.Th>{columns.when}</Table.Th>
                <Table.Th>{columns.who}</Table.Th>
                <Table.Th>{columns.partners}</Table.Th>
                <Table.Th>{columns.resources}</Table.Th>
                <Table.Th>{columns.status}</Table.Th>
                {hasActions && <Table.Th>{m.measure.actionsColumn}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {measures.map((measure) => {
                const cause = [
                  measure.problemId === null ? '' : (problemTitle.get(measure.problemId) ?? ''),
                  measure.cause,
                ]
                  .filter((part) => part !== '')
                  .join('. ');
                const when =
                  measure.startsOn === null && measure.endsOn === null
                    ? p.plan.ongoing
                    : p.plan.whenFromTo(measure.startsOn ?? '', measure.endsOn ?? '');
                const resources = [
                  measure.plannedHours === null
                    ? ''
                    : p.plan.hours(formatNumber(measure.plannedHours, locale)),
                  measure.costSek === null
                    ? ''
                    : p.plan.cost(formatNumber(measure.costSek, locale)),
                ].filter((part) => part !== '');
                return (
                  <Table.Tr key={measure.id}>
                    <Table.Td>{cause}</Table.Td>
                    <Table.Th scope="row" fw={600}>
                      {measure.measure}
                    </Table.Th>
                    <Table.Td>{measure.operativeGoal}</Table.Td>
                    <Table.Td>{when}</Table.Td>
                    <Table.Td>
                      {measure.responsible}
                      {measure.contactPerson !== '' && (
                        <Text size="sm">{measure.contactPerson}</Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {measure.partners.length > 0 && (
                        <List size="sm" spacing={2}>
                          {measure.partners.map((partner) => (
                            <List.Item key={partner}>{partner}</List.Item>
                          ))}
                        </List>
                      )}
                    </Table.Td>
                    <Table.Td>{resources.join(', ')}</Table.Td>
                    <Table.Td>
                      <Stack gap={4}>
                        <ColourBadge colour={measure.statusColour} />
                        {measure.statusComment !== '' && (
                          <Text size="sm">{measure.statusComment}</Text>
                        )}
                      </Stack>
                    </Table.Td>
                    {hasActions && (
                      <Table.Td>
                        <ItemActions
                          name={measure.measure}
                          onEdit={
                            isEditable ? () => setDialog({ kind: 'edit', measure }) : undefined
                          }
                          onDelete={isEditable ? () => remove.mutate(measure.id) : undefined}
                          isDeleting={remove.isPending && remove.variables === measure.id}
                          deleteError={remove.variables === measure.id ? remove.error : null}
                        >
                          {canFollowUp && (
                            <Button
                              size="compact-sm"
                              variant="default"
                              onClick={() => setDialog({ kind: 'status', measure })}
                              aria-label={m.measure.statusNamed(measure.measure)}
                            >
                              {m.measure.status}
                            </Button>
                          )}
                        </ItemActions>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollableTable>
      )}
      {isEditable && (
        <div>
          <Button variant="default" onClick={() => setDialog({ kind: 'edit', measure: null })}>
            {m.measure.add}
          </Button>
        </div>
      )}
      {dialog?.kind === 'edit' && (
        <MeasureDialog plan={plan} measure={dialog.measure} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'status' && (
        <MeasureStatusDialog measure={dialog.measure} onClose={() => setDialog(null)} />
      )}
    </Stack>
  );
}
