import { Alert, Badge, Button, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useAcceptProposals, useProblemProposals } from '../../api/plan-proposals';
import type { PlanDetail } from '../../api/plans';
import { ErrorAlert } from '../../components/error-alert';
import { useAnnounce } from '../../components/live-region';
import { usePlansT } from '../../i18n/plans/use-plans-t';

/** Proposals the coordinator dropped, per plan and saved picture, kept in this browser. */
function droppedStorageKey(plan: PlanDetail): string {
  return `tryggve.dropped-proposals.${plan.id}.${plan.snapshot?.savedAt ?? ''}`;
}

function readDropped(plan: PlanDetail): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(droppedStorageKey(plan)) ?? '[]');
    return Array.isArray(stored) ? stored.filter((key) => typeof key === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The problems the plan's saved picture proposes (its largest rises, the week's alarms), each
 * taken in or dropped by the coordinator: ticked ones become prioritised problems, the rest
 * are dropped until the picture is saved again. Only on a draft with a saved picture.
 */
export function ProposalsSection({ plan, isEditable }: { plan: PlanDetail; isEditable: boolean }) {
  const p = usePlansT();
  const words = p.modelling.proposals;
  const announce = useAnnounce();
  const proposals = useProblemProposals(plan.id, isEditable && plan.snapshot !== null);
  const accept = useAcceptProposals(plan.id);
  const [dropped, setDropped] = useState(() => readDropped(plan));
  const [unticked, setUnticked] = useState<string[]>([]);
  const [isNoneChosen, setIsNoneChosen] = useState(false);
  const shown = (proposals.data ?? []).filter((proposal) => !dropped.includes(proposal.key));
  if (!isEditable || shown.length === 0) return null;

  const drop = (keys: string[]) => {
    const next = [...dropped, ...keys];
    localStorage.setItem(droppedStorageKey(plan), JSON.stringify(next));
    setDropped(next);
  };
  const chosen = shown.filter((proposal) => !unticked.includes(proposal.key));
  return (
    <Stack gap="xs" component="section" aria-labelledby="proposals-heading" data-testid="proposals">
      <Title order={2} size="h3" id="proposals-heading">
        {words.heading}
      </Title>
      <Text size="sm">{words.intro}</Text>
      <Stack gap="sm">
        {shown.map((proposal) => (
          <Checkbox
            key={proposal.key}
            checked={!unticked.includes(proposal.key)}
            onChange={(event) => {
              const isTicked = event.currentTarget.checked;
              setIsNoneChosen(false);
              setUnticked((keys) =>
                isTicked ? keys.filter((key) => key !== proposal.key) : [...keys, proposal.key],
              );
            }}
            aria-label={words.take(proposal.title)}
            label={
              <Stack gap={2}>
                <Group gap="xs">
                  <Text fw={600} size="sm" span>
                    {proposal.title}
                  </Text>
                  <Badge variant="outline" color="blue.9" style={{ textTransform: 'none' }}>
                    {words.sources[proposal.source]}
                  </Badge>
                </Group>
                <Text size="sm">{proposal.description}</Text>
              </Stack>
            }
          />
        ))}
      </Stack>
      {isNoneChosen && (
        <Alert color="orange" variant="light" role="alert">
          {words.noneChosen}
        </Alert>
      )}
      {accept.isError && <ErrorAlert error={accept.error} />}
      <Group gap="sm">
        <Button
          loading={accept.isPending}
          onClick={() => {
            if (chosen.length === 0) {
              setIsNoneChosen(true);
              return;
            }
            accept.mutate(
              chosen.map((proposal) => proposal.key),
              {
                onSuccess: (problems) => {
                  drop(unticked);
                  setUnticked([]);
                  announce(words.accepted(problems.length));
                },
              },
            );
          }}
        >
          {words.accept}
        </Button>
        <Button
          variant="default"
          onClick={() => {
            drop(shown.map((proposal) => proposal.key));
            announce(words.dropped);
          }}
        >
          {words.dropAll}
        </Button>
      </Group>
    </Stack>
  );
}
