import { List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Check, CompanyRecord } from '../../api/suppliers';
import { useSuppliersT } from '../../i18n/suppliers/use-suppliers-t';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}

/**
 * What the latest registry check found: registration, status, Skatteverket's registrations
 * and the board and signatories. The record is the one stored with that check, so the page
 * shows what was seen on that day, not today's registry.
 */
export function RegistrySection({ checks }: { checks: Check[] }) {
  const s = useSuppliersT();
  const check = checks.find(
    (item) => item.kind === 'company_registration' && item.registryRecord !== null,
  );
  // The API document types the record only as an object: it is the server's CompanyRecord.
  const record = (check?.registryRecord ?? null) as CompanyRecord | null;
  const yesNo = (value: boolean | null) =>
    value === null ? s.supplier.none : value ? s.supplier.yes : s.supplier.no;

  return (
    <section aria-labelledby="registry-heading" data-testid="registry-section">
      <Title order={2} size="h3" id="registry-heading" mb="xs">
        {s.supplier.registryHeading}
      </Title>
      {check === undefined || record === null ? (
        <Text size="sm">{s.supplier.registryNone}</Text>
      ) : (
        <Stack gap="sm">
          <Text size="sm">{s.supplier.registryFrom(check.checkedOn)}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            <Fact label={s.supplier.registeredOn} value={record.registeredOn ?? s.supplier.none} />
            <Fact
              label={s.supplier.status}
              value={`${s.supplier.statuses[record.status] ?? record.status}${
                record.statusSince ? ` (${s.supplier.since(record.statusSince)})` : ''
              }`}
            />
            <Fact label={s.supplier.legalForm} value={record.legalForm ?? s.supplier.none} />
            <Fact
              label={s.supplier.address}
              value={
                record.address === null
                  ? s.supplier.none
                  : [
                      record.address.careOf ? `c/o ${record.address.careOf}` : null,
                      record.address.street,
                      [record.address.postalCode, record.address.city].filter(Boolean).join(' '),
                    ]
                      .filter((part) => part !== null && part !== '')
                      .join(', ')
              }
            />
            <Fact
              label={s.supplier.registrations}
              value={`${s.supplier.fTax}: ${yesNo(record.isFTaxRegistered)}, ${s.supplier.vat}: ${yesNo(
                record.isVatRegistered,
              )}, ${s.supplier.employer}: ${yesNo(record.isEmployerRegistered)}`}
            />
          </SimpleGrid>
          {record.businessDescription !== null && (
            <Fact label={s.supplier.business} value={record.businessDescription} />
          )}
          <div>
            <Title order={3} size="h5" mb={4}>
              {s.supplier.officers}
            </Title>
            {record.officers === null || record.officers.length === 0 ? (
              <Text size="sm">{s.supplier.officersNone}</Text>
            ) : (
              <List size="sm" data-testid="officers">
                {record.officers.map((officer) => (
                  <List.Item key={`${officer.name}-${officer.role}`}>
                    {`${officer.name}, ${officer.role}${
                      officer.since ? ` (${s.supplier.since(officer.since)})` : ''
                    }`}
                  </List.Item>
                ))}
              </List>
            )}
          </div>
        </Stack>
      )}
    </section>
  );
}
