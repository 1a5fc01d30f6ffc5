import { Checkbox, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useSaveProblem, type ProblemInput } from '../../api/plan-modelling';
import type { PlanProblem } from '../../api/plans';
import { usePlansT } from '../../i18n/plans/use-plans-t';
import { ModalForm } from './modal-form';
import { PickList } from './pick-list';
import { usePictureOptions } from './use-picture-options';

/** A problem (cause) of a draft: linked to the picture's categories and districts, or free text. */
export function ProblemDialog({
  planId,
  problem,
  onClose,
}: {
  planId: string;
  problem: PlanProblem | null;
  onClose: () => void;
}) {
  const p = usePlansT();
  const words = p.modelling.problem;
  const save = useSaveProblem(planId, problem?.id ?? null);
  const [form, setForm] = useState<Required<Omit<ProblemInput, 'position'>>>({
    title: problem?.title ?? '',
    description: problem?.description ?? '',
    categoryCodes: problem?.categoryCodes ?? [],
    districtIds: problem?.districtIds ?? [],
    isPrioritised: problem?.isPrioritised ?? true,
  });
  const [isSubmitted, setIsSubmitted] = useState(false);
  const options = usePictureOptions(form.categoryCodes);
  const set = <K extends keyof ProblemInput>(key: K, value: Required<ProblemInput>[K]) =>
    setForm((current) => ({ ...current, [key]: value }));

  return (
    <ModalForm
      title={problem === null ? words.addTitle : words.editTitle}
      onClose={onClose}
      testId="problem-form"
      isPending={save.isPending}
      error={save.error}
      onSubmit={() => {
        setIsSubmitted(true);
        if (form.title.trim() === '') return;
        save.mutate({ ...form, title: form.title.trim() }, { onSuccess: onClose });
      }}
    >
      <TextInput
        label={words.title}
        description={words.titleHelp}
        required
        value={form.title}
        onChange={(event) => set('title', event.currentTarget.value)}
        error={isSubmitted && form.title.trim() === '' ? p.form.required : undefined}
      />
      <Textarea
        label={words.description}
        autosize
        minRows={2}
        value={form.description}
        onChange={(event) => set('description', event.currentTarget.value)}
      />
      <PickList
        label={words.categories}
        options={options.categories}
        value={form.categoryCodes}
        onChange={(value) => set('categoryCodes', value)}
        testId="problem-categories"
      />
      <PickList
        label={words.districts}
        description={p.modelling.areaWhole}
        options={options.districts}
        value={form.districtIds}
        onChange={(value) => set('districtIds', value)}
        testId="problem-districts"
      />
      <Checkbox
        label={words.prioritised}
        checked={form.isPrioritised}
        onChange={(event) => set('isPrioritised', event.currentTarget.checked)}
      />
    </ModalForm>
  );
}
