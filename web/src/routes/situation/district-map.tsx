import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, Marker, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import type { GeoJSONSource, StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef, useState } from 'react';
import { useMunicipality } from '../../api/administration';
import type { HeatCollection, HotSpotCollection } from '../../api/early-warning-types';
import type { Basemap, DistrictFeature, GeoPoint } from '../../api/types';
import { useSituationT } from '../../i18n/situation/use-situation-t';
import {
  addAnalysisLayers,
  alarmOutlineColour,
  emptyCollection,
  heatData,
  heatRadius,
  hotSpotData,
} from './early-warning/map-layers';
import { addMapLabels } from './map-labels';
import { viewBounds, type Bounds } from './map-view';
import { choroplethColours } from './picture-words';

/** Pixels kept free around what a map frames, so an outline on its edge is not cut. */
const framePadding = 24;

/** Huddinge, for a municipality with neither a boundary nor districts yet. */
const fallbackBounds: Bounds = [
  [17.7, 59.1],
  [18.3, 59.35],
];

// Bundled, the worker is a file of its own; the CSP allows workers from this origin.
setWorkerUrl(workerUrl);

/**
 * Without a configured basemap there are no outside tiles: the districts are drawn on a plain
 * background (and work offline). With one, its raster tiles lie under the districts.
 */
function styleOf(basemap: Basemap | null): StyleSpecification {
  const background = {
    id: 'background',
    type: 'background' as const,
    paint: { 'background-color': '#f8f9fa' },
  };
  if (basemap === null) return { version: 8, sources: {}, layers: [background] };
  return {
    version: 8,
    sources: {
      basemap: {
        type: 'raster',
        tiles: [basemap.tiles],
        tileSize: 256,
        ...(basemap.attribution === null ? {} : { attribution: basemap.attribution }),
      },
    },
    layers: [background, { id: 'basemap', type: 'raster', source: 'basemap' }],
  };
}

export interface DistrictMapProps {
  features: readonly DistrictFeature[];
  /** A class (index into the colours) per district id; without it, districts are outlined only. */
  levels?: ReadonlyMap<string, number>;
  /** Pick mode: a tap reports the place, and `point` is marked. */
  onPick?: (point: GeoPoint) => void;
  point?: GeoPoint | null;
  /** Degrees of latitude to show around the districts (the municipality is larger than they). */
  padding?: number;
  label: string;
  /** Gi* cells to draw (hot and cold only); null or absent: none. */
  hotSpots?: HotSpotCollection | null;
  /** Kernel density points to draw as a heatmap; null or absent: none. */
  heat?: HeatCollection | null;
  /** Districts with an alarm this week: outlined in red. */
  alarmDistrictIds?: ReadonlySet<string>;
}

function featureCollection(
  features: readonly DistrictFeature[],
  levels?: ReadonlyMap<string, number>,
  alarmDistrictIds?: ReadonlySet<string>,
) {
  return {
    type: 'FeatureCollection' as const,
    features: features.map((feature) => ({
      ...feature,
      properties: {
        ...feature.properties,
        level: levels?.get(feature.id) ?? 0,
        isAlarm: alarmDistrictIds?.has(feature.id) ?? false,
      },
    })),
  };
}

/**
 * The districts on a MapLibre map, in its own lazily loaded chunk. As a choropleth it is a
 * picture (not interactive; the table carries the numbers); in pick mode a tap chooses a place.
 * Without WebGL it throws, and the MapBoundary around it says so.
 */
export default function DistrictMap({
  features,
  levels,
  onPick,
  point = null,
  padding = 0,
  label,
  hotSpots = null,
  heat = null,
  alarmDistrictIds,
}: DistrictMapProps) {
  const s = useSituationT();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const markerRef = useRef<Marker | null>(null);
  const pickRef = useRef(onPick);
  const [isLoaded, setIsLoaded] = useState(false);
  const isPicking = onPick !== undefined;
  const municipality = useMunicipality().data;
  const basemap = municipality?.basemap ?? null;
  const tiles = basemap?.tiles ?? null;
  const boundary = municipality?.boundary?.coordinates ?? null;
  const placeLabels = municipality?.placeLabels;
  const [viewShown, setViewShown] = useState('');

  useEffect(() => {
    pickRef.current = onPick;
  }, [onPick]);
  // The frame changes when an alarm comes or goes, not when the set is merely a new object.
  const alarmKey = [...(alarmDistrictIds ?? [])].sort().join(',');

  // The map is made once; the data and the marker follow below.
  useEffect(() => {
    if (container.current === null) return;
    // Without WebGL this throws; MapBoundary around the map catches it and says so.
    const bounds = viewBounds({ boundary, features, alarmIds: alarmDistrictIds }, padding);
    const map = new MapLibreMap({
      container: container.current,
      style: styleOf(basemap),
      bounds: bounds ?? fallbackBounds,
      fitBoundsOptions: { padding: framePadding },
      interactive: isPicking,
      attributionControl: false,
      locale: {
        'Map.Title': label,
        'Marker.Title': s.report.mapMarker,
        'NavigationControl.ZoomIn': s.report.mapZoomIn,
        'NavigationControl.ZoomOut': s.report.mapZoomOut,
      },
    });
    mapRef.current = map;
    if (isPicking) {
      map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
      const pick = (lngLat: { lng: number; lat: number }) =>
        pickRef.current?.({
          longitude: Math.round(lngLat.lng * 1e6) / 1e6,
          latitude: Math.round(lngLat.lat * 1e6) / 1e6,
        });
      map.on('click', (event) => pick(event.lngLat));
      // With the keyboard: arrows move the map, Enter or Space picks the place in its middle.
      map.getCanvas().addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        pick(map.getCenter());
      });
    }
    map.on('load', () => {
      map.addSource('districts', {
        type: 'geojson',
        data: featureCollection(features, levels, alarmDistrictIds),
      });
      map.addLayer({
        id: 'district-fill',
        type: 'fill',
        source: 'districts',
        paint: {
          'fill-color': [
            'match',
            ['get', 'level'],
            ...choroplethColours.flatMap((colour, index) => [index, colour]),
            choroplethColours[0] ?? '#f1f3f5',
          ] as unknown as string,
          // Over a basemap the fill lets streets show through; the outline carries the shape.
          'fill-opacity': isPicking ? 0.35 : tiles === null ? 0.9 : 0.65,
        },
      });
      map.addLayer({
        id: 'district-outline',
        type: 'line',
        source: 'districts',
        paint: { 'line-color': '#343a40', 'line-width': 1.5 },
      });
      map.addLayer({
        id: 'district-alarm',
        type: 'line',
        source: 'districts',
        filter: ['==', ['get', 'isAlarm'], true],
        paint: { 'line-color': alarmOutlineColour, 'line-width': 4 },
      });
      addAnalysisLayers(map);
      setIsLoaded(true);
    });
    // Place names help only where no basemap names the places already.
    const removeLabels = addMapLabels(
      map,
      features,
      isPicking && tiles === null ? (placeLabels ?? []) : [],
    );
    // What the map shows, for the journeys that check the alarmed district is wholly in view.
    const showView = () => {
      const shown = map.getBounds();
      setViewShown(
        [shown.getWest(), shown.getSouth(), shown.getEast(), shown.getNorth()]
          .map((value) => value.toFixed(5))
          .join(','),
      );
    };
    map.on('moveend', showView);
    map.on('load', showView);
    map.on('error', () => undefined);
    return () => {
      removeLabels();
      map.remove();
      mapRef.current = null;
      markerRef.current = null;
      setIsLoaded(false);
    };
    // Made once per set of districts, frame and basemap; levels and the point follow below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [features, isPicking, padding, tiles, boundary, placeLabels, alarmKey]);

  useEffect(() => {
    const source = mapRef.current?.getSource<GeoJSONSource>('districts');
    if (isLoaded && source !== undefined) {
      source.setData(featureCollection(features, levels, alarmDistrictIds));
    }
  }, [features, levels, alarmDistrictIds, isLoaded]);

  useEffect(() => {
    const source = mapRef.current?.getSource<GeoJSONSource>('hot-spots');
    if (isLoaded && source !== undefined) {
      source.setData(hotSpots === null ? emptyCollection : hotSpotData(hotSpots));
    }
  }, [hotSpots, isLoaded]);

  useEffect(() => {
    const map = mapRef.current;
    const source = map?.getSource<GeoJSONSource>('heat');
    if (!isLoaded || map === null || map === undefined || source === undefined) return;
    source.setData(heat === null ? emptyCollection : heatData(heat));
    if (heat !== null)
      map.setPaintProperty('heat', 'heatmap-radius', heatRadius(heat.cellSizeMeters));
  }, [heat, isLoaded]);

  useEffect(() => {
    const map = mapRef.current;
    if (map === null) return;
    if (point === null) {
      markerRef.current?.remove();
      markerRef.current = null;
      return;
    }
    markerRef.current ??= new Marker({ color: '#c92a2a' });
    markerRef.current.setLngLat([point.longitude, point.latitude]).addTo(map);
  }, [point, isLoaded]);

  return (
    <div
      ref={container}
      className="district-map"
      data-testid="district-map"
      data-view-bounds={viewShown}
    />
  );
}
