import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  deliveryStates,
  useMarkNotificationRead,
  useMyTasks,
  useNotifications,
  useReportTask,
  type DeliveryState,
  type MyTask,
} from '../../api/follow-up';
import { measureStatusColours, type MeasureStatusColour } from '../../api/plans';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { usePageTitle } from '../../components/use-page-title';
import { formatDate, toStockholmDay } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { usePlansT } from '../../i18n/plans/use-plans-t';
import { ColourBadge } from '../plans/plan-badges';
import { PlanErrorAlert } from '../plans/plan-error';
import { DueCaseFollowUps } from '../interventions/due-case-follow-ups';

/** The report form of one task: status, delivery, process, effect, hours and cost. */
function TaskForm({ task }: { task: MyTask }) {
  const p = usePlansT();
  const { locale } = useI18n();
  const words = p.myTasks;
  const report = useReportTask(task.id);
  const [colour, setColour] = useState<MeasureStatusColour | null>(task.colour);
  const [deliveryState, setDeliveryState] = useState<DeliveryState | null>(task.deliveryState);
  const [texts, setTexts] = useState({
    delivery: task.delivery,
    process: task.process,
    effect: task.effect,
  });
  const [hours, setHours] = useState<number | string>(task.hoursSpent ?? '');
  const [cost, setCost] = useState<number | string>(task.costSek ?? '');
  const [isSubmitted, setIsSubmitted] = useState(false);
  const isOverdue = task.reportedAt === null && task.dueOn < toStockholmDay(new Date());
  const headingId = `task-${task.id}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (colour === null || deliveryState === null) return;
    report.mutate({
      colour,
      deliveryState,
      ...texts,
      hoursSpent: typeof hours === 'number' ? hours : null,
      costSek: typeof cost === 'number' ? cost : null,
    });
  };

  return (
    <Paper
      component="article"
      withBorder
      p="md"
      radius="md"
      aria-labelledby={headingId}
      data-testid="my-task"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Stack gap={2}>
            <Title order={3} size="h4" id={headingId}>
              {task.measureTitle}
            </Title>
            <Text size="sm">
              {task.planTitle} · {task.roundLabel}
            </Text>
            <Group gap="xs">
              <Text size="sm" fw={isOverdue ? 600 : undefined} c={isOverdue ? 'red.9' : undefined}>
                {words.due(task.dueOn)}
                {isOverdue && ` – ${words.overdue}`}
              </Text>
              {task.reportedAt !== null && (
                <Text size="sm">· {words.reportedAt(formatDate(task.reportedAt, locale))}</Text>
              )}
            </Group>
            {task.reportedAt !== null && <ColourBadge colour={task.colour} />}
          </Stack>
          <Radio.Group
            label={words.colour}
            value={colour ?? ''}
            onChange={(value) => setColour(value as MeasureStatusColour)}
            error={isSubmitted && colour === null ? words.chooseColour : undefined}
            withAsterisk
          >
            <Group gap="md" mt={4}>
              {measureStatusColours.map((option) => (
                <Radio key={option} value={option} label={p.colours[option]} />
              ))}
            </Group>
          </Radio.Group>
          <Radio.Group
            label={words.deliveryState}
            value={deliveryState ?? ''}
            onChange={(value) => setDeliveryState(value as DeliveryState)}
            error={isSubmitted && deliveryState === null ? words.chooseDelivery : undefined}
            withAsterisk
          >
            <Group gap="md" mt={4}>
              {deliveryStates.map((option) => (
                <Radio key={option} value={option} label={p.deliveryStates[option]} />
              ))}
            </Group>
          </Radio.Group>
          {(['delivery', 'process', 'effect'] as const).map((field) => (
            <Textarea
              key={field}
              label={words[field]}
              description={words[`${field}Help`]}
              autosize
              minRows={2}
              maxLength={8000}
              value={texts[field]}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setTexts((current) => ({ ...current, [field]: value }));
              }}
            />
          ))}
          <Group grow align="flex-start" wrap="wrap">
            <NumberInput label={words.hours} min={0} value={hours} onChange={setHours} />
            <NumberInput
              label={words.cost}
              min={0}
              thousandSeparator=" "
              value={cost}
              onChange={setCost}
            />
          </Group>
          {report.isError && <PlanErrorAlert error={report.error} />}
          <Group>
            <Button type="submit" loading={report.isPending}>
              {words.save}
            </Button>
            <div role="status">
              {report.isSuccess && !report.isPending && <Text size="sm">{words.saved}</Text>}
            </div>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function Notifications() {
  const p = usePlansT();
  const { locale } = useI18n();
  const notifications = useNotifications();
  const markRead = useMarkNotificationRead();
  if (notifications.data === undefined || notifications.data.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="notifications-heading">
      <Title order={2} size="h3" id="notifications-heading">
        {p.myTasks.notificationsHeading}
      </Title>
      {notifications.data.map((notice) => (
        <Alert
          key={notice.id}
          color={notice.kind === 'escalation' ? 'red' : 'blue'}
          variant="light"
          data-testid="notification"
        >
          <Stack gap={4}>
            <Text size="sm">{notice.message}</Text>
            <Group gap="xs">
              <Text size="sm">{formatDate(notice.createdAt, locale)}</Text>
              <Button
                size="compact-sm"
                variant="default"
                loading={markRead.isPending && markRead.variables === notice.id}
                onClick={() => markRead.mutate(notice.id)}
              >
                {p.myTasks.markRead}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ))}
    </Stack>
  );
}

/** "Mina uppgifter": the signed-in person's follow-up tasks, to report one by one. */
export default function MyTasksPage() {
  const p = usePlansT();
  const words = p.myTasks;
  usePageTitle(words.title);
  const tasks = useMyTasks();
  const open = (tasks.data ?? []).filter((task) => task.reportedAt === null);
  const done = (tasks.data ?? []).filter((task) => task.reportedAt !== null);
  return (
    <Stack gap="lg" maw={900}>
      <Stack gap="xs">
        <Title order={1}>{words.title}</Title>
        <Text>{words.intro}</Text>
      </Stack>
      <Notifications />
      <DueCaseFollowUps />
      {tasks.isPending && <InlineLoader />}
      {tasks.isError && <ErrorAlert error={tasks.error} />}
      {tasks.data?.length === 0 && <Text>{words.none}</Text>}
      {open.length > 0 && (
        <Stack gap="sm" component="section" aria-labelledby="open-tasks-heading">
          <Title order={2} size="h3" id="open-tasks-heading">
            {words.openHeading}
          </Title>
          {open.map((task) => (
            <TaskForm key={task.id} task={task} />
          ))}
        </Stack>
      )}
      {done.length > 0 && (
        <Stack gap="sm" component="section" aria-labelledby="done-tasks-heading">
          <Title order={2} size="h3" id="done-tasks-heading">
            {words.doneHeading}
          </Title>
          {done.map((task) => (
            <TaskForm key={task.id} task={task} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
