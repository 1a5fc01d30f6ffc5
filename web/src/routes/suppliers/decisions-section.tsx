import { Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useCurrentUser } from '../../api/session';
import {
  decisionKinds,
  useRecordDecision,
  useSupplierDecisions,
  type Contract,
  type DecisionKind,
} from '../../api/suppliers';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { useSuppliersT } from '../../i18n/suppliers/use-suppliers-t';
import { personName } from './person-name';
import { SupplierErrorAlert } from './supplier-error';
import { AppModal } from '../../components/app-modal';

/** Records a decision on the supplier with its note: approve, ask for more, exclude, terminate. */
export function DecisionDialog({
  supplierId,
  contracts,
  onClose,
}: {
  supplierId: string;
  contracts: Contract[];
  onClose: () => void;
}) {
  const s = useSuppliersT();
  const { t } = useI18n();
  const record = useRecordDecision(supplierId);
  const [decision, setDecision] = useState<DecisionKind>('approve');
  const [note, setNote] = useState('');
  const [contractId, setContractId] = useState('');
  const [isSubmitted, setIsSubmitted] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (note.trim() === '') return;
    record.mutate(
      { decision, note: note.trim(), contractId: contractId === '' ? null : contractId },
      { onSuccess: onClose },
    );
  };

  return (
    <AppModal
      opened
      onClose={onClose}
      title={s.decisions.title}
      size="lg"
      closeButtonProps={{ 'aria-label': t.common.close }}
    >
      <form onSubmit={submit} noValidate data-testid="decision-form">
        <Stack gap="sm">
          <NativeSelect
            label={s.decisions.decision}
            value={decision}
            onChange={(event) => setDecision(event.currentTarget.value as DecisionKind)}
            data={decisionKinds.map((kind) => ({ value: kind, label: s.decisions.kinds[kind] }))}
          />
          {contracts.length > 0 && (
            <NativeSelect
              label={s.supplier.forContract}
              value={contractId}
              onChange={(event) => setContractId(event.currentTarget.value)}
              data={[
                { value: '', label: s.supplier.noContract },
                ...contracts.map((item) => ({ value: item.id, label: item.title })),
              ]}
            />
          )}
          <Textarea
            label={s.decisions.note}
            description={s.decisions.noteHelp}
            required
            autosize
            minRows={3}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={isSubmitted && note.trim() === '' ? s.manual.required : undefined}
          />
          {record.error !== null && <SupplierErrorAlert error={record.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t.common.cancel}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {s.decisions.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

/** The decisions on the supplier, newest first, each with its note, who and when. */
export function DecisionsSection({ supplierId }: { supplierId: string }) {
  const s = useSuppliersT();
  const { locale } = useI18n();
  const user = useCurrentUser();
  const decisions = useSupplierDecisions(supplierId);
  return (
    <section aria-labelledby="decisions-heading" data-testid="decisions">
      <Title order={2} size="h3" id="decisions-heading" mb="xs">
        {s.decisions.heading}
      </Title>
      {decisions.isPending && <InlineLoader />}
      {decisions.isError && <ErrorAlert error={decisions.error} />}
      {decisions.data?.length === 0 && <Text size="sm">{s.decisions.none}</Text>}
      <Stack component="ul" gap="sm" p={0} m={0}>
        {decisions.data?.map((decision) => (
          <Paper component="li" key={decision.id} withBorder p="sm" style={{ listStyle: 'none' }}>
            <Text fw={600}>{s.decisions.recorded[decision.decision]}</Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {decision.note}
            </Text>
            <Text size="xs" c="dimmed">
              {s.decisions.by(
                personName(s, decision.decidedByUserId, user.id, s.checks.bySystem),
                formatDateTime(decision.decidedAt, locale),
              )}
            </Text>
          </Paper>
        ))}
      </Stack>
    </section>
  );
}
