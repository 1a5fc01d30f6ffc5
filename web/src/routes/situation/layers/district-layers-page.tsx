import { Anchor, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useDeleteDistrictLayer, useMunicipality } from '../../../api/administration';
import type { DistrictLayerSummary } from '../../../api/types';
import { ConfirmButton } from '../../../components/confirm-button';
import { ErrorAlert } from '../../../components/error-alert';
import { InlineLoader } from '../../../components/full-page-loader';
import { ScrollableTable } from '../../../components/scrollable-table';
import { usePageTitle } from '../../../components/use-page-title';
import { useT } from '../../../i18n/i18n-context';
import { useSituationT } from '../../../i18n/situation/use-situation-t';
import { DistrictLayerForm } from './district-layer-form';
import { AppModal } from '../../../components/app-modal';

/**
 * Områden: the municipality's layers of districts. Add one from GeoJSON, replace one with a
 * newer file, or remove one (its incidents stay, unlinked from its districts).
 */
export default function DistrictLayersPage() {
  const m = useSituationT().layers;
  const t = useT();
  usePageTitle(m.title);
  const municipality = useMunicipality();
  const remove = useDeleteDistrictLayer();
  const [replacing, setReplacing] = useState<DistrictLayerSummary | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const layers = municipality.data?.districtLayers ?? [];

  return (
    <Stack gap="lg" maw={960}>
      <Title order={1}>{m.title}</Title>
      <Text size="sm">{m.intro}</Text>
      <div role="status" aria-live="polite" data-testid="layers-announcement">
        {announcement !== '' && <Text size="sm">{announcement}</Text>}
      </div>
      <section aria-labelledby="layers-heading">
        <Title order={2} size="h3" id="layers-heading" mb="sm">
          {m.listHeading}
        </Title>
        {municipality.isPending ? (
          <InlineLoader />
        ) : municipality.isError ? (
          <ErrorAlert error={municipality.error} />
        ) : layers.length === 0 ? (
          <Text>{m.empty}</Text>
        ) : (
          <ScrollableTable label={m.listHeading} minWidth={420}>
            <Table striped verticalSpacing="xs" data-testid="district-layers">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{m.name}</Table.Th>
                  <Table.Th scope="col">{m.districts}</Table.Th>
                  <Table.Th scope="col">{m.actions}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {layers.map((layer) => (
                  <Table.Tr key={layer.id}>
                    <Table.Th scope="row" fw={500}>
                      <Anchor component={Link} to={`/lagesbild/omraden/${layer.id}`}>
                        {layer.name}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{m.districtCount(layer.districtCount)}</Table.Td>
                    <Table.Td>
                      <Stack gap={6} align="flex-start">
                        <Button
                          size="compact-sm"
                          variant="default"
                          aria-label={m.replaceLabel(layer.name)}
                          onClick={() => setReplacing(layer)}
                        >
                          {m.replace}
                        </Button>
                        <ConfirmButton
                          size="compact-sm"
                          variant="default"
                          question={m.removeQuestion(layer.name)}
                          accessibleName={m.removeLabel(layer.name)}
                          isPending={remove.isPending && remove.variables === layer.id}
                          onConfirm={() =>
                            remove.mutate(layer.id, {
                              onSuccess: () => setAnnouncement(m.removed(layer.name)),
                            })
                          }
                        >
                          {m.remove}
                        </ConfirmButton>
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollableTable>
        )}
        {remove.isError && <ErrorAlert error={remove.error} />}
      </section>

      <Paper
        withBorder
        p={{ base: 'md', sm: 'lg' }}
        radius="md"
        component="section"
        aria-labelledby="add-layer-heading"
      >
        <Title order={2} size="h3" id="add-layer-heading" mb="sm">
          {m.addHeading}
        </Title>
        <DistrictLayerForm />
      </Paper>

      <AppModal
        opened={replacing !== null}
        onClose={() => setReplacing(null)}
        title={replacing === null ? '' : m.replaceHeading(replacing.name)}
        closeButtonProps={{ 'aria-label': t.common.close }}
        size="lg"
      >
        {replacing !== null && (
          <Stack gap="md">
            <Text size="sm">{m.replaceIntro}</Text>
            <DistrictLayerForm
              layer={replacing}
              onSaved={(result) =>
                setAnnouncement(
                  m.saved(result.layer.name, result.districtCount, result.assignedIncidents),
                )
              }
            />
          </Stack>
        )}
      </AppModal>
    </Stack>
  );
}
