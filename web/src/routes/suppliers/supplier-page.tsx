import { Anchor, Button, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowLeft, IconPlus } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useSupplier, useSupplierChecks, type Contract, type Supplier } from '../../api/suppliers';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { usePageTitle } from '../../components/use-page-title';
import { useI18n } from '../../i18n/i18n-context';
import { useSuppliersT } from '../../i18n/suppliers/use-suppliers-t';
import { headingStyle } from './supplier-badges';
import NotFoundPage from '../not-found-page';
import { isApiError } from '../../api/client';
import { CheckActions } from './check-actions';
import { ChecksSection } from './checks-section';
import { ContractDialog } from './contract-dialog';
import { DecisionsSection } from './decisions-section';
import { RegistrySection } from './registry-section';
import { RiskSection } from './risk-section';
import { SanctionsSection } from './sanctions-section';

function addressText(supplier: Supplier): string | null {
  const address = supplier.address;
  if (address === null) return null;
  const parts = [
    address.careOf ? `c/o ${address.careOf}` : null,
    address.street,
    [address.postalCode, address.city].filter(Boolean).join(' '),
  ].filter((part) => part !== null && part !== '');
  return parts.length === 0 ? null : parts.join(', ');
}

function Facts({ supplier }: { supplier: Supplier }) {
  const s = useSuppliersT();
  const { locale } = useI18n();
  const facts = [
    [s.supplier.organisationNumber, supplier.organisationNumber],
    [s.supplier.vatNumber, supplier.vatNumber],
    [s.supplier.legalForm, supplier.legalFormLabel[locale === 'en' ? 'en' : 'sv']],
    [s.supplier.address, addressText(supplier) ?? s.supplier.none],
    [s.supplier.phone, supplier.phone ?? s.supplier.none],
  ];
  return (
    <SimpleGrid
      component="dl"
      cols={{ base: 1, sm: 2, md: 3 }}
      spacing="sm"
      m={0}
      data-testid="supplier-facts"
    >
      {facts.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="sm" fw={600}>
            {label}
          </Text>
          <Text component="dd" size="sm" m={0}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

function ContractList({ contracts }: { contracts: Contract[] }) {
  const s = useSuppliersT();
  return (
    <List size="sm" spacing={4}>
      {contracts.map((contract) => (
        <List.Item key={contract.id}>
          <Anchor component={Link} to={`/leverantorer/avtal/${contract.id}`}>
            {contract.title}
          </Anchor>
          {` (${contract.procurementReference}, ${s.contract.periodText(
            contract.startsOn,
            contract.endsOn,
          )})`}
        </List.Item>
      ))}
    </List>
  );
}

/**
 * One supplier: what was entered, what the registry said, its contracts, the checks to run,
 * the red flags, the sanctions screening, the whole check history and the decisions.
 */
export default function SupplierPage() {
  const { id } = useParams();
  const s = useSuppliersT();
  const detail = useSupplier(id);
  const checks = useSupplierChecks(id ?? '');
  const [isContractOpen, contractDialog] = useDisclosure(false);
  usePageTitle(detail.data?.supplier.name ?? s.list.title);

  if (detail.isError && isApiError(detail.error) && detail.error.status === 404) {
    return <NotFoundPage />;
  }
  if (detail.isError) return <ErrorAlert error={detail.error} />;
  if (detail.data === undefined || id === undefined) return <InlineLoader />;
  const { supplier, contracts, subcontractorOf } = detail.data;

  return (
    <Stack gap="xl" maw={1200}>
      <Stack gap="xs">
        <Anchor component={Link} to="/leverantorer" size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={14} aria-hidden="true" />
            {s.supplier.back}
          </Group>
        </Anchor>
        <Title order={1} style={headingStyle}>
          {supplier.name}
        </Title>
        <Facts supplier={supplier} />
      </Stack>
      <CheckActions supplierId={supplier.id} contracts={contracts} />
      <RiskSection supplierId={supplier.id} />
      <section aria-labelledby="contracts-heading" data-testid="supplier-contracts">
        <Group justify="space-between" mb="xs" wrap="wrap">
          <Title order={2} size="h3" id="contracts-heading">
            {s.supplier.contractsHeading}
          </Title>
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden="true" />}
            onClick={contractDialog.open}
          >
            {s.supplier.newContract}
          </Button>
        </Group>
        {contracts.length === 0 ? (
          <Text size="sm">{s.supplier.contractsNone}</Text>
        ) : (
          <ContractList contracts={contracts} />
        )}
        {subcontractorOf.length > 0 && (
          <>
            <Title order={3} size="h5" mt="sm" mb={4}>
              {s.supplier.subcontractorOf}
            </Title>
            <ContractList contracts={subcontractorOf} />
          </>
        )}
      </section>
      {checks.isError && <ErrorAlert error={checks.error} />}
      {checks.isPending && <InlineLoader />}
      {checks.data !== undefined && (
        <>
          <RegistrySection checks={checks.data} />
          <SanctionsSection checks={checks.data} />
          <ChecksSection checks={checks.data} />
        </>
      )}
      <DecisionsSection supplierId={supplier.id} />
      {isContractOpen && <ContractDialog supplier={supplier} onClose={contractDialog.close} />}
    </Stack>
  );
}
