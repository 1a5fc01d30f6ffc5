import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCurrentUser } from '../../api/session';
import { useIncidents, type IncidentFilter } from '../../api/situation';
import type { Incident, IncidentSource, IncidentStatus } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { ScrollableTable } from '../../components/scrollable-table';
import { usePageTitle } from '../../components/use-page-title';
import { startOfStockholmDay } from '../../i18n/format';
import { useSituationT } from '../../i18n/situation/use-situation-t';
import {
  IncidentFilters,
  type IncidentFilterField,
  type IncidentFilterForm,
} from './incident-filters';
import { IncidentExport } from './incident-export';
import { useIncidentWords } from './incident-words';
import { can } from '../../api/permissions';

const listFields: readonly IncidentFilterField[] = [
  'from',
  'to',
  'districtId',
  'categoryCode',
  'source',
  'status',
  'organisationId',
];

function readForm(params: URLSearchParams): IncidentFilterForm {
  return Object.fromEntries(
    listFields.map((field) => [field, params.get(field) ?? '']),
  ) as unknown as IncidentFilterForm;
}

/** Händelser: every incident one may read, with filters kept in the address (so it can be linked). */
export default function IncidentsPage() {
  const s = useSituationT();
  usePageTitle(s.incidents.title);
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const form = readForm(params);
  const formKey = params.toString();
  const filter = useMemo<IncidentFilter>(() => {
    const current = readForm(new URLSearchParams(formKey));
    return {
      from: startOfStockholmDay(current.from),
      to: startOfStockholmDay(current.to, 1),
      districtId: current.districtId || undefined,
      categoryCode: current.categoryCode || undefined,
      source: (current.source || undefined) as IncidentSource | undefined,
      status: (current.status || undefined) as IncidentStatus | undefined,
      organisationId: current.organisationId || undefined,
    };
  }, [formKey]);
  const list = useIncidents(filter);
  const incidents = list.data?.pages.flatMap((page) => page.incidents) ?? [];
  const isOwnOrganisationOnly = !can(user.roles, 'incident.read_all');

  const change = (next: IncidentFilterForm) => {
    const search = new URLSearchParams();
    for (const field of listFields) if (next[field] !== '') search.set(field, next[field]);
    setParams(search, { replace: true });
  };

  return (
    <Stack gap="md" maw={1100}>
      <Title order={1}>{s.incidents.title}</Title>
      {isOwnOrganisationOnly && <Text size="sm">{s.incidents.ownOrganisation}</Text>}
      <IncidentFilters form={form} onChange={change} fields={listFields} />
      <IncidentExport filter={filter} />
      {list.isPending ? (
        <InlineLoader />
      ) : list.data === undefined ? (
        <ErrorAlert error={list.error} />
      ) : incidents.length === 0 ? (
        <Text>{s.incidents.empty}</Text>
      ) : (
        <>
          <IncidentTable incidents={incidents} />
          <Group gap="md">
            {list.hasNextPage && (
              <Button
                variant="default"
                loading={list.isFetchingNextPage}
                onClick={() => void list.fetchNextPage()}
              >
                {s.incidents.loadMore}
              </Button>
            )}
            <Text size="sm" role="status">
              {list.hasNextPage
                ? s.incidents.shown(incidents.length)
                : s.incidents.allLoaded(incidents.length)}
            </Text>
          </Group>
          {list.isError && <ErrorAlert error={list.error} />}
        </>
      )}
    </Stack>
  );
}

function IncidentTable({ incidents }: { incidents: Incident[] }) {
  const s = useSituationT();
  const words = useIncidentWords();
  return (
    <ScrollableTable label={s.incidents.title} minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="incident-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{s.incidents.columns.what}</Table.Th>
            <Table.Th scope="col">{s.incidents.columns.when}</Table.Th>
            <Table.Th scope="col">{s.incidents.columns.where}</Table.Th>
            <Table.Th scope="col">{s.incidents.columns.source}</Table.Th>
            <Table.Th scope="col">{s.incidents.columns.status}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {incidents.map((incident) => (
            <Table.Tr key={incident.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/lagesbild/handelser/${incident.id}`}>
                  {words.what(incident)}
                </Anchor>
              </Table.Th>
              <Table.Td>{words.when(incident)}</Table.Td>
              <Table.Td>{words.where(incident)}</Table.Td>
              <Table.Td>{s.sources[incident.source]}</Table.Td>
              <Table.Td>
                <Badge variant="outline" color="gray.8" miw="max-content">
                  {s.statuses[incident.status]}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollableTable>
  );
}
