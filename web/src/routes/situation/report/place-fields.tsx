import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { IconCurrentLocation, IconMap, IconX } from '@tabler/icons-react';
import { lazy, Suspense, useId, useState } from 'react';
import type { DistrictCollection, DistrictFeature, GeoPoint } from '../../../api/types';
import { InlineLoader } from '../../../components/full-page-loader';
import { formatCoordinate, formatList } from '../../../i18n/format';
import { useA11yT } from '../../../i18n/a11y/use-a11y-t';
import { useI18n } from '../../../i18n/i18n-context';
import { useSituationT } from '../../../i18n/situation/use-situation-t';
import { BasemapAttribution } from '../basemap-attribution';
import { MapBoundary } from '../map-boundary';
import { districtsAt } from '../geometry';

const DistrictMap = lazy(() => import('../district-map'));

/** How far beyond the districts the pick map reaches: roughly the municipality around them. */
const pickMapPadding = 0.06;

type PositionState = 'idle' | 'locating' | 'unavailable' | 'denied';

/** Where: the phone's position, a tap on the map, a district from the list, and an address. */
export function PlaceFields({
  idPrefix,
  districts,
  layerNames,
  point,
  districtId,
  address,
  onPointChange,
  onDistrictChange,
  onAddressChange,
  placeError,
  districtError,
}: {
  idPrefix: string;
  districts: DistrictCollection | undefined;
  /** Layer id → name (GET /api/municipality), for grouping districts of several layers. */
  layerNames: ReadonlyMap<string, string>;
  point: GeoPoint | null;
  districtId: string;
  address: string;
  onPointChange: (point: GeoPoint | null) => void;
  onDistrictChange: (districtId: string) => void;
  onAddressChange: (address: string) => void;
  placeError?: string;
  districtError?: string;
}) {
  const s = useSituationT();
  const a = useA11yT();
  const { locale } = useI18n();
  const [position, setPosition] = useState<PositionState>('idle');
  const [isMapOpen, setIsMapOpen] = useState(false);
  const errorId = useId();
  const features = districts?.features ?? [];
  const pickLayerId = defaultLayerOf(features, layerNames, locale);
  const chosenElsewhere = features.find(
    (feature) => feature.id === districtId && feature.properties.layerId !== pickLayerId,
  );
  const format = (value: number) => formatCoordinate(value, locale);
  const pointDistricts = point === null ? [] : districtsAt(point, features);

  const locate = () => {
    if (!('geolocation' in navigator)) {
      setPosition('unavailable');
      return;
    }
    setPosition('locating');
    navigator.geolocation.getCurrentPosition(
      (found) => {
        setPosition('idle');
        onPointChange({
          longitude: Math.round(found.coords.longitude * 1e6) / 1e6,
          latitude: Math.round(found.coords.latitude * 1e6) / 1e6,
        });
      },
      (failure) =>
        setPosition(failure.code === failure.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };

  return (
    <fieldset
      className="plain-fieldset"
      aria-describedby={
        placeError === undefined ? `${idPrefix}-where-help` : `${idPrefix}-where-help ${errorId}`
      }
      data-invalid-group={placeError === undefined ? undefined : true}
    >
      <Text component="legend" fw={600} mb={4}>
        {s.report.whereLegend}
      </Text>
      <Stack gap="sm">
        <Text size="sm" id={`${idPrefix}-where-help`}>
          {s.report.whereHelp}
        </Text>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconCurrentLocation size={18} aria-hidden="true" />}
            loading={position === 'locating'}
            onClick={locate}
          >
            {s.report.useMyPosition}
          </Button>
          <Button
            variant="default"
            leftSection={<IconMap size={18} aria-hidden="true" />}
            onClick={() => setIsMapOpen(!isMapOpen)}
            aria-expanded={isMapOpen}
            aria-controls={`${idPrefix}-map`}
          >
            {isMapOpen ? s.report.hideMap : s.report.showMap}
          </Button>
        </Group>
        <div aria-live="polite">
          {position === 'locating' && <Text size="sm">{s.report.locating}</Text>}
          {position === 'unavailable' && <Text size="sm">{s.report.positionUnavailable}</Text>}
          {position === 'denied' && <Text size="sm">{s.report.positionDenied}</Text>}
          {point !== null && (
            <Group gap="xs" align="flex-start">
              <Text size="sm" data-testid="chosen-point" style={{ flex: '1 1 14rem' }}>
                {s.report.pointChosen(format(point.latitude), format(point.longitude))}
                {pointDistricts.length > 0 &&
                  ` ${s.report.pointInDistricts(
                    formatList(
                      pointDistricts.map((feature) => feature.properties.name),
                      locale,
                    ),
                  )}`}
              </Text>
              <Button
                size="compact-sm"
                variant="subtle"
                leftSection={<IconX size={14} aria-hidden="true" />}
                style={{ flex: 'none' }}
                onClick={() => onPointChange(null)}
              >
                {s.report.removePoint}
              </Button>
            </Group>
          )}
        </div>
        <div id={`${idPrefix}-map`} hidden={!isMapOpen}>
          {isMapOpen && (
            <Stack gap={4}>
              <Text size="sm">
                {s.report.mapHelp} {a.map.keyboardHelp}
              </Text>
              <MapBoundary fallback={s.report.mapUnavailable}>
                <Suspense fallback={<InlineLoader />}>
                  <DistrictMap
                    features={features}
                    onPick={onPointChange}
                    point={point}
                    padding={pickMapPadding}
                    label={s.report.mapLabel}
                  />
                </Suspense>
              </MapBoundary>
              <BasemapAttribution />
            </Stack>
          )}
        </div>
        <NativeSelect
          id={`${idPrefix}-district`}
          label={s.report.district}
          value={districtId}
          onChange={(event) => onDistrictChange(event.currentTarget.value)}
          error={districtError}
          description={
            layerNames.size > 1 && pickLayerId !== null
              ? s.report.districtLayerHelp(layerNames.get(pickLayerId) ?? s.districts.label)
              : undefined
          }
          data={[
            { value: '', label: s.report.districtNone },
            ...districtOptions(features, pickLayerId, locale),
            // A refused report being corrected may name a district of another layer: keep it.
            ...(chosenElsewhere
              ? [{ value: chosenElsewhere.id, label: chosenElsewhere.properties.name }]
              : []),
          ]}
        />
        <TextInput
          id={`${idPrefix}-address`}
          label={s.report.address}
          placeholder={s.report.addressPlaceholder}
          value={address}
          maxLength={300}
          autoComplete="off"
          onChange={(event) => onAddressChange(event.currentTarget.value)}
        />
        {placeError !== undefined && (
          <Text id={errorId} size="sm" c="var(--mantine-color-error)">
            {placeError}
          </Text>
        )}
      </Stack>
    </fieldset>
  );
}

/**
 * The one layer the reporter picks a district from: the one with the most districts (the finest
 * division, distrikt or kommundelar rather than a few utsatta områden), by name on a tie. The
 * server places the report in the other layers' districts from where the chosen one lies.
 */
export function defaultLayerOf(
  features: readonly DistrictFeature[],
  layerNames: ReadonlyMap<string, string>,
  locale: string,
): string | null {
  const counts = new Map<string, number>();
  for (const feature of features) {
    counts.set(feature.properties.layerId, (counts.get(feature.properties.layerId) ?? 0) + 1);
  }
  const [first] = [...counts].sort(
    ([layerA, countA], [layerB, countB]) =>
      countB - countA ||
      (layerNames.get(layerA) ?? layerA).localeCompare(layerNames.get(layerB) ?? layerB, locale),
  );
  return first?.[0] ?? null;
}

function districtOptions(features: DistrictFeature[], layerId: string | null, locale: string) {
  return features
    .filter((feature) => feature.properties.layerId === layerId)
    .sort((a, b) => a.properties.name.localeCompare(b.properties.name, locale))
    .map((feature) => ({ value: feature.id, label: feature.properties.name }));
}
