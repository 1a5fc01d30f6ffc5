import { Anchor, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useSignalCounts } from '../../../api/signals';
import type { Category, DistrictFeature, PeriodKind } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { InlineLoader } from '../../../components/full-page-loader';
import { useI18n } from '../../../i18n/i18n-context';
import { useSituationT } from '../../../i18n/situation/use-situation-t';
import { categoryLabel } from '../picture-words';
import { ShownCount } from '../shown-count';

/**
 * Sums by key. A count hidden by the small-count rule (null) hides its sum too: the sum of the
 * rest would understate it, or with other figures give the hidden count away.
 */
function sumBy<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  countOf: (item: T) => number | null,
): [string, number | null][] {
  const sums = new Map<string, number | null>();
  for (const item of items) {
    const key = keyOf(item);
    const count = countOf(item);
    const sum = sums.has(key) ? (sums.get(key) ?? null) : 0;
    sums.set(key, sum === null || count === null ? null : sum + count);
  }
  return [...sums].sort((a, b) => (b[1] ?? 1) - (a[1] ?? 1));
}

/**
 * How many signals of organized crime were observed in the period, by category, area and
 * status: numbers only, for every role (the register's text is for coordinators and analysts).
 */
export function SignalCounts({
  kind,
  periodKey,
  categories,
  districts,
  canOpenRegister,
}: {
  kind: PeriodKind;
  periodKey: string;
  categories: Category[] | undefined;
  districts: readonly DistrictFeature[];
  canOpenRegister: boolean;
}) {
  const s = useSituationT();
  const words = s.earlyWarning.signalCounts;
  const { locale } = useI18n();
  const counts = useSignalCounts(kind, periodKey);
  const rows = counts.data?.counts ?? [];
  // No rows: 0. null: a part is hidden by the small-count rule, so the total is too.
  const [, total] = sumBy(
    rows,
    () => 'all',
    (row) => row.count,
  )[0] ?? ['all', 0];
  const districtName = (id: string) =>
    id === ''
      ? s.districts.none
      : (districts.find((feature) => feature.id === id)?.properties.name ?? s.districts.none);
  const groups = [
    {
      id: 'category',
      heading: words.byCategory,
      entries: sumBy(
        rows,
        (row) => row.categoryCode,
        (row) => row.count,
      ).map(([code, count]) => [categoryLabel(categories, code, locale, s), count] as const),
    },
    {
      id: 'district',
      heading: words.byDistrict,
      entries: sumBy(
        rows,
        (row) => row.districtId ?? '',
        (row) => row.count,
      ).map(([id, count]) => [districtName(id), count] as const),
    },
    {
      id: 'status',
      heading: words.byStatus,
      entries: sumBy(
        rows,
        (row) => row.status,
        (row) => row.count,
      ).map(
        ([status, count]) =>
          [s.signals.statuses[status as keyof typeof s.signals.statuses], count] as const,
      ),
    },
  ];

  return (
    <section aria-labelledby="signal-counts-heading" data-testid="signal-counts">
      <Title order={2} size="h3" id="signal-counts-heading" mb="xs">
        {words.heading}
      </Title>
      {counts.isPending ? (
        <InlineLoader />
      ) : counts.data === undefined ? (
        <ErrorAlert error={counts.error} />
      ) : (
        <Stack gap="sm">
          <Text>
            {total === null
              ? s.picture.smallCountsNote
              : total === 0
                ? words.empty
                : words.total(total)}
          </Text>
          {total !== 0 && (
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              {groups.map((group) => (
                <Paper key={group.id} withBorder p="sm" radius="md">
                  <Text fw={600} size="sm" id={`signal-counts-${group.id}`}>
                    {group.heading}
                  </Text>
                  <List
                    size="sm"
                    listStyleType="none"
                    p={0}
                    aria-labelledby={`signal-counts-${group.id}`}
                  >
                    {group.entries.map(([label, count]) => (
                      <List.Item key={label}>
                        <Group gap="xs" justify="space-between" wrap="nowrap">
                          <span>{label}</span>
                          <Text span fw={600} size="sm">
                            <ShownCount value={count} />
                          </Text>
                        </Group>
                      </List.Item>
                    ))}
                  </List>
                </Paper>
              ))}
            </SimpleGrid>
          )}
          {canOpenRegister && (
            <Anchor component={Link} to="/lagesbild/signaler">
              {words.registerLink}
            </Anchor>
          )}
        </Stack>
      )}
    </section>
  );
}
