import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconChartBar, IconListCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCreatePlanFromPicture } from '../../api/plan-proposals';
import { useCreatePlan, usePlans, type Plan } from '../../api/plans';
import { useCurrentUser } from '../../api/session';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { ScrollableTable } from '../../components/scrollable-table';
import { usePageTitle } from '../../components/use-page-title';
import { usePlansT } from '../../i18n/plans/use-plans-t';
import { EffortsSection } from './efforts-section';
import { PlanStatusBadge } from './plan-badges';
import { PlanFormDialog } from './plan-form';

/** Coordinators and admins draft, adopt and follow up plans (the server's `plan.manage`). */
export function canManagePlans(roles: readonly string[]): boolean {
  return roles.includes('coordinator') || roles.includes('admin');
}

function PlanRow({ plan }: { plan: Plan }) {
  const p = usePlansT();
  const isExpired = plan.status === 'expired';
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/handlingsplaner/${plan.id}`} fw={500}>
          {plan.title}
        </Anchor>
      </Table.Td>
      <Table.Td>{p.kinds[plan.kind]}</Table.Td>
      <Table.Td>
        <PlanStatusBadge status={plan.status} />
      </Table.Td>
      <Table.Td>{plan.decision?.bodyName ?? p.list.notDecided}</Table.Td>
      <Table.Td>{plan.decision?.decidedOn ?? '–'}</Table.Td>
      <Table.Td>{plan.decision?.caseNumber ?? '–'}</Table.Td>
      <Table.Td c={isExpired ? 'red.9' : undefined} fw={isExpired ? 600 : undefined}>
        {plan.validUntil ?? p.list.noEnd}
      </Table.Td>
    </Table.Tr>
  );
}

/** The municipality's plans (each one's newest version), a new draft, and the efforts. */
export default function PlansPage() {
  const p = usePlansT();
  const user = useCurrentUser();
  usePageTitle(p.list.title);
  const plans = usePlans();
  const createEmpty = useCreatePlan();
  const createFromPicture = useCreatePlanFromPicture();
  const navigate = useNavigate();
  // A plan starts empty, or from this week's picture with its problems proposed.
  const [creating, setCreating] = useState<'empty' | 'picture' | null>(null);
  const createPlan = creating === 'picture' ? createFromPicture : createEmpty;
  const close = () => setCreating(null);
  const canManage = canManagePlans(user.roles);
  const columns = p.list.columns;

  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap="xs">
        <Title order={1}>{p.list.title}</Title>
        <Text>{p.list.intro}</Text>
        <Group gap="sm">
          {canManage && (
            <>
              <Button
                leftSection={<IconChartBar size={16} aria-hidden="true" />}
                onClick={() => setCreating('picture')}
              >
                {p.list.createFromPicture}
              </Button>
              <Button
                variant="default"
                leftSection={<IconPlus size={16} aria-hidden="true" />}
                onClick={() => setCreating('empty')}
              >
                {p.list.create}
              </Button>
            </>
          )}
          <Button
            component={Link}
            to="/mina-uppgifter"
            variant="default"
            leftSection={<IconListCheck size={16} aria-hidden="true" />}
          >
            {p.list.myTasks}
          </Button>
        </Group>
      </Stack>
      {plans.isPending && <InlineLoader />}
      {plans.isError && <ErrorAlert error={plans.error} />}
      {plans.data?.length === 0 && <Text>{p.list.none}</Text>}
      {plans.data !== undefined && plans.data.length > 0 && (
        <ScrollableTable label={p.list.tableLabel} minWidth={900}>
          <Table striped highlightOnHover data-testid="plans-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{columns.title}</Table.Th>
                <Table.Th>{columns.kind}</Table.Th>
                <Table.Th>{columns.status}</Table.Th>
                <Table.Th>{columns.decidedBy}</Table.Th>
                <Table.Th>{columns.decidedOn}</Table.Th>
                <Table.Th>{columns.caseNumber}</Table.Th>
                <Table.Th>{columns.validUntil}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plans.data.map((plan) => (
                <PlanRow key={plan.id} plan={plan} />
              ))}
            </Table.Tbody>
          </Table>
        </ScrollableTable>
      )}
      <EffortsSection canManage={canManage} />
      {creating !== null && (
        <PlanFormDialog
          isOpen
          onClose={close}
          title={creating === 'picture' ? p.form.createFromPictureTitle : p.form.createTitle}
          intro={creating === 'picture' ? p.form.createFromPictureIntro : undefined}
          submitLabel={p.form.create}
          isPending={createPlan.isPending}
          error={createPlan.error}
          onSubmit={(input) =>
            createPlan.mutate(input, {
              onSuccess: (plan) => {
                close();
                void navigate(`/handlingsplaner/${plan.id}`);
              },
            })
          }
        />
      )}
    </Stack>
  );
}
