import { Box, Checkbox, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useHeat, useHotSpots } from '../../../api/early-warning';
import type { HeatCollection, HotSpotCollection } from '../../../api/early-warning-types';
import type { DistrictFeature, PeriodKind } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ScrollableTable } from '../../../components/scrollable-table';
import { useA11yT } from '../../../i18n/a11y/use-a11y-t';
import { formatNumber } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n-context';
import { useSituationT } from '../../../i18n/situation/use-situation-t';
import { alarmOutlineColour, hotSpotColours } from './map-layers';
import { heatByDistrict, hotSpotsByDistrict } from './map-places';

type LayerId = 'hotSpots' | 'heat';

export interface MapAnalysis {
  shown: LayerId[];
  setShown: (layers: LayerId[]) => void;
  hotSpots: ReturnType<typeof useHotSpots>;
  heat: ReturnType<typeof useHeat>;
  /** What the map should draw now. */
  hotSpotData: HotSpotCollection | null;
  heatData: HeatCollection | null;
}

/** Which analysis layers the picture's map shows, and their data (fetched only when shown). */
export function useMapAnalysis(kind: PeriodKind, key: string): MapAnalysis {
  const [shown, setShown] = useState<LayerId[]>([]);
  const hotSpots = useHotSpots(kind, key, shown.includes('hotSpots'));
  const heat = useHeat(kind, key, shown.includes('heat'));
  return {
    shown,
    setShown,
    hotSpots,
    heat,
    hotSpotData: shown.includes('hotSpots') ? (hotSpots.data ?? null) : null,
    heatData: shown.includes('heat') ? (heat.data ?? null) : null,
  };
}

/** The switches for hot spots and the heat map, above the map. */
export function MapAnalysisControls({ analysis }: { analysis: MapAnalysis }) {
  const s = useSituationT();
  const words = s.earlyWarning.layers;
  const isLoading =
    (analysis.shown.includes('hotSpots') && analysis.hotSpots.isFetching) ||
    (analysis.shown.includes('heat') && analysis.heat.isFetching);
  return (
    <Stack gap={4} className="no-print">
      <Checkbox.Group
        label={words.legend}
        value={analysis.shown}
        onChange={(value) => analysis.setShown(value as LayerId[])}
      >
        <Group gap="lg" mt={4}>
          <Checkbox value="hotSpots" label={words.hotSpots} />
          <Checkbox value="heat" label={words.heat} />
        </Group>
      </Checkbox.Group>
      <div aria-live="polite">
        {isLoading && (
          <Group gap="xs">
            <Loader size="xs" aria-hidden="true" />
            <Text size="sm">{words.loading}</Text>
          </Group>
        )}
      </div>
      {analysis.shown.includes('hotSpots') && analysis.hotSpots.isError && (
        <ErrorAlert error={analysis.hotSpots.error} />
      )}
      {analysis.shown.includes('heat') && analysis.heat.isError && (
        <ErrorAlert error={analysis.heat.error} />
      )}
    </Stack>
  );
}

function Swatch({ colour, isOutline = false }: { colour: string; isOutline?: boolean }) {
  return (
    <Box
      className="legend-swatch"
      bg={isOutline ? 'transparent' : colour}
      style={isOutline ? { border: `3px solid ${colour}` } : undefined}
      aria-hidden="true"
    />
  );
}

/** What the shown layers mean, below the map: the colours and how they were found. */
export function MapAnalysisLegend({
  analysis,
  hasAlarmAreas,
  districts,
}: {
  analysis: MapAnalysis;
  hasAlarmAreas: boolean;
  /** The map's districts: the hot spots and the heat are listed by them, in words. */
  districts: readonly DistrictFeature[];
}) {
  const s = useSituationT();
  const words = s.earlyWarning.layers;
  const { locale } = useI18n();
  const spots = analysis.hotSpotData;
  const heat = analysis.heatData;
  const hot = spots?.features.filter((feature) => feature.properties.kind === 'hot').length ?? 0;
  const cold = spots?.features.filter((feature) => feature.properties.kind === 'cold').length ?? 0;
  return (
    <Stack gap="xs">
      {hasAlarmAreas && (
        <Group gap={6} wrap="nowrap">
          <Swatch colour={alarmOutlineColour} isOutline />
          <Text size="sm">{s.earlyWarning.alarms.mapLegend}</Text>
        </Group>
      )}
      {spots !== null && (
        <div data-testid="hot-spot-legend">
          <Group gap="md" component="ul" className="plain-list" aria-label={words.hotSpots}>
            <Group gap={6} component="li" wrap="nowrap">
              <Swatch colour={hotSpotColours.hot} />
              <Text size="sm">{words.hot}</Text>
            </Group>
            <Group gap={6} component="li" wrap="nowrap">
              <Swatch colour={hotSpotColours.cold} />
              <Text size="sm">{words.cold}</Text>
            </Group>
          </Group>
          <Text size="sm" mt={4}>
            {words.hotSpotsCount(hot, cold)} {words.hotSpotsAbout(spots.falseDiscoveryRate)}
            {spots.outside > 0 && ` ${words.hotSpotsOutside(spots.outside)}`}
          </Text>
          <details>
            <summary>
              <Text size="sm" span>
                {words.hotSpotsMethod}
              </Text>
            </summary>
            <Text size="sm">{words.hotSpotsMethodText(spots.falseDiscoveryRate)}</Text>
          </details>
          <HotSpotTable spots={spots} districts={districts} />
        </div>
      )}
      {heat !== null && (
        <div data-testid="heat-legend">
          {heat.features.length === 0 ? (
            <Text size="sm">{words.heatEmpty}</Text>
          ) : (
            <Group gap={6} wrap="nowrap" aria-label={words.heat} role="group">
              <Text size="sm">{words.heatLow}</Text>
              <Box className="heat-ramp" aria-hidden="true" />
              <Text size="sm">{words.heatHigh(formatNumber(heat.maximum, locale))}</Text>
            </Group>
          )}
          <Text size="sm" mt={4}>
            {words.heatAbout(heat.bandwidthMeters)}
          </Text>
          {heat.features.length > 0 && <HeatTable heat={heat} districts={districts} />}
        </div>
      )}
    </Stack>
  );
}

/**
 * Where the hot and cold spots are, in a table by district with counts: the map itself is a
 * picture hidden from screen readers, so the places must be in words too (WCAG 1.1.1).
 */
function HotSpotTable({
  spots,
  districts,
}: {
  spots: HotSpotCollection;
  districts: readonly DistrictFeature[];
}) {
  const a = useA11yT();
  const places = hotSpotsByDistrict(spots.features, districts, a.hotSpots.outside);
  const columns = a.hotSpots.columns;
  if (places.length === 0) {
    return (
      <Text size="sm" mt="xs">
        {a.hotSpots.none}
      </Text>
    );
  }
  return (
    <PlacesTable
      id="hot-spot-places"
      heading={a.hotSpots.listHeading}
      intro={a.hotSpots.listIntro}
      minWidth={420}
      columns={[columns.district, columns.hot, columns.cold, columns.incidents]}
      rows={places.map((place) => ({
        key: place.districtId ?? 'outside',
        name: place.name,
        values: [place.hot, place.cold, place.incidents],
      }))}
    />
  );
}

/** The heat map's densest places by district, in words, for the same reason. */
function HeatTable({
  heat,
  districts,
}: {
  heat: HeatCollection;
  districts: readonly DistrictFeature[];
}) {
  const a = useA11yT();
  const places = heatByDistrict(heat.features, districts, a.heat.outside);
  const columns = a.heat.columns;
  if (places.length === 0) return null;
  return (
    <PlacesTable
      id="heat-places"
      heading={a.heat.listHeading}
      intro={a.heat.listIntro}
      minWidth={360}
      columns={[columns.district, columns.maximum, columns.cells]}
      rows={places.map((place) => ({
        key: place.districtId ?? 'outside',
        name: place.name,
        values: [place.maximum, place.cells],
      }))}
    />
  );
}

/** A list of places with numbers, as a table that screen readers can read (hot spots, heat). */
function PlacesTable({
  id,
  heading,
  intro,
  minWidth,
  columns,
  rows,
}: {
  id: string;
  heading: string;
  intro: string;
  minWidth: number;
  columns: readonly string[];
  rows: readonly { key: string; name: string; values: readonly number[] }[];
}) {
  const { locale } = useI18n();
  return (
    <Stack gap={4} mt="xs">
      <Text size="sm" fw={600} id={`${id}-heading`}>
        {heading}
      </Text>
      <Text size="sm">{intro}</Text>
      <ScrollableTable label={heading} minWidth={minWidth}>
        <Table striped className="matrix-table" aria-labelledby={`${id}-heading`} data-testid={id}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column}>{column}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Th scope="row">{row.name}</Table.Th>
                {row.values.map((value, index) => (
                  <Table.Td key={columns[index + 1] ?? index}>
                    {formatNumber(value, locale)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollableTable>
    </Stack>
  );
}
