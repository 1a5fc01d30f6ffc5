import { List, Table, Text, Title } from '@mantine/core';
import { useImportRuns } from '../../../api/situation';
import { ErrorAlert } from '../../../components/error-alert';
import { InlineLoader } from '../../../components/full-page-loader';
import { ScrollableTable } from '../../../components/scrollable-table';
import { formatDateTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n-context';
import { useSituationT } from '../../../i18n/situation/use-situation-t';
import { describeRejectedRow } from './import-problems';

/** The latest imports of the municipality, each with its refused rows behind a disclosure. */
export function RecentRuns() {
  const m = useSituationT().import;
  const { locale } = useI18n();
  const runs = useImportRuns();
  return (
    <section aria-labelledby="runs-heading">
      <Title order={2} size="h3" id="runs-heading" mb="sm">
        {m.runsHeading}
      </Title>
      {runs.isPending ? (
        <InlineLoader />
      ) : runs.isError ? (
        <ErrorAlert error={runs.error} />
      ) : runs.data.length === 0 ? (
        <Text>{m.runsEmpty}</Text>
      ) : (
        <ScrollableTable label={m.runsHeading} minWidth={640}>
          <Table striped verticalSpacing="xs" data-testid="import-runs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{m.run.when}</Table.Th>
                <Table.Th scope="col">{m.run.file}</Table.Th>
                <Table.Th scope="col">{m.run.status}</Table.Th>
                <Table.Th scope="col">{m.run.counts}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {runs.data.map((run) => (
                <Table.Tr key={run.id}>
                  <Table.Td>{formatDateTime(run.startedAt, locale)}</Table.Td>
                  <Table.Td className="break-anywhere">{run.fileName}</Table.Td>
                  <Table.Td>{m.run.statuses[run.status]}</Table.Td>
                  <Table.Td>
                    {m.run.summary(
                      run.counts.read,
                      run.counts.inserted,
                      run.counts.updated,
                      run.counts.rejected,
                    )}
                    {run.rejectedRows.length > 0 && (
                      <details>
                        <summary>{m.run.showRejected(run.rejectedRows.length)}</summary>
                        <List size="sm">
                          {run.rejectedRows.map((row, index) => (
                            <List.Item key={`${row.line}-${index}`}>
                              {row.line === 0 ? m.wholeFile : `${m.line} ${row.line}`}:{' '}
                              {describeRejectedRow(row, m)}
                            </List.Item>
                          ))}
                        </List>
                      </details>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollableTable>
      )}
    </section>
  );
}
