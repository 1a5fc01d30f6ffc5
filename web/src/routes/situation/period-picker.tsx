import { ActionIcon, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { periodKinds, type PeriodKind, type PicturePeriod } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';
import { useSituationT } from '../../i18n/situation/use-situation-t';
import {
  currentPeriodKey,
  describePeriodKey,
  formatCalendarDay,
  isAfterCurrentPeriod,
  isPeriodKey,
  partOfPeriod,
  periodDays,
  shiftPeriodKey,
} from './periods';

/** Which period the picture covers: its kind, and back and forth; a custom range by its days. */
export function PeriodPicker({
  kind,
  periodKey,
  shown,
  onChange,
}: {
  kind: PeriodKind;
  periodKey: string;
  /** The period the server answered for, for its dates. */
  shown: PicturePeriod | undefined;
  onChange: (kind: PeriodKind, key: string) => void;
}) {
  const s = useSituationT();
  const { locale } = useI18n();
  const now = new Date();
  const next = shiftPeriodKey(kind, periodKey, 1);
  // Not `disabled`: the button that was just pressed must keep focus when it reaches today.
  const isNextUnavailable = isAfterCurrentPeriod(kind, next, now);
  const days = shown?.key === periodKey ? periodDays(shown) : null;
  // A period under way is marked: its figures are of the days so far, the comparisons whole.
  const partial = shown?.key === periodKey ? partOfPeriod(shown, new Date()) : null;
  const [customFrom = '', customTo = ''] = kind === 'custom' ? periodKey.split('..') : [];

  return (
    <Stack gap="xs" role="group" aria-labelledby="period-heading">
      <Text id="period-heading" fw={600}>
        {s.picture.periodLegend}
      </Text>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <NativeSelect
          label={s.picture.periodKind}
          value={kind}
          onChange={(event) => {
            const nextKind = event.currentTarget.value as PeriodKind;
            onChange(nextKind, currentPeriodKey(nextKind, now));
          }}
          data={periodKinds.map((value) => ({ value, label: s.picture.kinds[value] }))}
        />
        {kind === 'custom' ? (
          <>
            <TextInput
              type="date"
              label={s.picture.customFrom}
              value={customFrom}
              max={customTo}
              onChange={(event) => {
                const key = `${event.currentTarget.value}..${customTo}`;
                if (isPeriodKey('custom', key)) onChange('custom', key);
              }}
            />
            <TextInput
              type="date"
              label={s.picture.customTo}
              value={customTo}
              min={customFrom}
              onChange={(event) => {
                const key = `${customFrom}..${event.currentTarget.value}`;
                if (isPeriodKey('custom', key)) onChange('custom', key);
              }}
            />
          </>
        ) : (
          <Group gap={6} wrap="nowrap" align="center">
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={s.picture.previous}
              onClick={() => onChange(kind, shiftPeriodKey(kind, periodKey, -1))}
            >
              <IconChevronLeft size={18} aria-hidden="true" />
            </ActionIcon>
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={s.picture.next}
              aria-disabled={isNextUnavailable ? true : undefined}
              data-disabled={isNextUnavailable ? true : undefined}
              onClick={() => {
                if (!isNextUnavailable) onChange(kind, next);
              }}
            >
              <IconChevronRight size={18} aria-hidden="true" />
            </ActionIcon>
          </Group>
        )}
      </Group>
      <Text
        size="lg"
        fw={600}
        aria-live="polite"
        data-testid="period-label"
        data-period-key={periodKey}
      >
        {describePeriodKey(kind, periodKey, s, locale)}
        {days !== null && kind !== 'custom' && (
          <Text span size="sm" fw={400} ml="xs">
            (
            {s.picture.span(
              formatCalendarDay(days.first, locale),
              formatCalendarDay(days.last, locale),
            )}
            )
          </Text>
        )}
      </Text>
      {partial !== null && kind !== 'custom' && (
        <Text size="sm" fw={600} data-testid="period-partial">
          {s.picture.partialPeriod(
            partial.daysSoFar,
            partial.days,
            formatCalendarDay(partial.today, locale),
          )}
        </Text>
      )}
    </Stack>
  );
}
