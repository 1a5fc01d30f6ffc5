import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Progress,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import {
  useCreateRound,
  useCreateRoundsFromInterval,
  useRounds,
  type RoundProgress,
} from '../../api/follow-up';
import type { Plan } from '../../api/plans';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { usePlansT } from '../../i18n/plans/use-plans-t';
import { PlanErrorAlert } from '../plans/plan-error';

function RoundCard({ round }: { round: RoundProgress }) {
  const p = usePlansT();
  const { locale } = useI18n();
  const words = p.rounds;
  const isOverdue = round.daysOverdue > 0 && !round.isReported;
  const percent = round.taskCount === 0 ? 0 : (round.reportedCount / round.taskCount) * 100;
  const progressText = words.progress(round.reportedCount, round.taskCount);
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="md"
      style={{ listStyle: 'none' }}
      data-testid="round"
    >
      <Stack gap={6}>
        <Group gap="xs" justify="space-between">
          <Anchor component={Link} to={`/uppfoljning/${round.id}`} fw={600}>
            {round.label}
          </Anchor>
          <Group gap={6}>
            {round.isFinal && (
              <Badge variant="outline" color="gray.8">
                {words.final}
              </Badge>
            )}
            {round.isReported && (
              <Badge variant="outline" color="green.9">
                {words.reported}
              </Badge>
            )}
          </Group>
        </Group>
        <Text size="sm">{words.due(round.dueOn)}</Text>
        {isOverdue && (
          <Text size="sm" fw={600} c="red.9">
            {words.overdue(p.days(round.daysOverdue, formatNumber(round.daysOverdue, locale)))}
          </Text>
        )}
        <Text size="sm">
          {progressText}.{' '}
          {words.colours(round.byColour.green, round.byColour.yellow, round.byColour.red)}
        </Text>
        <Progress value={percent} aria-label={progressText} />
      </Stack>
    </Paper>
  );
}

/**
 * The plan's follow-up rounds with their progress; coordinators make the rounds the interval
 * gives, or one by hand.
 */
export function RoundsSection({ plan, canManage }: { plan: Plan; canManage: boolean }) {
  const p = usePlansT();
  const words = p.rounds;
  const rounds = useRounds(plan.id);
  const fromInterval = useCreateRoundsFromInterval(plan.id);
  const createRound = useCreateRound(plan.id);
  const [label, setLabel] = useState('');
  const [dueOn, setDueOn] = useState('');
  const isAdopted = plan.decision !== null;

  const add = (event: FormEvent) => {
    event.preventDefault();
    createRound.mutate(
      { label: label.trim(), dueOn },
      {
        onSuccess: () => {
          setLabel('');
          setDueOn('');
        },
      },
    );
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="rounds-heading" data-testid="rounds">
      <Title order={2} size="h3" id="rounds-heading">
        {words.heading}
      </Title>
      <Text size="sm">{words.intro(p.plan.interval(plan.followUpIntervalMonths))}</Text>
      {rounds.isPending && <InlineLoader />}
      {rounds.isError && <ErrorAlert error={rounds.error} />}
      {rounds.data?.length === 0 && <Text size="sm">{words.none}</Text>}
      {rounds.data !== undefined && rounds.data.length > 0 && (
        <Stack component="ul" gap="sm" p={0} m={0}>
          {rounds.data.map((round) => (
            <RoundCard key={round.id} round={round} />
          ))}
        </Stack>
      )}
      {canManage && isAdopted && (
        <Stack gap="sm">
          <Group>
            <Button
              variant="default"
              loading={fromInterval.isPending}
              onClick={() => fromInterval.mutate()}
            >
              {words.fromInterval}
            </Button>
          </Group>
          <div role="status">
            {fromInterval.isSuccess && (
              <Text size="sm">{words.fromIntervalDone(fromInterval.data.length)}</Text>
            )}
          </div>
          {fromInterval.isError && <PlanErrorAlert error={fromInterval.error} />}
          <form onSubmit={add} data-testid="add-round">
            <Stack gap="xs">
              <Title order={3} size="h5">
                {words.addHeading}
              </Title>
              <Group align="flex-end" wrap="wrap" gap="sm">
                <TextInput
                  label={words.label}
                  value={label}
                  onChange={(event) => setLabel(event.currentTarget.value)}
                  required
                />
                <TextInput
                  type="date"
                  label={words.dueOn}
                  value={dueOn}
                  onChange={(event) => setDueOn(event.currentTarget.value)}
                  required
                />
                <Button type="submit" variant="default" loading={createRound.isPending}>
                  {words.add}
                </Button>
              </Group>
              {createRound.isError && <PlanErrorAlert error={createRound.error} />}
            </Stack>
          </form>
        </Stack>
      )}
    </Stack>
  );
}
