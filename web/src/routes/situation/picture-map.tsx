import { Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { DistrictFeature } from '../../api/types';
import { useIsNearViewport } from '../../components/use-near-viewport';
import { useSituationT } from '../../i18n/situation/use-situation-t';
import { BasemapAttribution } from './basemap-attribution';
import {
  MapAnalysisControls,
  MapAnalysisLegend,
  type MapAnalysis,
} from './early-warning/map-analysis';
import { MapBoundary } from './map-boundary';
import { choroplethColours, type LegendClass } from './picture-words';

const DistrictMap = lazy(() => import('./district-map'));

/**
 * The picture's map, first on the page: the districts of one layer coloured by their counts,
 * alarmed districts outlined (and framed whole), hot spots and heat on request, with its legend.
 * Its code (MapLibre and its worker, the page's largest files) loads when it scrolls near.
 */
export function PictureMap({
  features,
  levels,
  classes,
  categoryName,
  analysis,
  alarmDistrictIds,
  hasAlarmAreas,
}: {
  features: readonly DistrictFeature[];
  levels: ReadonlyMap<string, number>;
  classes: readonly LegendClass[];
  categoryName: string;
  analysis: MapAnalysis;
  alarmDistrictIds: ReadonlySet<string>;
  hasAlarmAreas: boolean;
}) {
  const s = useSituationT();
  const caption = s.picture.mapCaption(categoryName);
  const { ref: mapPlaceRef, isNear: isMapNear } = useIsNearViewport<HTMLDivElement>();
  return (
    <section aria-labelledby="map-heading">
      <Title order={2} size="h3" id="map-heading" mb="xs">
        {s.picture.mapHeading}
      </Title>
      <Paper withBorder p="sm" radius="md" component="figure" m={0}>
        <Stack gap="sm">
          <MapBoundary fallback={s.picture.mapUnavailable}>
            <Suspense fallback={<div className="district-map" />}>
              <Box aria-hidden="true" ref={mapPlaceRef}>
                {isMapNear ? (
                  <DistrictMap
                    features={features}
                    levels={levels}
                    label={caption}
                    hotSpots={analysis.hotSpotData}
                    heat={analysis.heatData}
                    alarmDistrictIds={alarmDistrictIds}
                  />
                ) : (
                  // Its place, kept, until it scrolls near: then the map's code loads.
                  <div className="district-map" />
                )}
              </Box>
            </Suspense>
          </MapBoundary>
          <BasemapAttribution />
          <Text component="figcaption" size="sm">
            {caption}
          </Text>
          <MapAnalysisControls analysis={analysis} />
          <div>
            <Text size="sm" fw={600} id="legend-heading">
              {s.picture.legendHeading}
            </Text>
            <Group gap="md" component="ul" className="plain-list" aria-labelledby="legend-heading">
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
          </div>
          <MapAnalysisLegend
            analysis={analysis}
            hasAlarmAreas={hasAlarmAreas}
            districts={features}
          />
        </Stack>
      </Paper>
    </section>
  );
}
