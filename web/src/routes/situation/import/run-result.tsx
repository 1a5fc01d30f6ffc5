import { Alert, List, Stack, Table, Text, Title } from '@mantine/core';
import type { ImportRun } from '../../../api/types';
import { ScrollableTable } from '../../../components/scrollable-table';
import { useSituationT } from '../../../i18n/situation/use-situation-t';
import { describeRejectedRow, describeSkipped, describeWarning } from './import-problems';

/** Every refused row of a run: its line, the source's id and why, in the chosen language. */
function RejectedRows({ run }: { run: ImportRun }) {
  const m = useSituationT().import;
  return (
    <ScrollableTable label={m.rejectedHeading} minWidth={480}>
      <Table striped verticalSpacing="xs" captionSide="top" data-testid="rejected-rows">
        <caption>{m.rejectedHeading}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{m.line}</Table.Th>
            <Table.Th scope="col">{m.sourceId}</Table.Th>
            <Table.Th scope="col">{m.reason}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {run.rejectedRows.map((row, index) => (
            <Table.Tr key={`${row.line}-${row.sourceId ?? ''}-${index}`}>
              <Table.Td>{row.line === 0 ? m.wholeFile : row.line}</Table.Td>
              <Table.Td className="break-anywhere">{row.sourceId ?? ''}</Table.Td>
              <Table.Td>
                {row.problems !== undefined && row.problems.length > 1 ? (
                  <List size="sm">
                    {row.problems.map((problem, position) => (
                      <List.Item key={`${problem.code}-${position}`}>
                        {describeRejectedRow({ ...row, problems: [problem] }, m)}
                      </List.Item>
                    ))}
                  </List>
                ) : (
                  describeRejectedRow(row, m)
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollableTable>
  );
}

/** What an import did: the outcome, the counts, skipped records, warnings and refused rows. */
export function RunResult({ run, testId }: { run: ImportRun; testId: string }) {
  const m = useSituationT().import;
  const skipped = Object.entries(run.counts.skipped);
  const counts: [string, number][] = [
    [m.counts.read, run.counts.read],
    [m.counts.inserted, run.counts.inserted],
    [m.counts.updated, run.counts.updated],
    [m.counts.unchanged, run.counts.unchanged],
    [m.counts.rejected, run.counts.rejected],
    [m.counts.skipped, skipped.reduce((sum, [, count]) => sum + count, 0)],
  ];
  const headingId = `${testId}-heading`;
  return (
    <Stack gap="sm" mt="lg" component="section" aria-labelledby={headingId} data-testid={testId}>
      <Title order={3} size="h4" id={headingId}>
        {m.resultHeading}
      </Title>
      <Alert
        color={run.status === 'completed' ? 'teal' : 'red'}
        variant="light"
        role={run.status === 'completed' ? 'status' : 'alert'}
      >
        {run.status === 'completed' ? m.completed : m.rejected}
      </Alert>
      <Table variant="vertical" withTableBorder layout="fixed" maw={420}>
        <Table.Tbody>
          {counts.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={180}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {skipped.length > 0 && (
        <List size="sm">
          {skipped.map(([code, count]) => (
            <List.Item key={code}>{m.skippedReason(describeSkipped(code, m), count)}</List.Item>
          ))}
        </List>
      )}
      {run.counts.warnings.length > 0 && (
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {m.warningsHeading}
          </Text>
          <List size="sm" data-testid="import-warnings">
            {run.counts.warnings.map((warning, index) => (
              <List.Item key={index}>{describeWarning(warning, m)}</List.Item>
            ))}
          </List>
        </Stack>
      )}
      {run.rejectedRows.length > 0 && <RejectedRows run={run} />}
    </Stack>
  );
}
