import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useDeletePlanItem } from '../../api/plan-modelling';
import type { Indicator } from '../../api/plans';
import { ConfirmButton } from '../../components/confirm-button';
import { ScrollableTable } from '../../components/scrollable-table';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { usePlansT } from '../../i18n/plans/use-plans-t';
import { IndicatorChart } from './indicator-chart';
import { IndicatorDialog } from './indicator-dialog';
import { ItemActions } from './item-actions';
import { PlanErrorAlert } from './plan-error';
import { ComputeValueDialog, RecordValueDialog } from './value-dialogs';

export interface IndicatorPermissions {
  /** The draft's content may change: edit and remove the indicator. */
  isEditable: boolean;
  /** Follow-up data may be recorded: values by hand, from the picture, removed. */
  canRecord: boolean;
}

/** One indicator: direction, baseline and target, its values with their source, and actions. */
export function IndicatorBlock({
  planId,
  goalId,
  indicator,
  permissions,
}: {
  planId: string;
  goalId: string;
  indicator: Indicator;
  permissions: IndicatorPermissions;
}) {
  const p = usePlansT();
  const words = p.plan.indicator;
  const m = p.modelling;
  const { locale } = useI18n();
  const [dialog, setDialog] = useState<'edit' | 'record' | 'compute' | null>(null);
  const removeIndicator = useDeletePlanItem('indicators');
  const removeValue = useDeletePlanItem('indicator-values');
  const number = (value: number) =>
    indicator.unit === ''
      ? formatNumber(value, locale)
      : `${formatNumber(value, locale)} ${indicator.unit}`;
  const values = [...indicator.values].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));
  const close = () => setDialog(null);
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="indicator">
      <Stack gap="xs">
        <Text fw={600} component="h4" m={0}>
          {indicator.name}
        </Text>
        <Group gap="xs">
          <Badge variant="outline" color="gray.8" style={{ textTransform: 'none' }}>
            {indicator.direction === 'up' ? words.directionUp : words.directionDown}
          </Badge>
          {indicator.computation !== null && (
            <Badge variant="outline" color="blue.9" style={{ textTransform: 'none' }}>
              {words.computed}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {indicator.baselineValue === null
            ? words.noBaseline
            : words.baseline(number(indicator.baselineValue), indicator.baselineOn ?? '–')}
          {indicator.targetValue !== null &&
            ` · ${words.target(number(indicator.targetValue), indicator.targetOn ?? '–')}`}
        </Text>
        <IndicatorChart indicator={indicator} />
        {values.length === 0 ? (
          <Text size="sm">{words.noValues}</Text>
        ) : (
          <ScrollableTable label={words.valuesLabel(indicator.name)} minWidth={480}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{words.columns.day}</Table.Th>
                  <Table.Th>{words.columns.value}</Table.Th>
                  <Table.Th>{words.columns.source}</Table.Th>
                  <Table.Th>{words.columns.note}</Table.Th>
                  {permissions.canRecord && <Table.Th>{m.measure.actionsColumn}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {values.map((value) => (
                  <Table.Tr key={value.id} data-testid="indicator-value">
                    <Table.Td>{value.measuredOn}</Table.Td>
                    <Table.Td>{number(value.value)}</Table.Td>
                    <Table.Td>
                      {p.sources[value.source]}
                      {value.sourceDetail !== '' && ` (${value.sourceDetail})`}
                    </Table.Td>
                    <Table.Td>{value.note}</Table.Td>
                    {permissions.canRecord && (
                      <Table.Td>
                        <ConfirmButton
                          size="compact-sm"
                          variant="default"
                          question={m.value.deleteQuestion(value.measuredOn)}
                          isPending={removeValue.isPending && removeValue.variables === value.id}
                          onConfirm={() => removeValue.mutate(value.id)}
                          accessibleName={m.value.deleteNamed(value.measuredOn)}
                        >
                          {m.actions.delete}
                        </ConfirmButton>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollableTable>
        )}
        {removeValue.isError && <PlanErrorAlert error={removeValue.error} />}
        {(permissions.canRecord || permissions.isEditable) && (
          <ItemActions
            name={indicator.name}
            onEdit={permissions.isEditable ? () => setDialog('edit') : undefined}
            onDelete={
              permissions.isEditable ? () => removeIndicator.mutate(indicator.id) : undefined
            }
            isDeleting={removeIndicator.isPending}
            deleteError={removeIndicator.error}
          >
            {permissions.canRecord && (
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => setDialog('record')}
                aria-label={m.value.recordNamed(indicator.name)}
              >
                {m.value.record}
              </Button>
            )}
            {permissions.canRecord && indicator.computation !== null && (
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => setDialog('compute')}
                aria-label={m.value.computeNamed(indicator.name)}
              >
                {m.value.compute}
              </Button>
            )}
          </ItemActions>
        )}
      </Stack>
      {dialog === 'edit' && (
        <IndicatorDialog planId={planId} goalId={goalId} indicator={indicator} onClose={close} />
      )}
      {dialog === 'record' && <RecordValueDialog indicator={indicator} onClose={close} />}
      {dialog === 'compute' && <ComputeValueDialog indicator={indicator} onClose={close} />}
    </Paper>
  );
}
