import { Group, NativeSelect, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useSaveEffort, type EffortInput } from '../../api/plan-modelling';
import {
  type Effort,
  type EffortEvaluation,
  type EffortLevel,
  type PlanDetail,
} from '../../api/plans';
import { usePlansT } from '../../i18n/plans/use-plans-t';
import { ModalForm } from './modal-form';
import { PickList } from './pick-list';

const levels: EffortLevel[] = ['local', 'regional', 'national'];
const evaluations: EffortEvaluation[] = ['none', 'planned', 'internal', 'external', 'research'];

/**
 * An effort of the register (kartläggning): level, owner, target group, evidence, whether and
 * how it has been evaluated, and — with a plan open — the plan's goals and problems it serves.
 * Links to other plans' goals and problems are kept as they are.
 */
export function EffortDialog({
  effort,
  plan,
  onClose,
}: {
  effort: Effort | null;
  plan: PlanDetail | null;
  onClose: () => void;
}) {
  const p = usePlansT();
  const words = p.modelling.effort;
  const save = useSaveEffort(effort?.id ?? null);
  const [form, setForm] = useState<EffortInput>({
    name: effort?.name ?? '',
    level: effort?.level ?? 'local',
    owner: effort?.owner ?? '',
    targetGroup: effort?.targetGroup ?? '',
    evidenceBasis: effort?.evidenceBasis ?? '',
    evaluation: effort?.evaluation ?? 'none',
    evaluationNote: effort?.evaluationNote ?? '',
    goalIds: effort?.goalIds ?? [],
    problemIds: effort?.problemIds ?? [],
    startedOn: effort?.startedOn ?? null,
    endedOn: effort?.endedOn ?? null,
  });
  const [isSubmitted, setIsSubmitted] = useState(false);
  const set = <K extends keyof EffortInput>(key: K, value: EffortInput[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const planGoalIds = new Set(plan?.goals.map((goal) => goal.id) ?? []);
  const planProblemIds = new Set(plan?.problems.map((problem) => problem.id) ?? []);
  const otherGoals = form.goalIds.filter((id) => !planGoalIds.has(id));
  const otherProblems = form.problemIds.filter((id) => !planProblemIds.has(id));
  const otherLinks = otherGoals.length + otherProblems.length;

  return (
    <ModalForm
      title={effort === null ? words.addTitle : words.editTitle}
      onClose={onClose}
      testId="effort-form"
      isPending={save.isPending}
      error={save.error}
      onSubmit={() => {
        setIsSubmitted(true);
        if (form.name.trim() === '') return;
        save.mutate({ ...form, name: form.name.trim() }, { onSuccess: onClose });
      }}
    >
      <TextInput
        label={words.name}
        required
        value={form.name}
        onChange={(event) => set('name', event.currentTarget.value)}
        error={isSubmitted && form.name.trim() === '' ? p.form.required : undefined}
      />
      <Group grow align="flex-start" wrap="wrap">
        <NativeSelect
          label={words.level}
          value={form.level}
          onChange={(event) => set('level', event.currentTarget.value as EffortLevel)}
          data={levels.map((level) => ({ value: level, label: p.efforts.levels[level] }))}
        />
        <TextInput
          label={words.owner}
          value={form.owner}
          onChange={(event) => set('owner', event.currentTarget.value)}
        />
      </Group>
      <TextInput
        label={words.targetGroup}
        value={form.targetGroup}
        onChange={(event) => set('targetGroup', event.currentTarget.value)}
      />
      <Textarea
        label={words.evidenceBasis}
        description={words.evidenceHelp}
        autosize
        minRows={2}
        value={form.evidenceBasis}
        onChange={(event) => set('evidenceBasis', event.currentTarget.value)}
      />
      <NativeSelect
        label={words.evaluation}
        value={form.evaluation}
        onChange={(event) => set('evaluation', event.currentTarget.value as EffortEvaluation)}
        data={evaluations.map((item) => ({ value: item, label: p.efforts.evaluations[item] }))}
      />
      <Textarea
        label={words.evaluationNote}
        autosize
        minRows={2}
        value={form.evaluationNote}
        onChange={(event) => set('evaluationNote', event.currentTarget.value)}
      />
      <Group grow align="flex-start" wrap="wrap">
        <TextInput
          type="date"
          label={words.startedOn}
          value={form.startedOn ?? ''}
          onChange={(event) => set('startedOn', event.currentTarget.value || null)}
        />
        <TextInput
          type="date"
          label={words.endedOn}
          value={form.endedOn ?? ''}
          onChange={(event) => set('endedOn', event.currentTarget.value || null)}
        />
      </Group>
      {plan !== null && (
        <>
          <PickList
            label={words.goals}
            options={plan.goals.map((goal) => ({ value: goal.id, label: goal.title }))}
            value={form.goalIds.filter((id) => planGoalIds.has(id))}
            onChange={(value) => set('goalIds', [...otherGoals, ...value])}
            emptyText={p.plan.goalsNone}
            testId="effort-goals"
          />
          <PickList
            label={words.problems}
            options={plan.problems.map((problem) => ({ value: problem.id, label: problem.title }))}
            value={form.problemIds.filter((id) => planProblemIds.has(id))}
            onChange={(value) => set('problemIds', [...otherProblems, ...value])}
            emptyText={p.plan.problemsNone}
            testId="effort-problems"
          />
        </>
      )}
      {otherLinks > 0 && <Text size="sm">{words.otherLinks(otherLinks)}</Text>}
    </ModalForm>
  );
}
