import { Stack, Table, Text, Title } from '@mantine/core';
import { useEfforts } from '../../api/plans';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { ScrollableTable } from '../../components/scrollable-table';
import { usePlansT } from '../../i18n/plans/use-plans-t';

/** The register of efforts (kartläggning): level, owner and whether anyone evaluated them. */
export function EffortsSection() {
  const p = usePlansT();
  const efforts = useEfforts();
  const words = p.efforts;
  return (
    <Stack gap="xs" component="section" aria-labelledby="efforts-heading">
      <Title order={2} size="h3" id="efforts-heading">
        {words.heading}
      </Title>
      <Text size="sm">{words.intro}</Text>
      {efforts.isPending && <InlineLoader />}
      {efforts.isError && <ErrorAlert error={efforts.error} />}
      {efforts.data?.length === 0 && <Text size="sm">{words.none}</Text>}
      {efforts.data !== undefined && efforts.data.length > 0 && (
        <ScrollableTable label={words.tableLabel} minWidth={640}>
          <Table striped data-testid="efforts-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{words.columns.name}</Table.Th>
                <Table.Th>{words.columns.level}</Table.Th>
                <Table.Th>{words.columns.owner}</Table.Th>
                <Table.Th>{words.columns.evaluation}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {efforts.data.map((effort) => (
                <Table.Tr key={effort.id}>
                  <Table.Td>{effort.name}</Table.Td>
                  <Table.Td>{words.levels[effort.level]}</Table.Td>
                  <Table.Td>{effort.owner}</Table.Td>
                  <Table.Td>{words.evaluations[effort.evaluation]}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollableTable>
      )}
    </Stack>
  );
}
