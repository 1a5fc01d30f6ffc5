import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import type { DistrictFeature, GeoPoint } from '../../api/types';
import { labelPointOf } from './map-view';

export interface PlaceLabel {
  name: string;
  kind: 'tatort' | 'locality';
  point: GeoPoint;
}

function labelElement(text: string, className: string): HTMLElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  // The names are what the map shows; the page says the same in words (tables, the list).
  element.setAttribute('aria-hidden', 'true');
  return element;
}

/**
 * Names written on the map as HTML labels (no glyph server needed, so they show without any
 * outside tiles too): every district's name, and, on a map without basemap tiles, the
 * municipality's tätorter and localities, so a reporter can find where they stand. Labels never
 * take a tap: a tap on a name picks the place under it. Returns a function that removes them.
 */
export function addMapLabels(
  map: MapLibreMap,
  features: readonly DistrictFeature[],
  places: readonly PlaceLabel[],
): () => void {
  const markers: Marker[] = [];
  for (const place of places) {
    const className =
      place.kind === 'tatort' ? 'map-label map-label-tatort' : 'map-label map-label-place';
    markers.push(
      new Marker({ element: labelElement(place.name, className) })
        .setLngLat([place.point.longitude, place.point.latitude])
        .addTo(map),
    );
  }
  for (const feature of features) {
    const point = labelPointOf(feature);
    if (point === null) continue;
    markers.push(
      new Marker({ element: labelElement(feature.properties.name, 'map-label map-label-district') })
        .setLngLat([point.longitude, point.latitude])
        .addTo(map),
    );
  }
  return () => markers.forEach((marker) => marker.remove());
}
