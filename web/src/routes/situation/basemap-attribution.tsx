import { Text } from '@mantine/core';
import { useMunicipality } from '../../api/administration';
import { usePlacesT } from '../../i18n/places/use-places-t';

/** An attribution as text: configurations often give HTML (`&copy; <a …>OpenStreetMap</a>`). */
function plainText(attribution: string): string {
  const parsed = new DOMParser().parseFromString(attribution, 'text/html');
  return (parsed.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The basemap's attribution and the credits of the district layers under a map, as ordinary
 * text. Not MapLibre's control: the choropleth map is hidden from screen readers (the table
 * carries its numbers), and the credit must still be there for everyone.
 */
export function BasemapAttribution() {
  const p = usePlacesT();
  const municipality = useMunicipality().data;
  const basemap = municipality?.basemap ?? null;
  const text = basemap?.attribution ? plainText(basemap.attribution) : '';
  const sources = [
    ...new Set(
      (municipality?.districtLayers ?? []).flatMap((layer) => (layer.source ? [layer.source] : [])),
    ),
  ];
  return (
    <>
      {text !== '' && (
        <Text size="xs" data-testid="basemap-attribution">
          {text}
        </Text>
      )}
      {sources.length > 0 && (
        <Text size="xs" data-testid="layer-credits">
          {p.credits.mapData(sources.join('; '))}
        </Text>
      )}
    </>
  );
}
