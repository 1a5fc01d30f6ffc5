import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArchive, IconCheck, IconCopy, IconRotate } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/client';
import { useIncidentCandidates, useReviewIncident } from '../../api/situation';
import type { Incident, ReviewDecision } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { useT } from '../../i18n/i18n-context';
import { useSituationT } from '../../i18n/situation/use-situation-t';
import { useIncidentWords } from './incident-words';
import { AppModal } from '../../components/app-modal';

const dayMs = 86_400_000;
/** How far before and after an incident its possible originals are looked for. */
const candidateWindowDays = 3;

/** The review problems of 400 INCIDENT_INVALID in words; other errors as usual. */
function ReviewError({ error }: { error: unknown }) {
  const s = useSituationT();
  const problems = isApiError(error)
    ? ((error.details as { problems?: { problem: string }[] } | undefined)?.problems ?? [])
    : [];
  const messages: Partial<Record<string, string>> = {};
  const first = problems[0]?.problem;
  if (first !== undefined && Object.hasOwn(s.review.problems, first)) {
    messages.INCIDENT_INVALID = s.review.problems[first as keyof typeof s.review.problems];
  }
  return <ErrorAlert error={error} messages={messages} />;
}

/**
 * A coordinator's decisions on one incident: confirm, link as a duplicate of another, archive
 * with a reason, or (once decided) put it back among the new ones.
 */
export function ReviewActions({
  incident,
  onDone,
}: {
  incident: Incident;
  onDone: (message: string) => void;
}) {
  const s = useSituationT();
  const t = useT();
  const words = useIncidentWords();
  const review = useReviewIncident();
  const [duplicateOpen, duplicate] = useDisclosure(false);
  const [archiveOpen, archive] = useDisclosure(false);
  const what = `${words.what(incident)}, ${words.when(incident)}`;

  const decide = (decision: ReviewDecision, message: string, close?: () => void) =>
    review.mutate(
      { id: incident.id, review: decision },
      {
        onSuccess: () => {
          close?.();
          onDone(message);
        },
      },
    );

  return (
    <Stack gap="xs">
      {review.isError && !duplicateOpen && !archiveOpen && <ReviewError error={review.error} />}
      <Group gap="xs" role="group" aria-label={s.review.actionsFor(what)}>
        {incident.status === 'new' ? (
          <>
            <Button
              leftSection={<IconCheck size={16} aria-hidden="true" />}
              loading={review.isPending && review.variables.review.decision === 'reviewed'}
              onClick={() => decide({ decision: 'reviewed' }, s.review.confirmed)}
            >
              {s.review.confirm}
            </Button>
            <Button
              variant="default"
              leftSection={<IconCopy size={16} aria-hidden="true" />}
              onClick={() => {
                review.reset();
                duplicate.open();
              }}
            >
              {s.review.duplicate}
            </Button>
            <Button
              variant="default"
              leftSection={<IconArchive size={16} aria-hidden="true" />}
              onClick={() => {
                review.reset();
                archive.open();
              }}
            >
              {s.review.archive}
            </Button>
          </>
        ) : (
          <Button
            variant="default"
            leftSection={<IconRotate size={16} aria-hidden="true" />}
            loading={review.isPending}
            onClick={() => decide({ decision: 'new' }, s.review.reopened)}
          >
            {s.review.reopen}
          </Button>
        )}
      </Group>
      <AppModal
        opened={duplicateOpen}
        onClose={duplicate.close}
        title={s.review.duplicateHeading}
        closeButtonProps={{ 'aria-label': t.common.close }}
        size="lg"
      >
        {duplicateOpen && (
          <DuplicateForm
            incident={incident}
            isPending={review.isPending}
            error={review.isError ? review.error : null}
            onCancel={duplicate.close}
            onSubmit={(duplicateOfId) =>
              decide(
                { decision: 'duplicate', duplicateOfId },
                s.review.markedDuplicate,
                duplicate.close,
              )
            }
          />
        )}
      </AppModal>
      <AppModal
        opened={archiveOpen}
        onClose={archive.close}
        title={s.review.archiveHeading}
        closeButtonProps={{ 'aria-label': t.common.close }}
      >
        {archiveOpen && (
          <ArchiveForm
            isPending={review.isPending}
            error={review.isError ? review.error : null}
            onCancel={archive.close}
            onSubmit={(reason) =>
              decide({ decision: 'archived', reason }, s.review.archived, archive.close)
            }
          />
        )}
      </AppModal>
    </Stack>
  );
}

function DuplicateForm({
  incident,
  isPending,
  error,
  onCancel,
  onSubmit,
}: {
  incident: Incident;
  isPending: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (duplicateOfId: string) => void;
}) {
  const s = useSituationT();
  const t = useT();
  const words = useIncidentWords();
  const [chosen, setChosen] = useState('');
  const [choiceError, setChoiceError] = useState<string>();
  const at = Date.parse(incident.occurredAt);
  const candidates = useIncidentCandidates(
    {
      categoryCode: incident.categoryCode,
      from: new Date(at - candidateWindowDays * dayMs).toISOString(),
      to: new Date(at + candidateWindowDays * dayMs).toISOString(),
    },
    true,
  );
  const nearby = (candidates.data ?? [])
    .filter(
      (candidate) =>
        candidate.id !== incident.id &&
        candidate.status !== 'duplicate' &&
        candidate.status !== 'archived',
    )
    .map((candidate) => ({
      candidate,
      // Same district first, then closest in time.
      distance:
        Math.abs(Date.parse(candidate.occurredAt) - at) +
        (candidate.districtIds.some((id) => incident.districtIds.includes(id)) ? 0 : 30 * dayMs),
    }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 10)
    .map(({ candidate }) => candidate);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (chosen === '') {
      setChoiceError(s.review.duplicateChoose);
      return;
    }
    onSubmit(chosen);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{s.review.duplicateIntro}</Text>
        {candidates.isPending ? (
          <InlineLoader />
        ) : candidates.isError ? (
          <ErrorAlert error={candidates.error} />
        ) : nearby.length === 0 ? (
          <Text>{s.review.duplicateNone}</Text>
        ) : (
          <Radio.Group
            label={s.review.duplicateOf}
            value={chosen}
            onChange={(value) => {
              setChosen(value);
              setChoiceError(undefined);
            }}
            error={choiceError}
            required
          >
            <Stack gap="xs" mt="xs">
              {nearby.map((candidate) => (
                <Radio
                  key={candidate.id}
                  value={candidate.id}
                  label={`${words.what(candidate)}, ${words.when(candidate)}`}
                  description={`${words.where(candidate)}${candidate.description === '' ? '' : ` – ${candidate.description.slice(0, 120)}`}`}
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
        {error !== null && <ReviewError error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t.common.cancel}
          </Button>
          <Button type="submit" loading={isPending} disabled={nearby.length === 0}>
            {s.review.duplicateSubmit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ArchiveForm({
  isPending,
  error,
  onCancel,
  onSubmit,
}: {
  isPending: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (reason: string) => void;
}) {
  const s = useSituationT();
  const t = useT();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setReasonError(s.review.archiveReasonRequired);
      return;
    }
    onSubmit(reason.trim());
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Textarea
          label={s.review.archiveReason}
          description={s.review.archiveReasonHelp}
          required
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={reasonError}
          data-autofocus
        />
        {error !== null && <ReviewError error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t.common.cancel}
          </Button>
          <Button type="submit" color="red.9" loading={isPending}>
            {s.review.archiveSubmit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
