import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, Marker, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef } from 'react';
import type { Basemap, DistrictFeature } from '../../api/types';
import { labelPoint } from './label-point';

setWorkerUrl(workerUrl);

function boundsOf(features: readonly DistrictFeature[]): [[number, number], [number, number]] {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number' && typeof value[1] === 'number') {
      west = Math.min(west, value[0]);
      east = Math.max(east, value[0]);
      south = Math.min(south, value[1]);
      north = Math.max(north, value[1]);
      return;
    }
    value.forEach(visit);
  };
  features.forEach((feature) => visit(feature.geometry.coordinates));
  return Number.isFinite(west)
    ? [
        [west, south],
        [east, north],
      ]
    : [
        [10.9, 55.3],
        [24.2, 69.1],
      ];
}

/**
 * One layer's districts on a MapLibre map with their names written on it. The names are HTML
 * markers rather than a symbol layer, so no font files (glyphs) are fetched: the map works
 * offline and under the CSP. The map is a picture; the list beside it carries the names for
 * screen readers.
 */
export default function LayerMap({
  features,
  label,
  basemap,
}: {
  features: readonly DistrictFeature[];
  label: string;
  basemap: Basemap | null;
}) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (container.current === null) return;
    const map = new MapLibreMap({
      container: container.current,
      style: {
        version: 8,
        sources:
          basemap === null
            ? {}
            : { basemap: { type: 'raster', tiles: [basemap.tiles], tileSize: 256 } },
        layers: [
          { id: 'background', type: 'background', paint: { 'background-color': '#f8f9fa' } },
          ...(basemap === null
            ? []
            : [{ id: 'basemap', type: 'raster' as const, source: 'basemap' }]),
        ],
      },
      bounds: boundsOf(features),
      fitBoundsOptions: { padding: 24 },
      attributionControl: false,
      locale: { 'Map.Title': label },
    });
    const markers: Marker[] = [];
    map.on('load', () => {
      map.addSource('layer', {
        type: 'geojson',
        data: { type: 'FeatureCollection' as const, features: [...features] },
      });
      map.addLayer({
        id: 'layer-fill',
        type: 'fill',
        source: 'layer',
        paint: { 'fill-color': '#d0ebff', 'fill-opacity': basemap === null ? 0.8 : 0.4 },
      });
      map.addLayer({
        id: 'layer-outline',
        type: 'line',
        source: 'layer',
        paint: { 'line-color': '#1c3d5a', 'line-width': 1.5 },
      });
      for (const feature of features) {
        const point = labelPoint(feature.geometry);
        if (point === null) continue;
        const element = document.createElement('span');
        element.className = 'layer-map-label';
        element.textContent = feature.properties.name;
        element.setAttribute('aria-hidden', 'true');
        element.dataset.testid = 'layer-map-label';
        markers.push(new Marker({ element }).setLngLat(point).addTo(map));
      }
    });
    map.on('error', () => undefined);
    return () => {
      markers.forEach((marker) => marker.remove());
      map.remove();
    };
  }, [features, label, basemap]);

  return (
    <div
      ref={container}
      className="district-map layer-map"
      data-testid="layer-map"
      role="img"
      aria-label={label}
    />
  );
}
