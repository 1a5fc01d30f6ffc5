import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useIncidents, type IncidentFilter } from '../../api/situation';
import type { Incident, IncidentSource } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { usePageTitle } from '../../components/use-page-title';
import { useSituationT } from '../../i18n/situation/use-situation-t';
import { IncidentFilters, emptyIncidentFilter, type IncidentFilterForm } from './incident-filters';
import { useIncidentWords } from './incident-words';
import { ReviewActions } from './review-actions';

const reviewFields = ['districtId', 'categoryCode', 'source', 'organisationId'] as const;

/** Granska: the coordinator's queue of new incidents, newest reported first. */
export default function ReviewPage() {
  const s = useSituationT();
  usePageTitle(s.review.title);
  const [form, setForm] = useState<IncidentFilterForm>(emptyIncidentFilter);
  const [announcement, setAnnouncement] = useState('');
  const filter = useMemo<IncidentFilter>(
    () => ({
      status: 'new',
      districtId: form.districtId || undefined,
      categoryCode: form.categoryCode || undefined,
      source: (form.source || undefined) as IncidentSource | undefined,
      organisationId: form.organisationId || undefined,
    }),
    [form],
  );
  const queue = useIncidents(filter);
  const incidents = queue.data?.pages.flatMap((page) => page.incidents) ?? [];

  return (
    <Stack gap="md" maw={900}>
      <Title order={1}>{s.review.title}</Title>
      <Text size="sm">{s.review.intro}</Text>
      <IncidentFilters form={form} onChange={setForm} fields={reviewFields} />
      <Text role="status" size="sm" fw={600} data-testid="review-announcement">
        {announcement}
      </Text>
      {queue.isPending ? (
        <InlineLoader />
      ) : queue.data === undefined ? (
        <ErrorAlert error={queue.error} />
      ) : incidents.length === 0 ? (
        <Text>{s.review.empty}</Text>
      ) : (
        <>
          <Stack gap="sm" component="ul" className="plain-list" data-testid="review-queue">
            {incidents.map((incident) => (
              <li key={incident.id}>
                <ReviewCard incident={incident} onDone={setAnnouncement} />
              </li>
            ))}
          </Stack>
          <Group gap="md">
            {queue.hasNextPage && (
              <Button
                variant="default"
                loading={queue.isFetchingNextPage}
                onClick={() => void queue.fetchNextPage()}
              >
                {s.incidents.loadMore}
              </Button>
            )}
            <Text size="sm">
              {queue.hasNextPage
                ? s.incidents.shown(incidents.length)
                : s.incidents.allLoaded(incidents.length)}
            </Text>
          </Group>
          {queue.isError && <ErrorAlert error={queue.error} />}
        </>
      )}
    </Stack>
  );
}

function ReviewCard({
  incident,
  onDone,
}: {
  incident: Incident;
  onDone: (message: string) => void;
}) {
  const s = useSituationT();
  const words = useIncidentWords();
  const organisation = words.organisation(incident);
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-labelledby={`incident-${incident.id}`}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Title order={2} size="h4" id={`incident-${incident.id}`}>
            <Text
              component={Link}
              to={`/lagesbild/handelser/${incident.id}`}
              inherit
              c="blue.9"
              td="underline"
            >
              {words.what(incident)}
            </Text>
          </Title>
          <Badge variant="outline" color="gray.8" miw="max-content">
            {s.sources[incident.source]}
          </Badge>
        </Group>
        <Text size="sm">
          <Text span fw={600}>
            {s.incident.when}:
          </Text>{' '}
          {words.when(incident)}
        </Text>
        <Text size="sm">
          <Text span fw={600}>
            {s.incident.where}:
          </Text>{' '}
          {words.where(incident)}
        </Text>
        {organisation !== null && (
          <Text size="sm">
            <Text span fw={600}>
              {s.incident.organisation}:
            </Text>{' '}
            {organisation}
          </Text>
        )}
        <Text size="sm" className="incident-description">
          {incident.description === '' ? s.incident.noDescription : incident.description}
        </Text>
        <ReviewActions incident={incident} onDone={onDone} />
      </Stack>
    </Paper>
  );
}
