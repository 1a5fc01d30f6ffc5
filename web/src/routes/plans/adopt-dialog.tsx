import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  decisionBodyKinds,
  useAdoptPlan,
  type AdoptPlanInput,
  type DecisionBodyKind,
  type Plan,
} from '../../api/plans';
import { toStockholmDay } from '../../i18n/format';
import { useT } from '../../i18n/i18n-context';
import { usePlansT } from '../../i18n/plans/use-plans-t';
import { PlanErrorAlert } from './plan-error';
import { AppModal } from '../../components/app-modal';

/**
 * Records the decision on a draft: body, day, diarienummer and validity. The server checks
 * the diarienummer against the municipality's pattern; its answer is shown by field.
 */
export function AdoptDialog({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const p = usePlansT();
  const t = useT();
  const adopt = useAdoptPlan(plan.id);
  const [form, setForm] = useState({
    decisionBody: 'municipal_council' as DecisionBodyKind,
    decisionBodyName: p.decisionBodies.municipal_council,
    decidedOn: toStockholmDay(new Date()),
    caseNumber: '',
    validFrom: plan.validFrom ?? '',
    validUntil: plan.validUntil ?? '',
  });
  const set = (key: keyof typeof form, value: string) =>
    setForm((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: AdoptPlanInput = {
      decisionBody: form.decisionBody,
      decisionBodyName: form.decisionBodyName.trim(),
      decidedOn: form.decidedOn,
      caseNumber: form.caseNumber.trim(),
      ...(form.validFrom === '' ? {} : { validFrom: form.validFrom }),
      ...(form.validUntil === '' ? {} : { validUntil: form.validUntil }),
    };
    adopt.mutate(input, { onSuccess: onClose });
  };

  return (
    <AppModal
      opened
      onClose={onClose}
      title={p.adopt.title}
      size="lg"
      closeButtonProps={{ 'aria-label': t.common.close }}
    >
      <form onSubmit={submit} noValidate data-testid="adopt-form">
        <Stack gap="sm">
          <Text size="sm">{p.adopt.intro}</Text>
          <NativeSelect
            label={p.adopt.body}
            value={form.decisionBody}
            onChange={(event) => {
              const body = event.currentTarget.value as DecisionBodyKind;
              setForm((current) => ({
                ...current,
                decisionBody: body,
                decisionBodyName: body === 'committee' ? '' : p.decisionBodies[body],
              }));
            }}
            data={decisionBodyKinds.map((kind) => ({ value: kind, label: p.decisionBodies[kind] }))}
          />
          <TextInput
            label={p.adopt.bodyName}
            description={p.adopt.bodyNameHelp}
            value={form.decisionBodyName}
            onChange={(event) => set('decisionBodyName', event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={p.adopt.decidedOn}
            value={form.decidedOn}
            onChange={(event) => set('decidedOn', event.currentTarget.value)}
          />
          <TextInput
            label={p.adopt.caseNumber}
            description={p.adopt.caseNumberHelp}
            value={form.caseNumber}
            onChange={(event) => set('caseNumber', event.currentTarget.value)}
          />
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              type="date"
              label={p.adopt.validFrom}
              value={form.validFrom}
              onChange={(event) => set('validFrom', event.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={p.adopt.validUntil}
              value={form.validUntil}
              onChange={(event) => set('validUntil', event.currentTarget.value)}
            />
          </Group>
          {adopt.isError && <PlanErrorAlert error={adopt.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t.common.cancel}
            </Button>
            <Button type="submit" loading={adopt.isPending}>
              {p.adopt.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
