import { Text } from '@mantine/core';
import { useMunicipality } from '../../api/administration';

/** An attribution as text: configurations often give HTML (`&copy; <a …>OpenStreetMap</a>`). */
function plainText(attribution: string): string {
  const parsed = new DOMParser().parseFromString(attribution, 'text/html');
  return (parsed.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The basemap's attribution under a map, as ordinary text. Not MapLibre's control: the
 * choropleth map is hidden from screen readers (the table carries its numbers), and the credit
 * must still be there for everyone.
 */
export function BasemapAttribution() {
  const basemap = useMunicipality().data?.basemap ?? null;
  if (basemap === null || basemap.attribution === null) return null;
  const text = plainText(basemap.attribution);
  return text === '' ? null : (
    <Text size="xs" data-testid="basemap-attribution">
      {text}
    </Text>
  );
}
