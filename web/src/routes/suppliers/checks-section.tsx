import { Button, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useCurrentUser } from '../../api/session';
import { downloadEvidence, type Check, type Evidence } from '../../api/suppliers';
import { ErrorAlert } from '../../components/error-alert';
import { ScrollableTable } from '../../components/scrollable-table';
import { useSuppliersT } from '../../i18n/suppliers/use-suppliers-t';
import { personName } from './person-name';
import { CheckResultBadge } from './supplier-badges';
import { saveFile } from '../../components/save-file';

function EvidenceDownload({ evidence }: { evidence: Evidence }) {
  const s = useSuppliersT();
  const download = useMutation({
    mutationFn: async () => {
      const file = await downloadEvidence(evidence.id);
      saveFile(file.blob, file.fileName ?? evidence.fileName);
    },
  });
  return (
    <>
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={<IconDownload size={14} aria-hidden="true" />}
        loading={download.isPending}
        onClick={() => download.mutate()}
        aria-label={s.checks.download(evidence.fileName)}
      >
        {evidence.fileName}
      </Button>
      {download.isError && <ErrorAlert error={download.error} />}
    </>
  );
}

/**
 * Every check of the supplier, newest first, as recorded: what, the source, the day, the
 * result, the evidence to download and who did it. The history is only ever added to.
 */
export function ChecksSection({ checks }: { checks: Check[] }) {
  const s = useSuppliersT();
  const user = useCurrentUser();
  const columns = s.checks.columns;
  return (
    <section aria-labelledby="checks-heading">
      <Title order={2} size="h3" id="checks-heading" mb={4}>
        {s.checks.heading}
      </Title>
      <Text size="sm" mb="sm">
        {s.checks.intro}
      </Text>
      {checks.length === 0 ? (
        <Text size="sm">{s.checks.none}</Text>
      ) : (
        <ScrollableTable label={s.checks.tableLabel} minWidth={980}>
          <Table striped data-testid="checks-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{columns.checkedOn}</Table.Th>
                <Table.Th>{columns.kind}</Table.Th>
                <Table.Th>{columns.source}</Table.Th>
                <Table.Th>{columns.result}</Table.Th>
                <Table.Th>{columns.summary}</Table.Th>
                <Table.Th>{columns.evidence}</Table.Th>
                <Table.Th>{columns.by}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {checks.map((check) => (
                <Table.Tr key={check.id} data-kind={check.kind}>
                  <Table.Td>{check.checkedOn}</Table.Td>
                  <Table.Td>{s.checkKinds[check.kind]}</Table.Td>
                  <Table.Td>{s.checkSources[check.source]}</Table.Td>
                  <Table.Td>
                    <CheckResultBadge result={check.result} />
                  </Table.Td>
                  <Table.Td maw={360}>{check.summary}</Table.Td>
                  <Table.Td>
                    {check.evidence === null ? (
                      s.checks.noEvidence
                    ) : (
                      <EvidenceDownload evidence={check.evidence} />
                    )}
                  </Table.Td>
                  <Table.Td>
                    {personName(s, check.performedByUserId, user.id, s.checks.bySystem)}
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
