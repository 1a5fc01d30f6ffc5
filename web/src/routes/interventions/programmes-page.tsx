import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useProgrammes } from '../../api/interventions';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { ScrollableTable } from '../../components/scrollable-table';
import { usePageTitle } from '../../components/use-page-title';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { useInterventionsT } from '../../i18n/interventions/use-interventions-t';
import { SuppressedCountText } from './suppressed-count';

/**
 * The programmes of individual interventions with their counts (issue 14): what every role may
 * see. Teams have members, not participants, so their counts are left out.
 */
export default function ProgrammesPage() {
  const t = useInterventionsT();
  const { locale } = useI18n();
  usePageTitle(t.programmes.title);
  const programmes = useProgrammes();
  const columns = t.programmes.columns;
  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap="xs">
        <Title order={1}>{t.programmes.title}</Title>
        <Text>{t.programmes.intro}</Text>
      </Stack>
      {programmes.isPending && <InlineLoader />}
      {programmes.isError && <ErrorAlert error={programmes.error} />}
      {programmes.data?.length === 0 && <Text>{t.programmes.none}</Text>}
      {programmes.data && programmes.data.length > 0 && (
        <ScrollableTable label={t.programmes.tableLabel} minWidth={900}>
          <Table striped data-testid="programmes-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{columns.name}</Table.Th>
                <Table.Th scope="col">{columns.kind}</Table.Th>
                <Table.Th scope="col">{columns.status}</Table.Th>
                <Table.Th scope="col">{columns.participants}</Table.Th>
                <Table.Th scope="col">{columns.open}</Table.Th>
                <Table.Th scope="col">{columns.closed}</Table.Th>
                <Table.Th scope="col">{columns.withGoalMet}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {programmes.data.map((programme) => {
                const isTeam = programme.kind === 'team';
                const counts = programme.aggregates;
                const cell = (count: typeof counts.participants) =>
                  isTeam ? t.programmes.notApplicable : <SuppressedCountText count={count} />;
                return (
                  <Table.Tr key={programme.id}>
                    <Table.Th scope="row">
                      <Stack gap={2}>
                        <Text fw={600}>{programme.name}</Text>
                        {programme.isSynthetic && (
                          <Group>
                            <Badge color="grape.9" variant="light">
                              {t.programmes.synthetic}
                            </Badge>
                          </Group>
                        )}
                      </Stack>
                    </Table.Th>
                    <Table.Td>{t.kinds[programme.kind]}</Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        <Text size="sm">{t.statuses[programme.status]}</Text>
                        {programme.plannedRestartOn && (
                          <Text size="sm">
                            {t.programmes.restart(formatDate(programme.plannedRestartOn, locale))}
                          </Text>
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td>{cell(counts.participants)}</Table.Td>
                    <Table.Td>{cell(counts.open)}</Table.Td>
                    <Table.Td>{cell(counts.closed)}</Table.Td>
                    <Table.Td>{cell(counts.withGoalMet)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollableTable>
      )}
    </Stack>
  );
}
