import {
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { planKinds, type PlanInput, type PlanKind } from '../../api/plans';
import { useT } from '../../i18n/i18n-context';
import { usePlansT } from '../../i18n/plans/use-plans-t';
import { PlanErrorAlert } from './plan-error';
import { AppModal } from '../../components/app-modal';

const emptyPlan: PlanInput = {
  title: '',
  kind: 'action_plan',
  owner: '',
  summary: '',
  validFrom: null,
  validUntil: null,
  followUpIntervalMonths: 24,
};

/**
 * A draft's own fields in a dialog: to start a plan, or to change a draft. The server checks
 * them again and its problems are listed by field.
 */
export function PlanFormDialog({
  isOpen,
  onClose,
  title,
  intro,
  submitLabel,
  initial,
  onSubmit,
  isPending,
  error,
}: {
  isOpen: boolean;
  onClose: () => void;
  title: string;
  /** A sentence above the fields, such as what starting from the picture does. */
  intro?: string | undefined;
  submitLabel: string;
  initial?: PlanInput;
  onSubmit: (input: PlanInput) => void;
  isPending: boolean;
  error: unknown;
}) {
  const p = usePlansT();
  const t = useT();
  const [form, setForm] = useState<PlanInput>(initial ?? emptyPlan);
  const [isSubmitted, setIsSubmitted] = useState(false);
  const set = <K extends keyof PlanInput>(key: K, value: PlanInput[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const missing = (value: string) =>
    isSubmitted && value.trim() === '' ? p.form.required : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (form.title.trim() === '' || form.owner.trim() === '') return;
    onSubmit({
      ...form,
      title: form.title.trim(),
      owner: form.owner.trim(),
      validFrom: form.validFrom === '' ? null : form.validFrom,
      validUntil: form.validUntil === '' ? null : form.validUntil,
    });
  };

  return (
    <AppModal
      opened={isOpen}
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t.common.close }}
    >
      <form onSubmit={submit} noValidate data-testid="plan-form">
        <Stack gap="sm">
          {intro !== undefined && <Text size="sm">{intro}</Text>}
          <TextInput
            label={p.form.title}
            required
            value={form.title}
            onChange={(event) => set('title', event.currentTarget.value)}
            error={missing(form.title)}
          />
          <NativeSelect
            label={p.form.kind}
            value={form.kind}
            onChange={(event) => set('kind', event.currentTarget.value as PlanKind)}
            data={planKinds.map((kind) => ({ value: kind, label: p.kinds[kind] }))}
          />
          <TextInput
            label={p.form.owner}
            description={p.form.ownerHelp}
            required
            value={form.owner}
            onChange={(event) => set('owner', event.currentTarget.value)}
            error={missing(form.owner)}
          />
          <Textarea
            label={p.form.summary}
            autosize
            minRows={3}
            value={form.summary ?? ''}
            onChange={(event) => set('summary', event.currentTarget.value)}
          />
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              type="date"
              label={p.form.validFrom}
              value={form.validFrom ?? ''}
              onChange={(event) => set('validFrom', event.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={p.form.validUntil}
              value={form.validUntil ?? ''}
              onChange={(event) => set('validUntil', event.currentTarget.value)}
            />
          </Group>
          <NumberInput
            label={p.form.interval}
            description={p.form.intervalHelp}
            min={1}
            max={120}
            allowDecimal={false}
            value={form.followUpIntervalMonths ?? 24}
            onChange={(value) => set('followUpIntervalMonths', Number(value) || 24)}
          />
          {error !== null && error !== undefined && <PlanErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t.common.cancel}
            </Button>
            <Button type="submit" loading={isPending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
