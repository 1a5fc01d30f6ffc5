import { Anchor, Button, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSaveSnapshot } from '../../api/plan-modelling';
import { periodKinds as allPeriodKinds, type Locale } from '../../api/types';
import type { SituationMessages } from '../../i18n/situation/sv';
import type { PlanDetail } from '../../api/plans';
import { TransferStatus } from '../../components/transfer-status';
import { formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { usePlansT } from '../../i18n/plans/use-plans-t';
import { useSituationT } from '../../i18n/situation/use-situation-t';
import { currentPeriodKey, describePeriodKey, shiftPeriodKey } from '../situation/periods';
import { ModalForm } from './modal-form';

const periodKinds = ['week', 'month', 'tertial', 'year'] as const;
type SnapshotPeriodKind = (typeof periodKinds)[number];

/** How far back the dialog offers periods: about a quarter of weeks, a year of months. */
const recentCounts: Record<SnapshotPeriodKind, number> = {
  week: 12,
  month: 12,
  tertial: 6,
  year: 5,
};

/** The current period of a kind and the recent ones before it, newest first, as keys. */
export function recentPeriodKeys(kind: SnapshotPeriodKind, now: Date): string[] {
  const current = currentPeriodKey(kind, now);
  return Array.from({ length: recentCounts[kind] }, (_, steps) =>
    shiftPeriodKey(kind, current, -steps),
  );
}

/**
 * Saves the situation picture of a period on the draft as it is now. Compiling the picture
 * takes a moment on a large municipality, so the dialog says it is working.
 */
function SnapshotDialog({ planId, onClose }: { planId: string; onClose: () => void }) {
  const p = usePlansT();
  const s = useSituationT();
  const { locale } = useI18n();
  const words = p.modelling.snapshot;
  const save = useSaveSnapshot(planId);
  const [now] = useState(() => new Date());
  // This week's picture unless the coordinator chooses another: the plan starts from now.
  const [periodKind, setPeriodKind] = useState<SnapshotPeriodKind>('week');
  const [periodKey, setPeriodKey] = useState(() => currentPeriodKey('week', now));
  const periodOptions = recentPeriodKeys(periodKind, now).map((key, index) => {
    const name = describePeriodKey(periodKind, key, s, locale);
    return { value: key, label: index === 0 ? words.currentPeriod(name) : name };
  });
  return (
    <ModalForm
      title={words.title}
      onClose={onClose}
      testId="snapshot-form"
      size="md"
      isPending={save.isPending}
      error={save.error}
      onSubmit={() => save.mutate({ periodKind, periodKey }, { onSuccess: onClose })}
    >
      <Text size="sm">{words.intro}</Text>
      <NativeSelect
        label={words.periodKind}
        value={periodKind}
        onChange={(event) => {
          const kind = event.currentTarget.value as SnapshotPeriodKind;
          setPeriodKind(kind);
          // A new kind starts at its current period: never a stale key of another kind.
          setPeriodKey(currentPeriodKey(kind, now));
        }}
        data={periodKinds.map((kind) => ({ value: kind, label: words.periodKinds[kind] }))}
      />
      <NativeSelect
        label={words.periodKey}
        required
        value={periodKey}
        onChange={(event) => setPeriodKey(event.currentTarget.value)}
        data={periodOptions}
      />
      {save.isPending && <TransferStatus text={words.saving} percent={null} />}
    </ModalForm>
  );
}

/** The saved period by its name ("Vecka 50, 2026"), or its key if the kind is unknown. */
function snapshotPeriodName(
  snapshot: { periodKind: string; periodKey: string },
  s: SituationMessages,
  locale: Locale,
): string {
  const kind = allPeriodKinds.find((known) => known === snapshot.periodKind);
  return kind === undefined
    ? snapshot.periodKey
    : describePeriodKey(kind, snapshot.periodKey, s, locale);
}

/** The situation picture the plan rests on: the saved snapshot, and saving one on a draft. */
export function SnapshotSection({ plan, isEditable }: { plan: PlanDetail; isEditable: boolean }) {
  const p = usePlansT();
  const s = useSituationT();
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
          {p.plan.snapshot(
            snapshotPeriodName(plan.snapshot, s, locale),
            formatDateTime(plan.snapshot.savedAt, locale),
          )}
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
