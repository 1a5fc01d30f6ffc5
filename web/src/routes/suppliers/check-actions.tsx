import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBuildingBank, IconFileUpload, IconGavel, IconShieldSearch } from '@tabler/icons-react';
import { useRunRegistryCheck, useRunSanctionsScreening, type Contract } from '../../api/suppliers';
import { useSuppliersT } from '../../i18n/suppliers/use-suppliers-t';
import { DecisionDialog } from './decisions-section';
import { ManualCheckDialog } from './manual-check-dialog';
import { SupplierErrorAlert } from './supplier-error';

/**
 * The checks a procurement officer runs from the supplier's page: Bolagsverket (with progress,
 * and when it fails, why and when to try again), a manual check with an uploaded extract, a
 * sanctions screening, and recording a decision.
 */
export function CheckActions({
  supplierId,
  contracts,
}: {
  supplierId: string;
  contracts: Contract[];
}) {
  const s = useSuppliersT();
  const registry = useRunRegistryCheck(supplierId);
  const sanctions = useRunSanctionsScreening(supplierId);
  const [isManualOpen, manual] = useDisclosure(false);
  const [isDecisionOpen, decision] = useDisclosure(false);

  return (
    <section aria-labelledby="check-actions-heading">
      <Title order={2} size="h3" id="check-actions-heading" mb="xs">
        {s.supplier.actionsHeading}
      </Title>
      <Stack gap="sm">
        <Group gap="sm">
          <Button
            leftSection={<IconBuildingBank size={16} aria-hidden="true" />}
            loading={registry.isPending}
            onClick={() => {
              sanctions.reset();
              registry.mutate(null);
            }}
          >
            {s.supplier.runRegistry}
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileUpload size={16} aria-hidden="true" />}
            onClick={manual.open}
          >
            {s.supplier.manualCheck}
          </Button>
          <Button
            variant="default"
            leftSection={<IconShieldSearch size={16} aria-hidden="true" />}
            loading={sanctions.isPending}
            onClick={() => {
              registry.reset();
              sanctions.mutate(null);
            }}
          >
            {s.supplier.runSanctions}
          </Button>
          <Button
            variant="default"
            leftSection={<IconGavel size={16} aria-hidden="true" />}
            onClick={decision.open}
          >
            {s.supplier.recordDecision}
          </Button>
        </Group>
        <div aria-live="polite" data-testid="check-status">
          {registry.isPending && (
            <Group gap="xs">
              <Loader size="xs" aria-hidden="true" />
              <Text size="sm">{s.supplier.registryRunning}</Text>
            </Group>
          )}
          {sanctions.isPending && (
            <Group gap="xs">
              <Loader size="xs" aria-hidden="true" />
              <Text size="sm">{s.supplier.sanctionsRunning}</Text>
            </Group>
          )}
          {registry.isSuccess && (
            <Alert color="green" variant="light">
              {s.supplier.registryDone(registry.data.length)}
            </Alert>
          )}
          {sanctions.isSuccess && (
            <Alert color={sanctions.data.matches.length > 0 ? 'orange' : 'green'} variant="light">
              {s.supplier.sanctionsDone(sanctions.data.matches.length)}
            </Alert>
          )}
        </div>
        {registry.isError && <SupplierErrorAlert error={registry.error} />}
        {sanctions.isError && <SupplierErrorAlert error={sanctions.error} />}
      </Stack>
      {isManualOpen && (
        <ManualCheckDialog supplierId={supplierId} contracts={contracts} onClose={manual.close} />
      )}
      {isDecisionOpen && (
        <DecisionDialog supplierId={supplierId} contracts={contracts} onClose={decision.close} />
      )}
    </section>
  );
}
