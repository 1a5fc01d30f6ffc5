import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useDeletePlanItem } from '../../api/plan-modelling';
import type { Goal } from '../../api/plans';
import { usePlansT } from '../../i18n/plans/use-plans-t';
import { CsvImportDialog } from './csv-import-dialog';
import { GoalDialog } from './goal-dialog';
import { IndicatorBlock, type IndicatorPermissions } from './indicator-block';
import { IndicatorDialog } from './indicator-dialog';
import { ItemActions } from './item-actions';

type Dialog =
  | { kind: 'goal'; goal: Goal | null }
  | { kind: 'indicator'; goalId: string }
  | { kind: 'csv' }
  | null;

/**
 * The plan's goals, each with its indicators: baseline, target, values over time and source.
 * A coordinator adds and changes goals and indicators on a draft, and records values (by
 * hand, from a CSV file, from the situation picture) until the plan is replaced.
 */
export function GoalsSection({
  planId,
  goals,
  permissions = { isEditable: false, canRecord: false },
}: {
  planId: string;
  goals: Goal[];
  permissions?: IndicatorPermissions;
}) {
  const p = usePlansT();
  const m = p.modelling;
  const [dialog, setDialog] = useState<Dialog>(null);
  const removeGoal = useDeletePlanItem('goals');
  const close = () => setDialog(null);
  const hasIndicators = goals.some((goal) => goal.indicators.length > 0);
  return (
    <Stack gap="sm" component="section" aria-labelledby="goals-heading" data-testid="goals">
      <Title order={2} size="h3" id="goals-heading">
        {p.plan.goalsHeading}
      </Title>
      {goals.length === 0 && <Text size="sm">{p.plan.goalsNone}</Text>}
      {goals.map((goal) => (
        <Stack key={goal.id} gap="xs" data-testid="goal">
          <Title order={3} size="h4">
            {goal.title}
          </Title>
          {goal.description !== '' && <Text size="sm">{goal.description}</Text>}
          {permissions.isEditable && (
            <ItemActions
              name={goal.title}
              onEdit={() => setDialog({ kind: 'goal', goal })}
              onDelete={() => removeGoal.mutate(goal.id)}
              isDeleting={removeGoal.isPending && removeGoal.variables === goal.id}
              deleteError={removeGoal.variables === goal.id ? removeGoal.error : null}
            >
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => setDialog({ kind: 'indicator', goalId: goal.id })}
                aria-label={m.indicator.addNamed(goal.title)}
              >
                {m.indicator.add}
              </Button>
            </ItemActions>
          )}
          {goal.indicators.length === 0 ? (
            <Text size="sm">{p.plan.indicatorsNone}</Text>
          ) : (
            goal.indicators.map((indicator) => (
              <IndicatorBlock
                key={indicator.id}
                planId={planId}
                goalId={goal.id}
                indicator={indicator}
                permissions={permissions}
              />
            ))
          )}
        </Stack>
      ))}
      {(permissions.isEditable || (permissions.canRecord && hasIndicators)) && (
        <Group gap="sm">
          {permissions.isEditable && (
            <Button variant="default" onClick={() => setDialog({ kind: 'goal', goal: null })}>
              {m.goal.add}
            </Button>
          )}
          {permissions.canRecord && hasIndicators && (
            <Button variant="default" onClick={() => setDialog({ kind: 'csv' })}>
              {m.csv.button}
            </Button>
          )}
        </Group>
      )}
      {dialog?.kind === 'goal' && <GoalDialog planId={planId} goal={dialog.goal} onClose={close} />}
      {dialog?.kind === 'indicator' && (
        <IndicatorDialog planId={planId} goalId={dialog.goalId} indicator={null} onClose={close} />
      )}
      {dialog?.kind === 'csv' && <CsvImportDialog planId={planId} onClose={close} />}
    </Stack>
  );
}
