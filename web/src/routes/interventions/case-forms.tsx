import { Button, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  agencies,
  useRecordDisclosure,
  useRequestEmergencyAccess,
  useSavePlanItem,
} from '../../api/interventions';
import { ErrorAlert } from '../../components/error-alert';
import { useInterventionsT } from '../../i18n/interventions/use-interventions-t';

type Agency = (typeof agencies)[number];

/** Nödåtkomst: the reason, then the case opens for a limited time. */
export function EmergencyAccessForm({ caseId }: { caseId: string }) {
  const t = useInterventionsT().casePage;
  const request = useRequestEmergencyAccess(caseId);
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate(reason);
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm" maw={600}>
        <Textarea
          label={t.reasonLabel}
          required
          minRows={3}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        {request.isError && <ErrorAlert error={request.error} />}
        <Button type="submit" loading={request.isPending} w="fit-content">
          {t.requestAccess}
        </Button>
      </Stack>
    </form>
  );
}

/** A disclosure on consent: to whom and what; the server refuses what the consent does not cover. */
export function DisclosureForm({ caseId }: { caseId: string }) {
  const t = useInterventionsT();
  const record = useRecordDisclosure(caseId);
  const [agency, setAgency] = useState<Agency>('police');
  const [what, setWhat] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate({ recipientAgency: agency, legalGround: 'consent', what });
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm" maw={600}>
        <NativeSelect
          label={t.casePage.disclosureTo}
          value={agency}
          onChange={(event) => setAgency(event.currentTarget.value as Agency)}
          data={agencies.map((value) => ({ value, label: t.agencies[value] }))}
        />
        <Textarea
          label={t.casePage.disclosureWhat}
          required
          value={what}
          onChange={(event) => setWhat(event.currentTarget.value)}
        />
        {record.isError && <ErrorAlert error={record.error} />}
        <Button type="submit" loading={record.isPending} w="fit-content">
          {t.casePage.record}
        </Button>
      </Stack>
    </form>
  );
}

/** An intervention of the individual plan: what, who, and when it is followed up. */
export function PlanItemForm({ caseId }: { caseId: string }) {
  const t = useInterventionsT().planForm;
  const save = useSavePlanItem(caseId);
  const [fields, setFields] = useState({ text: '', responsible: '', followUpOn: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        kind: 'intervention',
        text: fields.text,
        responsible: fields.responsible || null,
        followUpOn: fields.followUpOn || null,
      },
      { onSuccess: () => setFields({ text: '', responsible: '', followUpOn: '' }) },
    );
  };
  const set = (name: keyof typeof fields) => (event: { currentTarget: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.currentTarget.value }));
  return (
    <form onSubmit={submit}>
      <Stack gap="sm" maw={600}>
        <Textarea label={t.text} required value={fields.text} onChange={set('text')} />
        <TextInput label={t.responsible} value={fields.responsible} onChange={set('responsible')} />
        <TextInput
          type="date"
          label={t.followUpOn}
          value={fields.followUpOn}
          onChange={set('followUpOn')}
        />
        {save.isError && <ErrorAlert error={save.error} />}
        <Button type="submit" loading={save.isPending} w="fit-content">
          {t.add}
        </Button>
      </Stack>
    </form>
  );
}
