import { Anchor, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconClock } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useDueChecks, type DueCheck } from '../../api/suppliers';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { useSuppliersT } from '../../i18n/suppliers/use-suppliers-t';
import { DueStatusBadge } from './supplier-badges';

function DueRow({ item }: { item: DueCheck }) {
  const s = useSuppliersT();
  const { locale } = useI18n();
  const isOverdue = item.status === 'overdue';
  const Icon = isOverdue ? IconAlertTriangle : IconClock;
  const days = s.days(item.days, formatNumber(item.days, locale));
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="md"
      style={{
        borderLeft: `6px solid var(--mantine-color-${isOverdue ? 'red-8' : 'orange-6'})`,
        listStyle: 'none',
      }}
      data-testid="due-check"
      data-status={item.status}
    >
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Icon
            size={20}
            aria-hidden="true"
            color={`var(--mantine-color-${isOverdue ? 'red-8' : 'orange-9'})`}
            style={{ flexShrink: 0, marginTop: 2 }}
          />
          <Stack gap={4}>
            <div>
              <DueStatusBadge status={item.status} />
            </div>
            <Text size="sm" fw={isOverdue ? 600 : 400} c={isOverdue ? 'red.9' : undefined}>
              {item.status !== 'overdue' && item.days === 0
                ? s.due.dueToday(s.checkKinds[item.checkKind], item.supplierName)
                : s.due[item.status](
                    s.checkKinds[item.checkKind],
                    item.supplierName,
                    item.dueOn,
                    days,
                  )}
            </Text>
          </Stack>
        </Group>
        <Anchor component={Link} to={`/leverantorer/avtal/${item.contractId}`} size="sm" ml={28}>
          {s.due.open}
          <VisuallyHidden>{`: ${item.contractTitle}`}</VisuallyHidden>
        </Anchor>
      </Stack>
    </Paper>
  );
}

/**
 * What a procurement officer's start page leads with: supplier checks overdue (red) and due
 * within 30 days (amber), worst first, each linking to its contract.
 */
export function DueChecks() {
  const s = useSuppliersT();
  const due = useDueChecks();
  return (
    <section aria-labelledby="due-checks-heading" data-testid="due-checks">
      <Title order={2} size="h3" id="due-checks-heading" mb={4}>
        {s.due.heading}
      </Title>
      <Text size="sm" mb="sm">
        {s.due.intro}
      </Text>
      {due.isPending && <InlineLoader />}
      {due.isError && <ErrorAlert error={due.error} />}
      {due.data?.length === 0 && <Text size="sm">{s.due.none}</Text>}
      {due.data !== undefined && due.data.length > 0 && (
        <Stack component="ul" gap="sm" p={0} m={0}>
          {due.data.map((item) => (
            <DueRow key={`${item.contractId}-${item.checkKind}`} item={item} />
          ))}
        </Stack>
      )}
    </section>
  );
}
