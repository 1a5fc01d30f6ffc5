import { Group, NativeSelect, NumberInput, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { usePlanContacts, useSaveMeasure, type MeasureInput } from '../../api/plan-modelling';
import type { Measure, PlanDetail } from '../../api/plans';
import { useAnnounce } from '../../components/live-region';
import { useA11yT } from '../../i18n/a11y/use-a11y-t';
import { usePlansT } from '../../i18n/plans/use-plans-t';
import { ModalForm } from './modal-form';
import { PickList } from './pick-list';

const toNumber = (value: string | number) =>
  value === '' || !Number.isFinite(Number(value)) ? null : Number(value);

const emptyMeasure: MeasureInput = {
  problemId: null,
  cause: '',
  measure: '',
  operativeGoal: '',
  startsOn: null,
  endsOn: null,
  responsible: '',
  contactPerson: '',
  partners: [],
  plannedHours: null,
  costSek: null,
  goalIds: [],
};

/**
 * A measure in BRÅ's grid: the problem it meets, the measure and its operative goal, when,
 * who (organisation and a contact person, picked among the users or written), partners,
 * resources and the goals it serves.
 */
export function MeasureDialog({
  plan,
  measure,
  onClose,
}: {
  plan: PlanDetail;
  measure: Measure | null;
  onClose: () => void;
}) {
  const p = usePlansT();
  const words = p.modelling.measure;
  const save = useSaveMeasure(plan.id, measure?.id ?? null);
  const contacts = usePlanContacts();
  // Only the grid's own fields: the server's answer carries more (ids, positions, status).
  const [form, setForm] = useState<MeasureInput>(() =>
    measure === null
      ? emptyMeasure
      : (Object.fromEntries(
          Object.keys(emptyMeasure).map((key) => [key, measure[key as keyof MeasureInput]]),
        ) as MeasureInput),
  );
  const [partners, setPartners] = useState((measure?.partners ?? []).join('\n'));
  const [isSubmitted, setIsSubmitted] = useState(false);
  const a = useA11yT();
  const announce = useAnnounce();
  const set = <K extends keyof MeasureInput>(key: K, value: MeasureInput[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const contactOptions = (contacts.data ?? []).map((contact) => ({
    value: contact.id,
    label:
      contact.organisationName === ''
        ? contact.displayName
        : `${contact.displayName} (${contact.organisationName})`,
    name: contact.displayName,
  }));
  const pickedContact = contactOptions.find((option) => option.name === form.contactPerson);

  return (
    <ModalForm
      title={measure === null ? words.addTitle : words.editTitle}
      onClose={onClose}
      testId="measure-form"
      isPending={save.isPending}
      error={save.error}
      onSubmit={() => {
        setIsSubmitted(true);
        if (form.measure.trim() === '') return;
        save.mutate(
          {
            ...form,
            measure: form.measure.trim(),
            partners: partners
              .split('\n')
              .map((line) => line.trim())
              .filter((line) => line !== ''),
          },
          {
            onSuccess: () => {
              const name = form.measure.trim();
              announce(measure === null ? a.saved.measureAdded(name) : a.saved.measure(name));
              onClose();
            },
          },
        );
      }}
    >
      <NativeSelect
        label={words.problem}
        value={form.problemId ?? ''}
        onChange={(event) => set('problemId', event.currentTarget.value || null)}
        data={[
          { value: '', label: p.modelling.none },
          ...plan.problems.map((problem) => ({ value: problem.id, label: problem.title })),
        ]}
      />
      <Textarea
        label={words.cause}
        autosize
        minRows={2}
        value={form.cause}
        onChange={(event) => set('cause', event.currentTarget.value)}
      />
      <TextInput
        label={words.measure}
        required
        value={form.measure}
        onChange={(event) => set('measure', event.currentTarget.value)}
        error={isSubmitted && form.measure.trim() === '' ? p.form.required : undefined}
      />
      <Textarea
        label={words.operativeGoal}
        autosize
        minRows={2}
        value={form.operativeGoal}
        onChange={(event) => set('operativeGoal', event.currentTarget.value)}
      />
      <Group grow align="flex-start" wrap="wrap">
        <TextInput
          type="date"
          label={words.startsOn}
          value={form.startsOn ?? ''}
          onChange={(event) => set('startsOn', event.currentTarget.value || null)}
        />
        <TextInput
          type="date"
          label={words.endsOn}
          value={form.endsOn ?? ''}
          onChange={(event) => set('endsOn', event.currentTarget.value || null)}
        />
      </Group>
      <TextInput
        label={words.responsible}
        value={form.responsible}
        onChange={(event) => set('responsible', event.currentTarget.value)}
      />
      <NativeSelect
        label={words.contactPick}
        description={words.contactPickHelp}
        disabled={contacts.isPending}
        value={pickedContact?.value ?? ''}
        onChange={(event) => {
          const chosen = contactOptions.find(
            (option) => option.value === event.currentTarget.value,
          );
          if (chosen) set('contactPerson', chosen.name);
        }}
        data={[{ value: '', label: words.contactOther }, ...contactOptions]}
        data-testid="contact-pick"
      />
      <TextInput
        label={words.contactPerson}
        description={words.contactHelp}
        value={form.contactPerson}
        onChange={(event) => set('contactPerson', event.currentTarget.value)}
      />
      <Textarea
        label={words.partners}
        description={words.partnersHelp}
        autosize
        minRows={2}
        value={partners}
        onChange={(event) => setPartners(event.currentTarget.value)}
      />
      <Group grow align="flex-start" wrap="wrap">
        <NumberInput
          label={words.hours}
          min={0}
          decimalSeparator=","
          value={form.plannedHours ?? ''}
          onChange={(value) => set('plannedHours', toNumber(value))}
        />
        <NumberInput
          label={words.cost}
          min={0}
          thousandSeparator=" "
          decimalSeparator=","
          value={form.costSek ?? ''}
          onChange={(value) => set('costSek', toNumber(value))}
        />
      </Group>
      <PickList
        label={words.goals}
        options={plan.goals.map((goal) => ({ value: goal.id, label: goal.title }))}
        value={form.goalIds}
        onChange={(value) => set('goalIds', value)}
        emptyText={words.noGoals}
        testId="measure-goals"
      />
    </ModalForm>
  );
}
