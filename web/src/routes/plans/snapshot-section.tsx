import { Anchor, Button, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSaveSnapshot } from '../../api/plan-modelling';
import type { PlanDetail } from '../../api/plans';
import { TransferStatus } from '../../components/transfer-status';
import { formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { usePlansT } from '../../i18n/plans/use-plans-t';
import { ModalForm } from './modal-form';

const periodKinds = ['year', 'tertial', 'month', 'week'] as const;
type SnapshotPeriodKind = (typeof periodKinds)[number];

/**
 * Saves the situation picture of a period on the draft as it is now. Compiling the picture
 * takes a moment on a large municipality, so the dialog says it is working.
 */
function SnapshotDialog({ planId, onClose }: { planId: string; onClose: () => void }) {
  const p = usePlansT();
  const words = p.modelling.snapshot;
  const save = useSaveSnapshot(planId);
  const [periodKind, setPeriodKind] = useState<SnapshotPeriodKind>('year');
  const [periodKey, setPeriodKey] = useState(String(new Date().getFullYear() - 1));
  return (
    <ModalForm
      title={words.title}
      onClose={onClose}
      testId="snapshot-form"
      size="md"
      isPending={save.isPending}
      error={save.error}
      onSubmit={() =>
        save.mutate({ periodKind, periodKey: periodKey.trim() }, { onSuccess: onClose })
      }
    >
      <Text size="sm">{words.intro}</Text>
      <NativeSelect
        label={words.periodKind}
        value={periodKind}
        onChange={(event) => setPeriodKind(event.currentTarget.value as SnapshotPeriodKind)}
        data={periodKinds.map((kind) => ({ value: kind, label: words.periodKinds[kind] }))}
      />
      <TextInput
        label={words.periodKey}
        description={words.periodKeyHelp}
        required
        value={periodKey}
        onChange={(event) => setPeriodKey(event.currentTarget.value)}
      />
      {save.isPending && <TransferStatus text={words.saving} percent={null} />}
    </ModalForm>
  );
}

/** The situation picture the plan rests on: the saved snapshot, and saving one on a draft. */
export function SnapshotSection({ plan, isEditable }: { plan: PlanDetail; isEditable: boolean }) {
  const p = usePlansT();
  const { locale } = useI18n();
  const [isSaving, setIsSaving] = useState(false);
  return (
    <Stack gap="xs" component="section" aria-labelledby="snapshot-heading">
      <Title order={2} size="h3" id="snapshot-heading">
        {p.plan.snapshotHeading}
      </Title>
      {plan.snapshot === null ? (
        <Text size="sm">{p.plan.snapshotNone}</Text>
      ) : (
        <Text size="sm" data-testid="plan-snapshot">
          {p.plan.snapshot(plan.snapshot.periodKey, formatDateTime(plan.snapshot.savedAt, locale))}
        </Text>
      )}
      <Anchor component={Link} to="/lagesbild" size="sm">
        {p.plan.snapshotOpen}
      </Anchor>
      {isEditable && (
        <div>
          <Button variant="default" onClick={() => setIsSaving(true)}>
            {p.modelling.snapshot.save}
          </Button>
        </div>
      )}
      {isSaving && <SnapshotDialog planId={plan.id} onClose={() => setIsSaving(false)} />}
    </Stack>
  );
}
