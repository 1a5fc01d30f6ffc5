import { Anchor, Box, Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMunicipality } from '../../api/administration';
import { hrefOf } from '../../api/client';
import { useCurrentUser } from '../../api/session';
import { useDistricts, useSituationPicture, useTaxonomy } from '../../api/situation';
import type { DistrictFeature, PictureRow, PolygonGeometry } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { ScrollableTable } from '../../components/scrollable-table';
import { usePageTitle } from '../../components/use-page-title';
import { formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { useSituationT } from '../../i18n/situation/use-situation-t';
import { describePeriodKey, formatCalendarDay, periodDays } from './periods';
import { PictureTables } from './picture-tables';
import { categoryLabel, choroplethColours, classOf, legendClasses } from './picture-words';
import { readPeriod } from './read-period';
import { staticMapOf } from './static-map';
import { ShownCount } from './shown-count';
import { WeekdayHourTable } from './weekday-hour-table';

/** The period's counts per district of the layer and category: the rows, and the columns with any. */
function matrixOf(rows: readonly PictureRow[], districts: readonly DistrictFeature[]) {
  // A hidden count (null: the small-count rule) is not zero: its category keeps its column.
  const whole = rows.filter((row) => row.districtId === null && row.count !== 0);
  const codes = [...whole]
    .sort((a, b) => (b.count ?? 1) - (a.count ?? 1))
    .map((row) => row.categoryCode);
  const count = (districtId: string | null, code: string): number | null => {
    const found = rows.find((row) => row.districtId === districtId && row.categoryCode === code);
    return found === undefined ? 0 : found.count;
  };
  return {
    codes,
    lines: [
      ...districts.map((district) => ({
        id: district.id,
        name: district.properties.name,
        counts: codes.map((code) => count(district.id, code)),
      })),
    ],
    whole: codes.map((code) => count(null, code)),
  };
}

/**
 * Lägesbild för utskrift: the picture of a period on A4. The title names the municipality and
 * the period; then the largest changes in words, the counts per area and category, a map drawn
 * as SVG (it prints, unlike a WebGL canvas) and when in the week. The print style hides the
 * application's frame and starts the larger sections on pages of their own.
 */
export default function PicturePrintPage() {
  const s = useSituationT();
  const o = s.output.print;
  const { locale } = useI18n();
  usePageTitle(o.pageTitle);
  const user = useCurrentUser();
  const [params] = useSearchParams();
  const { kind, key } = readPeriod(params);
  const picture = useSituationPicture(kind, key, locale);
  const taxonomy = useTaxonomy();
  const districts = useDistricts();
  const municipality = useMunicipality();
  const layers = municipality.data?.districtLayers ?? [];
  const layer = layers.find((item) => item.id === params.get('layer')) ?? layers[0];
  const layerFeatures = useMemo(
    () =>
      (districts.data?.features ?? [])
        .filter((feature) => feature.properties.layerId === layer?.id)
        .sort((a, b) => a.properties.name.localeCompare(b.properties.name, locale)),
    [districts.data, layer?.id, locale],
  );
  const label = (code: string) => categoryLabel(taxonomy.data, code, locale, s);
  const periodName = describePeriodKey(kind, key, s, locale);
  const pictureSearch = new URLSearchParams({ period: kind, key });
  if (layer !== undefined) pictureSearch.set('layer', layer.id);

  return (
    <Stack gap="lg" maw={1000} className="print-page">
      <Group gap="sm" className="no-print" role="group" aria-label={o.actionsLabel}>
        <Button
          leftSection={<IconPrinter size={18} aria-hidden="true" />}
          onClick={() => window.print()}
        >
          {o.print}
        </Button>
        <Button
          component="a"
          variant="default"
          href={hrefOf('/api/situation/pdf', { query: { period: kind, key, lang: locale } })}
          leftSection={<IconFileTypePdf size={18} aria-hidden="true" />}
          data-testid="picture-pdf-link"
        >
          {o.pdf}
        </Button>
        <Anchor component={Link} to={`/lagesbild?${pictureSearch.toString()}`}>
          {o.back}
        </Anchor>
      </Group>

      <header>
        <Title order={1}>{o.title(user.municipality.name, periodName)}</Title>
        {picture.data !== undefined && (
          <Text>
            {o.span(
              formatCalendarDay(periodDays(picture.data.period).first, locale),
              formatCalendarDay(periodDays(picture.data.period).last, locale),
            )}
          </Text>
        )}
      </header>

      {picture.isPending ? (
        <InlineLoader />
      ) : picture.isError ? (
        <ErrorAlert error={picture.error} />
      ) : (
        <>
          <section aria-labelledby="print-changes-heading">
            <Title order={2} size="h3" id="print-changes-heading" mb="xs">
              {s.picture.changesHeading}
            </Title>
            {picture.data.largestChanges.length === 0 ? (
              <Text>{s.picture.changesEmpty}</Text>
            ) : (
              <List spacing={4} data-testid="print-changes">
                {picture.data.largestChanges.map((change) => (
                  <List.Item key={`${change.districtId ?? ''}-${change.categoryCode}`}>
                    <Text span fw={600}>
                      {change.direction === 'rise' ? s.picture.rise : s.picture.fall}:
                    </Text>{' '}
                    {change.sentence}
                  </List.Item>
                ))}
              </List>
            )}
          </section>

          <section aria-labelledby="print-whole-heading">
            <Title order={2} size="h3" id="print-whole-heading" mb="xs">
              {o.wholeHeading}
            </Title>
            <PictureTables
              areas={[{ id: null, name: s.districts.whole }]}
              rows={picture.data.rows}
              categories={taxonomy.data}
              categoryCode=""
              baselinePeriods={picture.data.baselinePeriods}
              isHidingSmallCounts={picture.data.hasSmallCountsHidden}
            />
          </section>

          {layer !== undefined && layerFeatures.length > 0 && (
            <section aria-labelledby="print-matrix-heading" className="print-page-break">
              <Title order={2} size="h3" id="print-matrix-heading" mb="xs">
                {o.matrixHeading}
              </Title>
              <DistrictCategoryTable
                rows={picture.data.rows}
                districts={layerFeatures}
                layerName={layer.name}
                label={label}
              />
              <PrintMap
                rows={picture.data.rows}
                districts={layerFeatures}
                boundary={municipality.data?.boundary ?? null}
                layerName={layer.name}
              />
            </section>
          )}

          <section aria-labelledby="print-heat-heading" className="print-page-break">
            <Title order={2} size="h3" id="print-heat-heading" mb="xs">
              {s.picture.heatHeading}
            </Title>
            <WeekdayHourTable table={picture.data.weekdayHour} />
          </section>
          <Text size="xs">{o.madeAt(formatDateTime(new Date().toISOString(), locale))}</Text>
        </>
      )}
    </Stack>
  );
}

function DistrictCategoryTable({
  rows,
  districts,
  layerName,
  label,
}: {
  rows: readonly PictureRow[];
  districts: readonly DistrictFeature[];
  layerName: string;
  label: (code: string) => string;
}) {
  const o = useSituationT().output.print;
  const s = useSituationT();
  const matrix = matrixOf(rows, districts);
  const number = (value: number | null) => <ShownCount value={value} />;
  // A sum with a hidden part is hidden too: the rest would give it away.
  const sum = (values: (number | null)[]) =>
    values.some((value) => value === null)
      ? null
      : values.reduce<number>((total, value) => total + (value ?? 0), 0);
  if (matrix.codes.length === 0) return <Text>{o.matrixEmpty}</Text>;
  return (
    <ScrollableTable label={o.matrixHeading} minWidth={160 + matrix.codes.length * 90}>
      <Table
        withTableBorder
        withColumnBorders
        verticalSpacing={4}
        captionSide="top"
        className="matrix-table"
        data-testid="district-category-table"
      >
        <caption>{o.matrixCaption(layerName)}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{o.area}</Table.Th>
            {matrix.codes.map((code) => (
              <Table.Th key={code} scope="col">
                {label(code)}
              </Table.Th>
            ))}
            <Table.Th scope="col">{o.total}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matrix.lines.map((line) => (
            <Table.Tr key={line.id}>
              <Table.Th scope="row" fw={500}>
                {line.name}
              </Table.Th>
              {line.counts.map((value, index) => (
                <Table.Td key={matrix.codes[index]}>{number(value)}</Table.Td>
              ))}
              <Table.Td fw={600}>{number(sum(line.counts))}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{s.districts.whole}</Table.Th>
            {matrix.whole.map((value, index) => (
              <Table.Td key={matrix.codes[index]} fw={600}>
                {number(value)}
              </Table.Td>
            ))}
            <Table.Td fw={700}>{number(sum(matrix.whole))}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </ScrollableTable>
  );
}

function PrintMap({
  rows,
  districts,
  boundary,
  layerName,
}: {
  rows: readonly PictureRow[];
  districts: readonly DistrictFeature[];
  boundary: PolygonGeometry | null;
  layerName: string;
}) {
  const s = useSituationT();
  const o = s.output.print;
  const map = useMemo(() => staticMapOf(districts, 600, boundary), [districts, boundary]);
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (row.districtId !== null)
      counts.set(row.districtId, (counts.get(row.districtId) ?? 0) + (row.count ?? 0));
  }
  const classes = legendClasses(
    Math.max(0, ...districts.map((district) => counts.get(district.id) ?? 0)),
  );
  if (map === null) return null;
  return (
    <Box component="figure" m={0} mt="lg" className="print-map">
      <Title order={3} size="h4" mb="xs">
        {o.mapHeading}
      </Title>
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="img"
        aria-label={o.mapLabel(layerName)}
        className="static-map"
        data-testid="print-map"
      >
        {map.frame !== null && (
          <path
            d={map.frame}
            fill="#f8f9fa"
            fillRule="evenodd"
            stroke="#495057"
            strokeWidth={1.5}
          />
        )}
        {map.districts.map((district) => (
          <path
            key={district.id}
            d={district.path}
            fill={choroplethColours[classOf(counts.get(district.id) ?? 0, classes)] ?? '#f1f3f5'}
            fillRule="evenodd"
            stroke="#343a40"
            strokeWidth={1}
          />
        ))}
      </svg>
      <Text component="figcaption" size="sm" mt="xs">
        {o.mapCaption}
      </Text>
      <Group gap="md" component="ul" className="plain-list" aria-label={s.picture.legendHeading}>
        {classes.map((item, index) => (
          <Group key={item.from} gap={6} component="li" wrap="nowrap">
            <Box
              className="legend-swatch"
              bg={choroplethColours[index] ?? choroplethColours[0]}
              aria-hidden="true"
            />
            <Text size="sm">{s.picture.legendRange(item.from, item.to)}</Text>
          </Group>
        ))}
      </Group>
    </Box>
  );
}
