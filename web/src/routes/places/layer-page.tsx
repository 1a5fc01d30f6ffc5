import { Anchor, Grid, List, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useMunicipality } from '../../api/administration';
import { useDistricts } from '../../api/situation';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { usePageTitle } from '../../components/use-page-title';
import { usePlacesT } from '../../i18n/places/use-places-t';
import { MapBoundary } from '../situation/map-boundary';

const LayerMap = lazy(() => import('./layer-map'));

/**
 * One district layer on the map with its districts' names (the provisioned distrikt, say),
 * and the same names as a list for screen readers and for reading.
 */
export default function LayerPage() {
  const p = usePlacesT();
  const { id } = useParams();
  const municipality = useMunicipality();
  const districts = useDistricts();
  const layer = municipality.data?.districtLayers.find((item) => item.id === id);
  usePageTitle(layer ? p.layer.title(layer.name) : p.layer.listHeading);
  const features = useMemo(
    () =>
      (districts.data?.features ?? [])
        .filter((feature) => feature.properties.layerId === id)
        .sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'sv')),
    [districts.data, id],
  );

  if (municipality.isPending || districts.isPending) return <InlineLoader />;
  if (municipality.isError) return <ErrorAlert error={municipality.error} />;
  if (districts.isError) return <ErrorAlert error={districts.error} />;
  if (!layer) {
    return (
      <Stack gap="md">
        <Title order={1}>{p.layer.notFound}</Title>
        <Anchor component={Link} to="/lagesbild/omraden">
          {p.layer.back}
        </Anchor>
      </Stack>
    );
  }
  return (
    <Stack gap="md" maw={1100}>
      <Title order={1}>{p.layer.title(layer.name)}</Title>
      <Text size="sm">
        {p.layer.count(features.length)}
        {layer.source ? ` · ${p.layer.source(layer.source)}` : ''}
      </Text>
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <MapBoundary fallback={p.layer.mapFailed}>
            <Suspense fallback={<InlineLoader />}>
              <LayerMap
                features={features}
                label={p.layer.mapLabel(layer.name)}
                basemap={municipality.data.basemap ?? null}
              />
            </Suspense>
          </MapBoundary>
          {layer.source && (
            <Text size="xs" mt={4} data-testid="layer-credit">
              {p.credits.mapData(layer.source)}
            </Text>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <section aria-labelledby="layer-districts-heading">
            <Title order={2} size="h3" id="layer-districts-heading" mb="xs">
              {p.layer.listHeading}
            </Title>
            <List size="sm" spacing={2} data-testid="layer-district-names">
              {features.map((feature) => (
                <List.Item key={feature.id}>{feature.properties.name}</List.Item>
              ))}
            </List>
          </section>
        </Grid.Col>
      </Grid>
      <Anchor component={Link} to="/lagesbild/omraden" size="sm">
        {p.layer.back}
      </Anchor>
    </Stack>
  );
}
