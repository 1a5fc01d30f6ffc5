import { Anchor, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useCurrentUser } from '../../api/session';
import { useContract, useSuppliers, type ContractDetail } from '../../api/suppliers';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { ScrollableTable } from '../../components/scrollable-table';
import { usePageTitle } from '../../components/use-page-title';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { useSuppliersT } from '../../i18n/suppliers/use-suppliers-t';
import NotFoundPage from '../not-found-page';
import { DueStatusBadge, headingStyle } from './supplier-badges';

function ProgrammeTable({ detail }: { detail: ContractDetail }) {
  const s = useSuppliersT();
  const { locale } = useI18n();
  const user = useCurrentUser();
  const columns = s.contract.columns;
  const responsible = (userId: string | null) =>
    userId === null
      ? s.contract.responsibleNone
      : userId === user.id
        ? s.contract.responsibleYou
        : s.contract.responsibleOther;
  if (detail.programme.length === 0) return <Text size="sm">{s.contract.programmeNone}</Text>;
  return (
    <ScrollableTable label={s.contract.tableLabel} minWidth={860}>
      <Table striped data-testid="programme-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{columns.kind}</Table.Th>
            <Table.Th>{columns.when}</Table.Th>
            <Table.Th>{columns.responsible}</Table.Th>
            <Table.Th>{columns.last}</Table.Th>
            <Table.Th>{columns.next}</Table.Th>
            <Table.Th>{columns.status}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {detail.programme.map((item) => {
            const due = detail.due.find((entry) => entry.checkKind === item.checkKind);
            return (
              <Table.Tr key={item.checkKind} data-kind={item.checkKind}>
                <Table.Td>{s.checkKinds[item.checkKind]}</Table.Td>
                <Table.Td>
                  {item.intervalMonths === null
                    ? s.contract.atAwardOnly
                    : s.contract.everyMonths(item.intervalMonths)}
                </Table.Td>
                <Table.Td>{responsible(item.responsibleUserId)}</Table.Td>
                <Table.Td>{due?.lastCheckedOn ?? s.contract.neverChecked}</Table.Td>
                <Table.Td data-testid="next-check">
                  {due === undefined
                    ? s.contract.dueNone
                    : `${due.dueOn} (${s.days(due.days, formatNumber(due.days, locale))})`}
                </Table.Td>
                <Table.Td>{due !== undefined && <DueStatusBadge status={due.status} />}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollableTable>
  );
}

/**
 * One contract: the procurement, period, value and unit, its supplier and subcontractors, and
 * the check programme with the next check of each kind scheduled.
 */
export default function ContractPage() {
  const { id } = useParams();
  const s = useSuppliersT();
  const { locale } = useI18n();
  const detail = useContract(id);
  const suppliers = useSuppliers('');
  usePageTitle(detail.data?.contract.title ?? s.contract.title);

  if (detail.isError && isApiError(detail.error) && detail.error.status === 404) {
    return <NotFoundPage />;
  }
  if (detail.isError) return <ErrorAlert error={detail.error} />;
  if (detail.data === undefined) return <InlineLoader />;
  const { contract } = detail.data;
  const nameOf = (supplierId: string) =>
    suppliers.data?.find((item) => item.id === supplierId)?.name ?? supplierId;
  const facts = [
    [s.contract.procurementReference, contract.procurementReference],
    [s.contract.period, s.contract.periodText(contract.startsOn, contract.endsOn)],
    [s.contract.valueLabel, s.kronor(formatNumber(contract.valueSek, locale))],
    [s.contract.responsibleUnit, contract.responsibleUnit],
  ];

  return (
    <Stack gap="xl" maw={1200}>
      <Stack gap="xs">
        <Anchor component={Link} to={`/leverantorer/${contract.supplierId}`} size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={14} aria-hidden="true" />
            {contract.supplierName}
          </Group>
        </Anchor>
        <Title order={1} style={headingStyle}>
          {contract.title}
        </Title>
        <SimpleGrid
          component="dl"
          cols={{ base: 1, sm: 2 }}
          spacing="sm"
          m={0}
          data-testid="contract-facts"
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
          <div>
            <Text component="dt" size="sm" fw={600}>
              {s.contract.supplier}
            </Text>
            <Text component="dd" size="sm" m={0}>
              <Anchor component={Link} to={`/leverantorer/${contract.supplierId}`} size="sm">
                {contract.supplierName}
              </Anchor>
            </Text>
          </div>
          <div>
            <Text component="dt" size="sm" fw={600}>
              {s.contract.subcontractors}
            </Text>
            <Text component="dd" size="sm" m={0}>
              {contract.subcontractorIds.length === 0
                ? s.contract.subcontractorsNone
                : contract.subcontractorIds.map(nameOf).join(', ')}
            </Text>
          </div>
        </SimpleGrid>
      </Stack>
      <section aria-labelledby="programme-heading">
        <Title order={2} size="h3" id="programme-heading" mb={4}>
          {s.contract.programmeHeading}
        </Title>
        <Text size="sm" mb="sm">
          {s.contract.programmeIntro}
        </Text>
        <ProgrammeTable detail={detail.data} />
      </section>
    </Stack>
  );
}
