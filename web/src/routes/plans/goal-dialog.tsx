import { Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useSaveGoal } from '../../api/plan-modelling';
import type { Goal } from '../../api/plans';
import { usePlansT } from '../../i18n/plans/use-plans-t';
import { ModalForm } from './modal-form';

/** A goal of a draft: its title and what it means. */
export function GoalDialog({
  planId,
  goal,
  onClose,
}: {
  planId: string;
  goal: Goal | null;
  onClose: () => void;
}) {
  const p = usePlansT();
  const words = p.modelling.goal;
  const save = useSaveGoal(planId, goal?.id ?? null);
  const [title, setTitle] = useState(goal?.title ?? '');
  const [description, setDescription] = useState(goal?.description ?? '');
  const [isSubmitted, setIsSubmitted] = useState(false);
  return (
    <ModalForm
      title={goal === null ? words.addTitle : words.editTitle}
      onClose={onClose}
      testId="goal-form"
      isPending={save.isPending}
      error={save.error}
      onSubmit={() => {
        setIsSubmitted(true);
        if (title.trim() === '') return;
        save.mutate({ title: title.trim(), description }, { onSuccess: onClose });
      }}
    >
      <TextInput
        label={words.title}
        required
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        error={isSubmitted && title.trim() === '' ? p.form.required : undefined}
      />
      <Textarea
        label={words.description}
        autosize
        minRows={2}
        value={description}
        onChange={(event) => setDescription(event.currentTarget.value)}
      />
    </ModalForm>
  );
}
