import { Anchor, Button, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAgreements, useCreateAgreement, type Agreement } from '../../../api/agreements';
import { useCurrentUser } from '../../../api/session';
import { ErrorAlert } from '../../../components/error-alert';
import { InlineLoader } from '../../../components/full-page-loader';
import { ScrollableTable } from '../../../components/scrollable-table';
import { usePageTitle } from '../../../components/use-page-title';
import { useAgreementsT } from '../../../i18n/agreements/use-agreements-t';
import { AgreementStatusBadge } from './agreement-badges';
import { AgreementFormDialog } from './agreement-form';
import { can } from '../../../api/permissions';
import type { Role } from '../../../api/types';

/** Long Swedish compounds ("brandförsvarsförbund") break rather than widen a phone's page. */
export const wrappingTitle = { overflowWrap: 'anywhere', hyphens: 'auto' } as const;

/** Coordinators and admins record agreements (the server's `agreement.manage`). */
export function canManageAgreements(roles: readonly Role[]): boolean {
  return can(roles, 'agreement.manage');
}

export function AgreementPeriod({ agreement }: { agreement: Agreement }) {
  const a = useAgreementsT();
  return (
    <>{a.period(agreement.validFrom ?? a.noStart, agreement.validUntil ?? a.untilFurtherNotice)}</>
  );
}

function AgreementRow({ agreement }: { agreement: Agreement }) {
  const a = useAgreementsT();
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/samverkan/overenskommelser/${agreement.id}`} fw={500}>
          {agreement.title}
        </Anchor>
      </Table.Td>
      <Table.Td>{a.kinds[agreement.kind]}</Table.Td>
      <Table.Td>
        <AgreementStatusBadge status={agreement.status} />
      </Table.Td>
      <Table.Td>
        <AgreementPeriod agreement={agreement} />
      </Table.Td>
      <Table.Td>{agreement.parties.map((party) => party.organisationName).join(', ')}</Table.Td>
      <Table.Td>{agreement.hasDocument ? a.list.hasDocument : a.list.noDocument}</Table.Td>
    </Table.Tr>
  );
}

/** The agreements and citizen promises the user may read, and a new one for a coordinator. */
export default function AgreementsPage() {
  const a = useAgreementsT();
  const user = useCurrentUser();
  usePageTitle(a.list.title);
  const agreements = useAgreements();
  const create = useCreateAgreement();
  const navigate = useNavigate();
  const [isCreating, setIsCreating] = useState(false);
  const canManage = canManageAgreements(user.roles);
  // Staff read all of the municipality's agreements; others see what they are party to.
  const isStaff = can(user.roles, 'agreement.read');
  const columns = a.list.columns;

  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap="xs">
        <Title order={1} style={wrappingTitle}>
          {a.list.title}
        </Title>
        <Text>{isStaff ? a.list.intro : a.list.partnerIntro}</Text>
        {canManage && (
          <div>
            <Button
              leftSection={<IconPlus size={16} aria-hidden="true" />}
              onClick={() => setIsCreating(true)}
            >
              {a.list.create}
            </Button>
          </div>
        )}
      </Stack>
      {agreements.isPending && <InlineLoader />}
      {agreements.isError && <ErrorAlert error={agreements.error} />}
      {agreements.data?.length === 0 && <Text>{a.list.none}</Text>}
      {agreements.data !== undefined && agreements.data.length > 0 && (
        <ScrollableTable label={a.list.tableLabel} minWidth={900}>
          <Table striped highlightOnHover data-testid="agreements-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{columns.title}</Table.Th>
                <Table.Th>{columns.kind}</Table.Th>
                <Table.Th>{columns.status}</Table.Th>
                <Table.Th>{columns.period}</Table.Th>
                <Table.Th>{columns.parties}</Table.Th>
                <Table.Th>{columns.document}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {agreements.data.map((agreement) => (
                <AgreementRow key={agreement.id} agreement={agreement} />
              ))}
            </Table.Tbody>
          </Table>
        </ScrollableTable>
      )}
      {isCreating && (
        <AgreementFormDialog
          title={a.form.createTitle}
          submitLabel={a.form.create}
          onClose={() => setIsCreating(false)}
          isPending={create.isPending}
          error={create.error}
          onSubmit={(input) =>
            create.mutate(input, {
              onSuccess: (agreement) => {
                setIsCreating(false);
                void navigate(`/samverkan/overenskommelser/${agreement.id}`);
              },
            })
          }
        />
      )}
    </Stack>
  );
}
