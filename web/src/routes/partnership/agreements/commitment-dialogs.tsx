import { Checkbox, NativeSelect, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import {
  commitmentStatuses,
  useLinkableMeasures,
  useRecordFollowUp,
  useSaveCommitment,
  type AgreementDetail,
  type Commitment,
  type CommitmentStatus,
} from '../../../api/agreements';
import { useAgreementsT } from '../../../i18n/agreements/use-agreements-t';
import { toStockholmDay } from '../../../i18n/format';
import { AgreementModal } from './agreement-modal';

/** Adds a commitment (no `commitment`) or changes one: text, responsible party, measures. */
export function CommitmentDialog({
  agreement,
  commitment,
  onClose,
}: {
  agreement: AgreementDetail;
  commitment: Commitment | null;
  onClose: () => void;
}) {
  const a = useAgreementsT();
  const c = a.commitmentForm;
  const save = useSaveCommitment(agreement.id);
  const measures = useLinkableMeasures(true);
  const [text, setText] = useState(commitment?.text ?? '');
  const [responsible, setResponsible] = useState(commitment?.responsibleOrganisationId ?? '');
  const [measureIds, setMeasureIds] = useState<string[]>(commitment?.measureIds ?? []);
  const [isSubmitted, setIsSubmitted] = useState(false);
  // A measure already linked stays listed even if its plan has since been revised.
  const choices = [
    ...(measures.data ?? []),
    ...(commitment?.measures ?? []).filter(
      (linked) => !(measures.data ?? []).some((measure) => measure.id === linked.id),
    ),
  ];

  return (
    <AgreementModal
      title={commitment ? c.editTitle : c.createTitle}
      submitLabel={a.form.save}
      onClose={onClose}
      isPending={save.isPending}
      error={save.error}
      testId="commitment-form"
      onSubmit={() => {
        setIsSubmitted(true);
        if (text.trim() === '') return;
        save.mutate(
          {
            commitmentId: commitment?.id ?? null,
            text: text.trim(),
            responsibleOrganisationId: responsible === '' ? null : responsible,
            measureIds,
          },
          { onSuccess: onClose },
        );
      }}
    >
      <Textarea
        label={c.text}
        description={c.textHelp}
        required
        autosize
        minRows={2}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        error={isSubmitted && text.trim() === '' ? a.form.required : undefined}
      />
      <NativeSelect
        label={c.responsible}
        value={responsible}
        onChange={(event) => setResponsible(event.currentTarget.value)}
        data={[
          { value: '', label: a.detail.sharedResponsibility },
          ...agreement.parties.map((party) => ({
            value: party.organisationId,
            label: party.organisationName,
          })),
        ]}
      />
      <Checkbox.Group
        label={c.measures}
        description={c.measuresHelp}
        value={measureIds}
        onChange={setMeasureIds}
      >
        <Stack gap={6} mt="xs">
          {choices.length === 0 && !measures.isPending && <Text size="sm">{c.noLinkable}</Text>}
          {choices.map((measure) => (
            <Checkbox
              key={measure.id}
              value={measure.id}
              label={c.measureOption(measure.measure, measure.planTitle)}
            />
          ))}
        </Stack>
      </Checkbox.Group>
    </AgreementModal>
  );
}

/** Appends a follow-up to a commitment's history: status, comment and the day. */
export function FollowUpDialog({
  commitment,
  onClose,
}: {
  commitment: Commitment;
  onClose: () => void;
}) {
  const a = useAgreementsT();
  const f = a.followUpForm;
  const record = useRecordFollowUp(commitment.id);
  const [status, setStatus] = useState<CommitmentStatus>(
    commitment.followUps.at(-1)?.status ?? 'green',
  );
  const [comment, setComment] = useState('');
  const [day, setDay] = useState(toStockholmDay(new Date()));

  return (
    <AgreementModal
      title={f.title}
      submitLabel={a.form.save}
      onClose={onClose}
      isPending={record.isPending}
      error={record.error}
      testId="follow-up-form"
      onSubmit={() =>
        record.mutate(
          { status, comment: comment.trim(), followedUpOn: day },
          { onSuccess: onClose },
        )
      }
    >
      <Text size="sm">{commitment.text}</Text>
      <Radio.Group
        label={f.status}
        value={status}
        onChange={(value) => setStatus(value as CommitmentStatus)}
      >
        <Stack gap={6} mt="xs">
          {commitmentStatuses.map((value) => (
            <Radio key={value} value={value} label={a.followUpStatuses[value]} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        label={f.comment}
        autosize
        minRows={2}
        value={comment}
        onChange={(event) => setComment(event.currentTarget.value)}
      />
      <TextInput
        type="date"
        label={f.followedUpOn}
        value={day}
        onChange={(event) => setDay(event.currentTarget.value)}
      />
      <Text size="sm" c="dimmed">
        {f.help}
      </Text>
    </AgreementModal>
  );
}
