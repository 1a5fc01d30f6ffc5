import type { Map as MapLibreMap } from 'maplibre-gl';
import type { HeatCollection, HotSpotCollection } from '../../../api/early-warning-types';

/** Warm for hot spots, cool for cold ones; both readable against the light background. */
export const hotSpotColours = { hot: '#d9480f', cold: '#1971c2' } as const;
export const alarmOutlineColour = '#c92a2a';

export const emptyCollection = { type: 'FeatureCollection' as const, features: [] };

/** Only the significant cells: a cell with kind 'none' is not drawn. */
export function hotSpotData(collection: HotSpotCollection) {
  return {
    type: 'FeatureCollection' as const,
    features: collection.features.filter((feature) => feature.properties.kind !== 'none'),
  };
}

/** Each point weighted by its density relative to the period's densest point (0–1). */
export function heatData(collection: HeatCollection) {
  const maximum = collection.maximum > 0 ? collection.maximum : 1;
  return {
    type: 'FeatureCollection' as const,
    features: collection.features.map((feature) => ({
      ...feature,
      properties: { weight: Math.min(1, feature.properties.density / maximum) },
    })),
  };
}

/** Metres per pixel at zoom 0 at Huddinge's latitude (about 59° N). */
const metresPerPixelAtZoomZero = 156_543 * Math.cos((59.2 * Math.PI) / 180);

/**
 * A heatmap radius that covers about one and a half grid cells at every zoom, so the server's
 * grid reads as a surface without holes.
 */
export function heatRadius(cellSizeMeters: number) {
  const metres = cellSizeMeters * 1.5;
  return [
    'interpolate',
    ['exponential', 2],
    ['zoom'],
    0,
    metres / metresPerPixelAtZoomZero,
    22,
    (metres * 2 ** 22) / metresPerPixelAtZoomZero,
  ] as unknown as number;
}

/**
 * The hot-spot and heat layers, empty until data is set: both beneath the district outlines,
 * so the areas stay readable over them. They need no tiles and work offline.
 */
export function addAnalysisLayers(map: MapLibreMap): void {
  map.addSource('heat', { type: 'geojson', data: emptyCollection });
  map.addLayer(
    {
      id: 'heat',
      type: 'heatmap',
      source: 'heat',
      paint: {
        'heatmap-weight': ['get', 'weight'],
        // The server has already smoothed; neighbouring grid points should blend, not pile up.
        'heatmap-intensity': 0.4,
        'heatmap-radius': heatRadius(125),
        'heatmap-opacity': 0.8,
        'heatmap-color': [
          'interpolate',
          ['linear'],
          ['heatmap-density'],
          0,
          'rgba(255,255,178,0)',
          0.2,
          '#fecc5c',
          0.5,
          '#fd8d3c',
          0.8,
          '#f03b20',
          1,
          '#bd0026',
        ],
      },
    },
    'district-outline',
  );
  map.addSource('hot-spots', { type: 'geojson', data: emptyCollection });
  map.addLayer(
    {
      id: 'hot-spot-fill',
      type: 'fill',
      source: 'hot-spots',
      paint: {
        'fill-color': [
          'match',
          ['get', 'kind'],
          'hot',
          hotSpotColours.hot,
          hotSpotColours.cold,
        ] as unknown as string,
        'fill-opacity': 0.55,
      },
    },
    'district-outline',
  );
}
