import {
  Alert,
  Button,
  Group,
  List,
  NativeSelect,
  NumberInput,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNearRepeat, type NearRepeatRequest } from '../../../api/early-warning';
import { useTaxonomy } from '../../../api/situation';
import type { PeriodKind } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ScrollableTable } from '../../../components/scrollable-table';
import { InlineLoader } from '../../../components/full-page-loader';
import { usePageTitle } from '../../../components/use-page-title';
import { toStockholmDay } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n-context';
import { useSituationT } from '../../../i18n/situation/use-situation-t';
import { PeriodPicker } from '../period-picker';

/** The twelve weeks up to today, as a custom period key. */
function lastTwelveWeeks(now: Date): string {
  const today = toStockholmDay(now);
  const first = new Date(Date.parse(`${today}T12:00:00Z`) - 83 * 86_400_000);
  return `${first.toISOString().slice(0, 10)}..${today}`;
}

/**
 * Nära upprepning: for a chosen category and period, the Knox test and the Near Repeat
 * Calculator's table of distance × time bands, a plain sentence for the closest bands, how
 * many events were left out for want of an exact place, and the seed that reproduces it.
 */
export default function NearRepeatPage() {
  const s = useSituationT();
  const words = s.nearRepeat;
  const { locale } = useI18n();
  usePageTitle(words.title);
  const taxonomy = useTaxonomy();
  const [period, setPeriod] = useState<{ kind: PeriodKind; key: string }>(() => ({
    kind: 'custom',
    key: lastTwelveWeeks(new Date()),
  }));
  const [category, setCategory] = useState<string | null>(null);
  const [distanceBand, setDistanceBand] = useState(400);
  const [dayBand, setDayBand] = useState(14);
  const [seed, setSeed] = useState<number | ''>('');
  const [request, setRequest] = useState<NearRepeatRequest | null>(null);
  const result = useNearRepeat(request);
  const categories = taxonomy.data ?? [];
  const chosen =
    category ?? categories.find((item) => item.code === 'shooting')?.code ?? categories[0]?.code;
  const labelOf = (code: string) => {
    const found = categories.find((item) => item.code === code);
    return found ? (locale === 'en' ? found.labelEn : found.labelSv) : code;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen === undefined) return;
    setRequest({
      category: chosen,
      period: period.kind,
      key: period.key,
      distanceBand,
      dayBand,
      ...(seed === '' ? {} : { seed }),
    });
  };

  return (
    <Stack gap="md" maw={900}>
      <Title order={1}>{words.title}</Title>
      <Text>{words.intro}</Text>
      {taxonomy.isPending ? (
        <InlineLoader />
      ) : (
        <form onSubmit={submit}>
          <Stack gap="sm">
            <NativeSelect
              label={words.category}
              value={chosen ?? ''}
              onChange={(event) => setCategory(event.currentTarget.value)}
              data={categories.map((item) => ({ value: item.code, label: labelOf(item.code) }))}
            />
            <PeriodPicker
              kind={period.kind}
              periodKey={period.key}
              shown={result.data?.period}
              onChange={(kind, key) => setPeriod({ kind, key })}
            />
            <Group grow align="flex-start">
              <NumberInput
                label={words.distanceBand}
                min={25}
                max={2000}
                allowDecimal={false}
                value={distanceBand}
                onChange={(value) => setDistanceBand(Number(value) || 400)}
              />
              <NumberInput
                label={words.dayBand}
                min={1}
                max={60}
                allowDecimal={false}
                value={dayBand}
                onChange={(value) => setDayBand(Number(value) || 14)}
              />
              <NumberInput
                label={words.seed}
                description={words.seedHelp}
                min={1}
                allowDecimal={false}
                value={seed}
                onChange={(value) => setSeed(value === '' ? '' : Number(value))}
              />
            </Group>
            <Group>
              <Button type="submit" loading={result.isFetching}>
                {words.run}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {result.isFetching ? <Text role="status">{words.loading}</Text> : null}
      {result.error ? <ErrorAlert error={result.error} /> : null}
      {result.data && !result.isFetching ? (
        <NearRepeatResult data={result.data} categoryLabel={labelOf(result.data.categoryCode)} />
      ) : null}
    </Stack>
  );
}

type NearRepeatData = NonNullable<ReturnType<typeof useNearRepeat>['data']>;

function NearRepeatResult({
  data,
  categoryLabel,
}: {
  data: NearRepeatData;
  categoryLabel: string;
}) {
  const s = useSituationT();
  const words = s.nearRepeat;
  const leftOut = Object.entries(data.leftOut);
  const leftOutTotal = leftOut.reduce((sum, [, count]) => sum + count, 0);
  const table = data.table;
  const distanceLabel = (row: number) =>
    row < data.distanceBands
      ? words.withinMetres(row * data.distanceBand, (row + 1) * data.distanceBand)
      : words.beyondMetres(data.distanceBands * data.distanceBand);
  const dayLabel = (column: number) =>
    column < data.dayBands
      ? words.withinDays(column * data.dayBand, (column + 1) * data.dayBand)
      : words.beyondDays(data.dayBands * data.dayBand);

  return (
    <Stack gap="sm" aria-live="polite">
      <Text>{words.used(data.events)}</Text>
      <Text>{words.leftOut(leftOutTotal)}</Text>
      {leftOutTotal > 0 ? (
        <List>
          {leftOut.map(([precision, count]) => (
            <List.Item key={precision}>
              {count} {words.precisions[precision] ?? precision}
            </List.Item>
          ))}
        </List>
      ) : null}
      {table === null ? (
        <Alert color="gray">{words.tooFew}</Alert>
      ) : (
        <>
          <Text fw={600} data-testid="near-repeat-sentence">
            {words.sentence({
              category: categoryLabel,
              metres: data.distanceBand,
              days: data.dayBand,
              ratio: table.ratio[0]?.[0] ?? null,
              p: table.pValue[0]?.[0] ?? null,
            })}
          </Text>
          {data.knox ? (
            <Text size="sm">
              {words.knox(data.knox.observed, data.knox.expected, data.knox.pValue)}
            </Text>
          ) : null}
          <ScrollableTable
            label={words.tableCaption(categoryLabel.toLocaleLowerCase())}
            minWidth={480}
          >
            <Table withTableBorder withColumnBorders>
              <Table.Caption>{words.tableCaption(categoryLabel.toLocaleLowerCase())}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{words.distanceHeader}</Table.Th>
                  {table.observed[0]?.map((_, column) => (
                    <Table.Th scope="col" key={column}>
                      {dayLabel(column)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {table.observed.map((row, rowIndex) => (
                  <Table.Tr key={rowIndex}>
                    <Table.Th scope="row">{distanceLabel(rowIndex)}</Table.Th>
                    {row.map((observed, column) => {
                      const ratio = table.ratio[rowIndex]?.[column] ?? null;
                      const p = table.pValue[rowIndex]?.[column] ?? null;
                      const isSignificant = p !== null && p <= 0.05 && ratio !== null && ratio > 1;
                      return (
                        <Table.Td key={column} fw={isSignificant ? 700 : undefined}>
                          {words.cell(observed ?? 0, ratio, p)}
                          {isSignificant ? <Text size="xs">{words.significant}</Text> : null}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollableTable>
        </>
      )}
      <Text size="sm" data-testid="near-repeat-seed">
        {words.reproduce(data.seed, data.permutations)}
      </Text>
    </Stack>
  );
}
