import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconFileText } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useAssignTask, useCreateReport, useRound, type RoundDetail } from '../../api/follow-up';
import { usePlanContacts } from '../../api/plan-modelling';
import { usePlan } from '../../api/plans';
import { useCurrentUser } from '../../api/session';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { ScrollableTable } from '../../components/scrollable-table';
import { usePageTitle } from '../../components/use-page-title';
import { formatDate, formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { usePlansT } from '../../i18n/plans/use-plans-t';
import { ColourBadge } from '../plans/plan-badges';
import { PlanErrorAlert } from '../plans/plan-error';
import { canManagePlans } from '../plans/plans-page';

type RoundTask = RoundDetail['tasks'][number];

/**
 * Who reports a task: a choice among the municipality's active users, as a coordinator may
 * list them (name and organisation; the admin's user list is not needed).
 */
function AssigneeSelect({ task, measure }: { task: RoundTask; measure: string }) {
  const p = usePlansT();
  const users = usePlanContacts();
  const assign = useAssignTask();
  const options = (users.data ?? []).map((user) => ({
    value: user.id,
    label:
      user.organisationName === ''
        ? user.displayName
        : `${user.displayName} (${user.organisationName})`,
  }));
  return (
    <Stack gap={4}>
      <NativeSelect
        aria-label={p.round.assignLabel(measure)}
        value={task.assigneeUserId ?? ''}
        disabled={users.isPending || assign.isPending}
        data={[{ value: '', label: p.round.nobody, disabled: true }, ...options]}
        onChange={(event) =>
          assign.mutate({ taskId: task.id, assigneeUserId: event.currentTarget.value })
        }
        size="sm"
      />
      {assign.isError && <PlanErrorAlert error={assign.error} />}
    </Stack>
  );
}

function TasksTable({ round, canAssign }: { round: RoundDetail; canAssign: boolean }) {
  const p = usePlansT();
  const { locale } = useI18n();
  const user = useCurrentUser();
  const columns = p.round.columns;
  return (
    <ScrollableTable label={p.round.tasksLabel} minWidth={900}>
      <Table striped verticalSpacing="sm" data-testid="round-tasks">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{columns.measure}</Table.Th>
            <Table.Th>{columns.responsible}</Table.Th>
            <Table.Th>{columns.assignee}</Table.Th>
            <Table.Th>{columns.status}</Table.Th>
            <Table.Th>{columns.delivery}</Table.Th>
            <Table.Th>{columns.reportedAt}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {round.tasks.map((task) => {
            const measure = task.measure?.measure ?? '–';
            return (
              <Table.Tr key={task.id} data-testid="round-task">
                <Table.Th scope="row" fw={600}>
                  {measure}
                </Table.Th>
                <Table.Td>{task.measure?.responsible ?? ''}</Table.Td>
                <Table.Td>
                  {canAssign ? (
                    <AssigneeSelect task={task} measure={measure} />
                  ) : task.assigneeUserId === null ? (
                    p.round.nobody
                  ) : task.assigneeUserId === user.id ? (
                    user.displayName
                  ) : (
                    p.round.assignedUser
                  )}
                </Table.Td>
                <Table.Td>
                  <ColourBadge colour={task.colour} />
                </Table.Td>
                <Table.Td>
                  {task.deliveryState === null ? '' : p.deliveryStates[task.deliveryState]}
                  {task.delivery !== '' && <Text size="sm">{task.delivery}</Text>}
                </Table.Td>
                <Table.Td>
                  {task.reportedAt === null
                    ? p.round.notReported
                    : formatDate(task.reportedAt, locale)}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollableTable>
  );
}

function ReportsPart({ round, canManage }: { round: RoundDetail; canManage: boolean }) {
  const p = usePlansT();
  const { locale } = useI18n();
  const navigate = useNavigate();
  const createReport = useCreateReport(round.id);
  return (
    <Stack gap="xs" component="section" aria-labelledby="reports-heading">
      <Title order={2} size="h3" id="reports-heading">
        {p.round.reportsHeading}
      </Title>
      <Text size="sm">{p.round.reportsIntro}</Text>
      {round.reports.map((report) => (
        <Anchor key={report.id} component={Link} to={`/uppfoljning/rapporter/${report.id}`}>
          {report.finalizedAt === null
            ? p.round.openReport(formatDate(report.createdAt, locale))
            : p.round.finalReport(formatDate(report.finalizedAt, locale))}
        </Anchor>
      ))}
      {canManage && round.reports.length === 0 && (
        <Group>
          <Button
            leftSection={<IconFileText size={16} aria-hidden="true" />}
            loading={createReport.isPending}
            onClick={() =>
              createReport.mutate(undefined, {
                onSuccess: (report) => void navigate(`/uppfoljning/rapporter/${report.id}`),
              })
            }
          >
            {p.round.createReport}
          </Button>
        </Group>
      )}
      {createReport.isError && <PlanErrorAlert error={createReport.error} />}
    </Stack>
  );
}

/** One follow-up round: progress, the task per measure and who reports it, and its report. */
export default function RoundPage() {
  const p = usePlansT();
  const { locale } = useI18n();
  const { id } = useParams();
  const user = useCurrentUser();
  const round = useRound(id);
  const plan = usePlan(round.data?.planId);
  usePageTitle(round.data?.label ?? p.rounds.heading);

  if (round.isPending) return <InlineLoader />;
  if (round.data === undefined) {
    return (
      <Stack gap="md">
        {isApiError(round.error) && round.error.status === 404 ? (
          <Alert color="orange" variant="light" role="alert">
            {p.round.notFound}
          </Alert>
        ) : (
          <ErrorAlert error={round.error} />
        )}
      </Stack>
    );
  }
  const item = round.data;
  const isOverdue = item.daysOverdue > 0 && !item.isReported;
  const progressText = p.rounds.progress(item.reportedCount, item.taskCount);
  const percent = item.taskCount === 0 ? 0 : (item.reportedCount / item.taskCount) * 100;
  return (
    <Stack gap="lg" maw={1200}>
      <Anchor component={Link} to={`/handlingsplaner/${item.planId}`}>
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden="true" />
          {plan.data === undefined ? p.round.backPlain : p.round.back(plan.data.title)}
        </Group>
      </Anchor>
      <Stack gap="xs">
        <Title order={1}>{item.label}</Title>
        {plan.data !== undefined && <Text>{plan.data.title}</Text>}
      </Stack>
      <Paper withBorder p="md" radius="md">
        <Stack gap="xs">
          <Group gap="xs">
            <Text>{p.rounds.due(item.dueOn)}</Text>
            {item.isFinal && (
              <Badge variant="outline" color="gray.8">
                {p.rounds.final}
              </Badge>
            )}
          </Group>
          {isOverdue && (
            <Text fw={600} c="red.9" data-testid="round-overdue">
              {p.rounds.overdue(p.days(item.daysOverdue, formatNumber(item.daysOverdue, locale)))}
            </Text>
          )}
          <Text data-testid="round-progress">
            {progressText}.{' '}
            {p.rounds.colours(item.byColour.green, item.byColour.yellow, item.byColour.red)}
          </Text>
          <Progress value={percent} aria-label={progressText} />
        </Stack>
      </Paper>
      <Stack gap="xs" component="section" aria-labelledby="tasks-heading">
        <Title order={2} size="h3" id="tasks-heading">
          {p.round.tasksHeading}
        </Title>
        <TasksTable round={item} canAssign={canManagePlans(user.roles)} />
      </Stack>
      <ReportsPart round={item} canManage={canManagePlans(user.roles)} />
    </Stack>
  );
}
