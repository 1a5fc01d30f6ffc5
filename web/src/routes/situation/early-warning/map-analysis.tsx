import { Box, Checkbox, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useHeat, useHotSpots } from '../../../api/early-warning';
import type { HeatCollection, HotSpotCollection } from '../../../api/early-warning-types';
import type { PeriodKind } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { formatNumber } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n-context';
import { useSituationT } from '../../../i18n/situation/use-situation-t';
import { alarmOutlineColour, hotSpotColours } from './map-layers';

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
}: {
  analysis: MapAnalysis;
  hasAlarmAreas: boolean;
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
        </div>
      )}
    </Stack>
  );
}
