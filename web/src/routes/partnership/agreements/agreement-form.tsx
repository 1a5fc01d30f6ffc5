import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useOrganisations } from '../../../api/administration';
import {
  agreementKinds,
  type Agreement,
  type AgreementInput,
  type AgreementKind,
} from '../../../api/agreements';
import { useAgreementsT } from '../../../i18n/agreements/use-agreements-t';
import { AgreementModal } from './agreement-modal';

const emptyAgreement: AgreementInput = {
  kind: 'partnership_agreement',
  title: '',
  summary: '',
  validFrom: null,
  validUntil: null,
  signedOn: null,
  parties: [],
};

/** The form's values for an agreement that exists. */
export function inputOf(agreement: Agreement): AgreementInput {
  return {
    kind: agreement.kind,
    title: agreement.title,
    summary: agreement.summary,
    validFrom: agreement.validFrom,
    validUntil: agreement.validUntil,
    signedOn: agreement.signedOn,
    parties: agreement.parties.map(({ organisationId, signatoryName, signatoryTitle }) => ({
      organisationId,
      signatoryName,
      signatoryTitle,
    })),
  };
}

/**
 * An agreement's fields in a dialog: kind, title, period, signing day and the parties with
 * their signatories. The server checks them again and lists its problems by field.
 */
export function AgreementFormDialog({
  title,
  submitLabel,
  initial,
  onClose,
  onSubmit,
  isPending,
  error,
}: {
  title: string;
  submitLabel: string;
  initial?: AgreementInput;
  onClose: () => void;
  onSubmit: (input: AgreementInput) => void;
  isPending: boolean;
  error: unknown;
}) {
  const a = useAgreementsT();
  const f = a.form;
  const organisations = useOrganisations();
  const [form, setForm] = useState<AgreementInput>(initial ?? emptyAgreement);
  const [isSubmitted, setIsSubmitted] = useState(false);
  const set = <K extends keyof AgreementInput>(key: K, value: AgreementInput[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const setParty = (index: number, change: Partial<AgreementInput['parties'][number]>) =>
    set(
      'parties',
      form.parties.map((party, at) => (at === index ? { ...party, ...change } : party)),
    );
  const day = (value: string | null) => (value === '' ? null : value);
  const options = [
    { value: '', label: f.chooseOrganisation },
    ...(organisations.data ?? [])
      .filter((organisation) => organisation.disabledAt === null)
      .map((organisation) => ({ value: organisation.id, label: organisation.name })),
  ];

  const submit = () => {
    setIsSubmitted(true);
    if (form.title.trim() === '') return;
    onSubmit({
      ...form,
      title: form.title.trim(),
      validFrom: day(form.validFrom),
      validUntil: day(form.validUntil),
      signedOn: day(form.signedOn),
      parties: form.parties.filter((party) => party.organisationId !== ''),
    });
  };

  return (
    <AgreementModal
      title={title}
      submitLabel={submitLabel}
      onClose={onClose}
      onSubmit={submit}
      isPending={isPending}
      error={error}
      testId="agreement-form"
    >
      <NativeSelect
        label={f.kind}
        value={form.kind}
        onChange={(event) => set('kind', event.currentTarget.value as AgreementKind)}
        data={agreementKinds.map((kind) => ({ value: kind, label: a.kinds[kind] }))}
      />
      <TextInput
        label={f.title}
        required
        value={form.title}
        onChange={(event) => set('title', event.currentTarget.value)}
        error={isSubmitted && form.title.trim() === '' ? f.required : undefined}
      />
      <Textarea
        label={f.summary}
        autosize
        minRows={2}
        value={form.summary}
        onChange={(event) => set('summary', event.currentTarget.value)}
      />
      <Group grow align="flex-start" wrap="wrap">
        <TextInput
          type="date"
          label={f.validFrom}
          miw={150}
          value={form.validFrom ?? ''}
          onChange={(event) => set('validFrom', event.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={f.validUntil}
          description={f.validUntilHelp}
          miw={150}
          value={form.validUntil ?? ''}
          onChange={(event) => set('validUntil', event.currentTarget.value)}
        />
      </Group>
      <TextInput
        type="date"
        label={f.signedOn}
        description={f.signedOnHelp}
        value={form.signedOn ?? ''}
        onChange={(event) => set('signedOn', event.currentTarget.value)}
      />
      <Fieldset legend={f.partiesLegend} variant="unstyled">
        <Stack gap="xs">
          <Text size="sm">{f.partiesHelp}</Text>
          {form.parties.map((party, index) => (
            <Group key={index} align="flex-end" gap="xs" wrap="wrap" data-testid="party-row">
              <NativeSelect
                label={f.organisation(index + 1)}
                value={party.organisationId}
                onChange={(event) => setParty(index, { organisationId: event.currentTarget.value })}
                data={options}
                miw={200}
                style={{ flex: 2 }}
              />
              <TextInput
                label={f.signatoryName}
                value={party.signatoryName}
                onChange={(event) => setParty(index, { signatoryName: event.currentTarget.value })}
                miw={140}
                style={{ flex: 1 }}
              />
              <TextInput
                label={f.signatoryTitle}
                value={party.signatoryTitle}
                onChange={(event) => setParty(index, { signatoryTitle: event.currentTarget.value })}
                miw={140}
                style={{ flex: 1 }}
              />
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={f.removeParty(index + 1)}
                onClick={() =>
                  set(
                    'parties',
                    form.parties.filter((_, at) => at !== index),
                  )
                }
              >
                <IconTrash size={16} aria-hidden="true" />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden="true" />}
              onClick={() =>
                set('parties', [
                  ...form.parties,
                  { organisationId: '', signatoryName: '', signatoryTitle: '' },
                ])
              }
            >
              {f.addParty}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </AgreementModal>
  );
}
