import { Anchor, Button, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  useDueChecks,
  useSuppliers,
  type DueCheck,
  type SupplierSummary,
} from '../../api/suppliers';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { ScrollableTable } from '../../components/scrollable-table';
import { usePageTitle } from '../../components/use-page-title';
import { useSuppliersT } from '../../i18n/suppliers/use-suppliers-t';
import { RegisterSupplierDialog } from './register-supplier-dialog';
import { RiskBadge, headingStyle } from './supplier-badges';

function SupplierRow({ supplier, due }: { supplier: SupplierSummary; due: DueCheck[] }) {
  const s = useSuppliersT();
  // The due list is worst first: the first of the supplier's is its next check.
  const next = due.find((item) => item.supplierId === supplier.id);
  const isOverdue = supplier.overdueCheckCount > 0;
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/leverantorer/${supplier.id}`} fw={500}>
          {supplier.name}
        </Anchor>
      </Table.Td>
      <Table.Td>{supplier.organisationNumber}</Table.Td>
      <Table.Td>
        <RiskBadge level={supplier.riskLevel} />
      </Table.Td>
      <Table.Td c={isOverdue ? 'red.9' : undefined} fw={isOverdue ? 600 : undefined}>
        {next === undefined ? (
          s.list.noneDue
        ) : (
          <Stack gap={0}>
            <Text size="sm" inherit>
              {`${next.dueOn}: ${s.checkKinds[next.checkKind]}`}
            </Text>
            <Text size="xs" inherit>
              {isOverdue
                ? s.list.overdue(supplier.overdueCheckCount)
                : s.list.due(supplier.dueCheckCount)}
            </Text>
          </Stack>
        )}
      </Table.Td>
      <Table.Td>
        {supplier.latestDecision === null
          ? s.list.noDecision
          : s.decisions.recorded[supplier.latestDecision.decision]}
      </Table.Td>
      <Table.Td>{supplier.contractCount}</Table.Td>
    </Table.Tr>
  );
}

/** The municipality's suppliers: search, risk, the next check due, and registering a new one. */
export default function SuppliersPage() {
  const s = useSuppliersT();
  usePageTitle(s.list.title);
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const suppliers = useSuppliers(debouncedSearch);
  const due = useDueChecks();
  const [isRegistering, { open, close }] = useDisclosure(false);
  const columns = s.list.columns;

  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap="xs">
        <Title order={1} style={headingStyle}>
          {s.list.title}
        </Title>
        <Text>{s.list.intro}</Text>
        <div>
          <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={open}>
            {s.list.register}
          </Button>
        </div>
      </Stack>
      <TextInput
        label={s.list.search}
        description={s.list.searchHelp}
        type="search"
        maw={420}
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
      />
      {suppliers.isPending && <InlineLoader />}
      {suppliers.isError && <ErrorAlert error={suppliers.error} />}
      {suppliers.data?.length === 0 && (
        <Text>{debouncedSearch === '' ? s.list.none : s.list.noneFound}</Text>
      )}
      {suppliers.data !== undefined && suppliers.data.length > 0 && (
        <ScrollableTable label={s.list.tableLabel} minWidth={860}>
          <Table striped highlightOnHover data-testid="suppliers-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{columns.name}</Table.Th>
                <Table.Th>{columns.organisationNumber}</Table.Th>
                <Table.Th>{columns.risk}</Table.Th>
                <Table.Th>{columns.nextCheck}</Table.Th>
                <Table.Th>{columns.decision}</Table.Th>
                <Table.Th>{columns.contracts}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {suppliers.data.map((supplier) => (
                <SupplierRow key={supplier.id} supplier={supplier} due={due.data ?? []} />
              ))}
            </Table.Tbody>
          </Table>
        </ScrollableTable>
      )}
      {isRegistering && <RegisterSupplierDialog onClose={close} />}
    </Stack>
  );
}
