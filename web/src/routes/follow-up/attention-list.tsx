import {
  Alert,
  Anchor,
  Badge,
  Group,
  Paper,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconAlertTriangle, IconClock } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useAttention, useMyTasks, type AttentionItem } from '../../api/follow-up';
import { useCurrentUser } from '../../api/session';
import { can } from '../../api/permissions';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { usePlansT } from '../../i18n/plans/use-plans-t';

function AttentionRow({ item }: { item: AttentionItem }) {
  const p = usePlansT();
  const { locale } = useI18n();
  const days = p.days(item.days, formatNumber(item.days, locale));
  const round = item.roundLabel ?? p.attention.unnamedRound;
  const sentence =
    item.kind === 'plan_expired' || item.kind === 'plan_expiring'
      ? p.attention[item.kind](item.planTitle, item.day, days)
      : p.attention[item.kind](round, item.planTitle, item.day, days);
  const isRed = item.severity === 'red';
  const Icon = isRed ? IconAlertTriangle : IconClock;
  const target =
    item.roundId === null ? `/handlingsplaner/${item.planId}` : `/uppfoljning/${item.roundId}`;
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="md"
      className="attention-item"
      style={{
        borderLeft: `6px solid var(--mantine-color-${isRed ? 'red-8' : 'orange-6'})`,
        listStyle: 'none',
      }}
      data-testid="attention-item"
      data-kind={item.kind}
    >
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Icon
            size={20}
            aria-hidden="true"
            color={`var(--mantine-color-${isRed ? 'red-8' : 'orange-9'})`}
            style={{ flexShrink: 0, marginTop: 2 }}
          />
          <Stack gap={4}>
            <Badge color={isRed ? 'red.9' : 'orange.9'} variant={isRed ? 'filled' : 'outline'}>
              {p.attention.badges[item.kind]}
            </Badge>
            <Text size="sm" fw={isRed ? 600 : 400} c={isRed ? 'red.9' : undefined}>
              {sentence}
            </Text>
            {item.taskCount !== null && item.reportedCount !== null && (
              <Text size="sm">{p.attention.progress(item.reportedCount, item.taskCount)}</Text>
            )}
          </Stack>
        </Group>
        <Anchor component={Link} to={target} size="sm" ml={28}>
          {item.roundId === null ? p.attention.openPlan : p.attention.openRound}
          <VisuallyHidden>{`: ${item.planTitle}`}</VisuallyHidden>
        </Anchor>
      </Stack>
    </Paper>
  );
}

/**
 * What the start page leads with: overdue follow-ups and expired plans in red, coming ones
 * in amber, each with how long and a link to the round or plan; and the person's own tasks.
 */
export function AttentionList() {
  const p = usePlansT();
  const user = useCurrentUser();
  // Plans' follow-ups are for those who run them; everyone sees their own tasks.
  const isReader = can(user.roles, 'follow_up.manage');
  const attention = useAttention(isReader);
  const myTasks = useMyTasks();
  const openTasks = (myTasks.data ?? []).filter((task) => task.reportedAt === null).length;
  if (!isReader && openTasks === 0) return null;

  return (
    <section aria-labelledby="attention-heading" data-testid="attention">
      <Title order={2} size="h3" id="attention-heading" mb={4}>
        {p.attention.heading}
      </Title>
      {isReader && (
        <Text size="sm" mb="sm">
          {p.attention.intro}
        </Text>
      )}
      <Stack gap="sm">
        {openTasks > 0 && (
          <Alert color="blue" variant="light" data-testid="my-tasks-note">
            <Group gap="xs">
              <Text size="sm">{p.attention.myTasks(openTasks)}</Text>
              <Anchor component={Link} to="/mina-uppgifter" size="sm" c="blue.9" fw={600}>
                {p.attention.myTasksLink}
              </Anchor>
            </Group>
          </Alert>
        )}
        {isReader && attention.isPending && <InlineLoader />}
        {isReader && attention.isError && <ErrorAlert error={attention.error} />}
        {isReader && attention.data?.length === 0 && <Text size="sm">{p.attention.none}</Text>}
        {isReader && attention.data !== undefined && attention.data.length > 0 && (
          <Stack component="ul" gap="sm" p={0} m={0}>
            {attention.data.map((item) => (
              <AttentionRow key={`${item.kind}-${item.planId}-${item.day}`} item={item} />
            ))}
          </Stack>
        )}
      </Stack>
    </section>
  );
}
