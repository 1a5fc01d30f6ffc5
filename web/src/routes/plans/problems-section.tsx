import { Badge, Button, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useDeletePlanItem } from '../../api/plan-modelling';
import type { PlanDetail, PlanProblem } from '../../api/plans';
import { usePlansT } from '../../i18n/plans/use-plans-t';
import { ItemActions } from './item-actions';
import { ProblemDialog } from './problem-dialog';
import { usePictureOptions } from './use-picture-options';

/** The plan's problems: linked to the situation picture or free text, prioritised or not. */
export function ProblemsSection({ plan, isEditable }: { plan: PlanDetail; isEditable: boolean }) {
  const p = usePlansT();
  const words = p.modelling.problem;
  const options = usePictureOptions();
  const remove = useDeletePlanItem('problems');
  const [editing, setEditing] = useState<PlanProblem | 'new' | null>(null);
  return (
    <Stack gap="xs" component="section" aria-labelledby="problems-heading" data-testid="problems">
      <Title order={2} size="h3" id="problems-heading">
        {p.plan.problemsHeading}
      </Title>
      {plan.problems.length === 0 ? (
        <Text size="sm">{p.plan.problemsNone}</Text>
      ) : (
        <List spacing="sm">
          {plan.problems.map((problem) => (
            <List.Item key={problem.id}>
              <Text fw={600} span>
                {problem.title}
              </Text>
              {problem.isPrioritised && (
                <Badge ml="xs" variant="outline" color="blue.9" style={{ textTransform: 'none' }}>
                  {p.plan.prioritised}
                </Badge>
              )}
              {problem.description !== '' && <Text size="sm">{problem.description}</Text>}
              <Text size="sm" c="dimmed">
                {problem.categoryCodes.length === 0 && problem.districtIds.length === 0
                  ? words.freeText
                  : words.linked(
                      options.categoryNames(problem.categoryCodes) || '–',
                      options.districtNames(problem.districtIds),
                    )}
              </Text>
              {isEditable && (
                <ItemActions
                  name={problem.title}
                  onEdit={() => setEditing(problem)}
                  onDelete={() => remove.mutate(problem.id)}
                  isDeleting={remove.isPending && remove.variables === problem.id}
                  deleteError={remove.variables === problem.id ? remove.error : null}
                />
              )}
            </List.Item>
          ))}
        </List>
      )}
      {isEditable && (
        <div>
          <Button variant="default" onClick={() => setEditing('new')}>
            {words.add}
          </Button>
        </div>
      )}
      {editing !== null && (
        <ProblemDialog
          planId={plan.id}
          problem={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
