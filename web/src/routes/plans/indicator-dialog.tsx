import { Checkbox, Group, NativeSelect, NumberInput, Radio, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useSaveIndicator, type IndicatorInput } from '../../api/plan-modelling';
import type { Indicator, IndicatorDirection } from '../../api/plans';
import { usePlansT } from '../../i18n/plans/use-plans-t';
import { ModalForm } from './modal-form';
import { PickList } from './pick-list';
import { usePictureOptions } from './use-picture-options';

const toNumber = (value: string | number) =>
  value === '' || !Number.isFinite(Number(value)) ? null : Number(value);

/**
 * An indicator of a goal: unit, which way is good, baseline and target with their dates, and
 * optionally how its values are computed from the situation picture (categories, districts,
 * year or tertial).
 */
export function IndicatorDialog({
  planId,
  goalId,
  indicator,
  onClose,
}: {
  planId: string;
  goalId: string;
  indicator: Indicator | null;
  onClose: () => void;
}) {
  const p = usePlansT();
  const words = p.modelling.indicator;
  const save = useSaveIndicator(planId, indicator?.id ?? null);
  const [form, setForm] = useState<IndicatorInput>({
    goalId,
    name: indicator?.name ?? '',
    unit: indicator?.unit ?? '',
    direction: indicator?.direction ?? 'down',
    baselineValue: indicator?.baselineValue ?? null,
    baselineOn: indicator?.baselineOn ?? null,
    targetValue: indicator?.targetValue ?? null,
    targetOn: indicator?.targetOn ?? null,
    computation: indicator?.computation ?? null,
  });
  const [isSubmitted, setIsSubmitted] = useState(false);
  const options = usePictureOptions(form.computation?.categoryCodes);
  const set = <K extends keyof IndicatorInput>(key: K, value: IndicatorInput[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const computation = form.computation;
  const setComputation = (changes: Partial<NonNullable<IndicatorInput['computation']>>) =>
    computation && set('computation', { ...computation, ...changes });
  const isNameMissing = form.name.trim() === '';
  const isCategoryMissing = computation !== null && computation.categoryCodes.length === 0;

  return (
    <ModalForm
      title={indicator === null ? words.addTitle : words.editTitle}
      onClose={onClose}
      testId="indicator-form"
      isPending={save.isPending}
      error={save.error}
      onSubmit={() => {
        setIsSubmitted(true);
        if (isNameMissing || isCategoryMissing) return;
        save.mutate(
          { ...form, name: form.name.trim(), unit: form.unit.trim() },
          { onSuccess: onClose },
        );
      }}
    >
      <TextInput
        label={words.name}
        required
        value={form.name}
        onChange={(event) => set('name', event.currentTarget.value)}
        error={isSubmitted && isNameMissing ? p.form.required : undefined}
      />
      <TextInput
        label={words.unit}
        description={words.unitHelp}
        value={form.unit}
        onChange={(event) => set('unit', event.currentTarget.value)}
      />
      <Radio.Group
        label={words.direction}
        value={form.direction}
        onChange={(value) => set('direction', value as IndicatorDirection)}
      >
        <Group gap="md" mt={4}>
          <Radio value="down" label={p.plan.indicator.directionDown} />
          <Radio value="up" label={p.plan.indicator.directionUp} />
        </Group>
      </Radio.Group>
      <Group grow align="flex-start" wrap="wrap">
        <NumberInput
          label={words.baselineValue}
          decimalSeparator=","
          value={form.baselineValue ?? ''}
          onChange={(value) => set('baselineValue', toNumber(value))}
        />
        <TextInput
          type="date"
          label={words.baselineOn}
          value={form.baselineOn ?? ''}
          onChange={(event) => set('baselineOn', event.currentTarget.value || null)}
        />
      </Group>
      <Group grow align="flex-start" wrap="wrap">
        <NumberInput
          label={words.targetValue}
          decimalSeparator=","
          value={form.targetValue ?? ''}
          onChange={(value) => set('targetValue', toNumber(value))}
        />
        <TextInput
          type="date"
          label={words.targetOn}
          value={form.targetOn ?? ''}
          onChange={(event) => set('targetOn', event.currentTarget.value || null)}
        />
      </Group>
      <Checkbox
        label={words.isComputed}
        description={words.computedHelp}
        checked={computation !== null}
        onChange={(event) =>
          set(
            'computation',
            event.currentTarget.checked
              ? { categoryCodes: [], districtIds: [], periodKind: 'year' }
              : null,
          )
        }
      />
      {computation !== null && (
        <>
          <PickList
            label={p.modelling.problem.categories}
            options={options.categories}
            value={computation.categoryCodes}
            onChange={(value) => setComputation({ categoryCodes: value })}
            error={isSubmitted && isCategoryMissing ? words.chooseCategory : undefined}
            testId="indicator-categories"
          />
          <PickList
            label={p.modelling.problem.districts}
            description={p.modelling.areaWhole}
            options={options.districts}
            value={computation.districtIds}
            onChange={(value) => setComputation({ districtIds: value })}
            testId="indicator-districts"
          />
          <NativeSelect
            label={words.periodKind}
            value={computation.periodKind}
            onChange={(event) =>
              setComputation({
                // The select offers only these kinds.
                periodKind: event.currentTarget.value as 'year' | 'tertial',
              })
            }
            data={(['year', 'tertial'] as const).map((kind) => ({
              value: kind,
              label: words.periodKinds[kind],
            }))}
          />
        </>
      )}
    </ModalForm>
  );
}
