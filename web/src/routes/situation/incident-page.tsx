import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useCurrentUser } from '../../api/session';
import { useIncident } from '../../api/situation';
import type { Incident } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { usePageTitle } from '../../components/use-page-title';
import { formatDateTime, formatList } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { useSituationT } from '../../i18n/situation/use-situation-t';
import { useIncidentWords } from './incident-words';
import { FlagForMeeting } from '../partnership/flag-for-meeting';
import { ReviewActions } from './review-actions';

/** One incident with everything the API tells about it; a coordinator can decide on it here. */
export default function IncidentPage() {
  const s = useSituationT();
  const { id } = useParams();
  const incident = useIncident(id);
  const words = useIncidentWords();
  usePageTitle(incident.data ? words.what(incident.data) : s.incidents.title);

  return (
    <Stack gap="md" maw={800}>
      <Anchor component={Link} to="/lagesbild/handelser">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden="true" />
          {s.incident.back}
        </Group>
      </Anchor>
      {incident.isPending ? (
        <InlineLoader />
      ) : incident.isError ? (
        <>
          <Title order={1}>{s.incidents.title}</Title>
          {isApiError(incident.error) && incident.error.code === 'NOT_FOUND' ? (
            <Text role="alert">{s.notFound}</Text>
          ) : (
            <ErrorAlert error={incident.error} />
          )}
        </>
      ) : (
        <IncidentDetails incident={incident.data} />
      )}
    </Stack>
  );
}

function IncidentDetails({ incident }: { incident: Incident }) {
  const s = useSituationT();
  const { locale } = useI18n();
  const user = useCurrentUser();
  const words = useIncidentWords();
  const [announcement, setAnnouncement] = useState('');
  const assessment = (value: number | null, levels: Record<1 | 2 | 3 | 4, string>) =>
    value === null
      ? s.incident.none
      : s.incident.assessment(value, levels[value as 1 | 2 | 3 | 4] ?? '');
  const districts = words.districtsOf(incident);
  const rows: [string, string][] = [
    [s.incident.when, words.when(incident)],
    [s.incident.timePrecision, s.timePrecision[incident.timePrecision]],
    [s.incident.where, words.where(incident)],
    [
      s.incident.districts,
      districts.length === 0 ? s.incident.none : formatList(districts, locale),
    ],
    [s.incident.precision, s.precision[incident.location.precision]],
    [s.incident.severity, assessment(incident.severity, s.severity.levels)],
    [s.incident.unsafety, assessment(incident.unsafety, s.unsafety.levels)],
    [
      s.incident.peopleCount,
      incident.peopleCount === null ? s.incident.none : String(incident.peopleCount),
    ],
    [s.incident.reportedAt, formatDateTime(incident.reportedAt, locale)],
    [s.incident.source, s.sources[incident.source]],
    ...(incident.sourceId === null
      ? []
      : [[s.incident.sourceId, incident.sourceId] as [string, string]]),
    ...(words.organisation(incident) === null
      ? []
      : [[s.incident.organisation, words.organisation(incident) ?? ''] as [string, string]]),
    ...(incident.archiveReason === null
      ? []
      : [[s.incident.archiveReason, incident.archiveReason] as [string, string]]),
  ];

  return (
    <Stack gap="md">
      <Group gap="sm" align="center">
        <Title order={1}>{words.what(incident)}</Title>
        <Badge variant="outline" color="gray.8" size="lg" data-testid="incident-status">
          {s.statuses[incident.status]}
        </Badge>
      </Group>
      <Table variant="vertical" withTableBorder layout="fixed">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={{ base: 130, sm: 220 }}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
          {incident.duplicateOfId !== null && (
            <Table.Tr>
              <Table.Th>{s.incident.duplicateOf}</Table.Th>
              <Table.Td>
                <Anchor component={Link} to={`/lagesbild/handelser/${incident.duplicateOfId}`}>
                  {incident.duplicateOfId}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
      <Paper
        withBorder
        p="md"
        radius="md"
        component="section"
        aria-labelledby="description-heading"
      >
        <Title order={2} size="h4" id="description-heading" mb="xs">
          {s.incident.description}
        </Title>
        <Text className="incident-description">
          {incident.textRemovedAt
            ? s.incident.textRemoved(formatDateTime(incident.textRemovedAt, locale))
            : incident.description === ''
              ? s.incident.noDescription
              : incident.description}
        </Text>
        {incident.personalDataKinds.length > 0 && (
          <Text size="sm" mt="xs">
            {s.incident.keptPersonalData}:{' '}
            {formatList(
              incident.personalDataKinds.map(
                (kind) => s.personalData[kind as keyof typeof s.personalData] ?? kind,
              ),
              locale,
            )}
          </Text>
        )}
      </Paper>
      {user.roles.includes('coordinator') && (
        <>
          <Text role="status" size="sm" fw={600}>
            {announcement}
          </Text>
          <ReviewActions incident={incident} onDone={setAnnouncement} />
          <FlagForMeeting incidentId={incident.id} />
        </>
      )}
    </Stack>
  );
}
