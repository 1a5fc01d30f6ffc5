import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import {
  exportFormats,
  useExportIncidents,
  type ExportFormat,
  type IncidentFilter,
} from '../../api/situation';
import { ErrorAlert } from '../../components/error-alert';
import { percentOf, TransferStatus } from '../../components/transfer-status';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { useSituationT } from '../../i18n/situation/use-situation-t';
import { saveFile } from '../../components/save-file';

/**
 * Downloads of the incidents that match the list's filter, as CSV, XLSX or GeoJSON. Fetched
 * with the session (so its progress shows and a cut at 100,000 can be told), then saved.
 */
export function IncidentExport({ filter }: { filter: IncidentFilter }) {
  const o = useSituationT().output.exports;
  const { locale } = useI18n();
  const exportIncidents = useExportIncidents();
  const [saved, setSaved] = useState<{ fileName: string; size: number } | null>(null);
  const size = (bytes: number) =>
    bytes >= 1_000_000
      ? o.megabytes(formatNumber(Math.round(bytes / 100_000) / 10, locale))
      : o.kilobytes(
          formatNumber(
            bytes < 10_000 ? Math.round(bytes / 100) / 10 : Math.round(bytes / 1000),
            locale,
          ),
        );

  const start = (format: ExportFormat) => {
    setSaved(null);
    exportIncidents.mutate(
      { filter, format },
      {
        onSuccess: (file) =>
          setSaved({
            fileName: saveFile(file.blob, file.fileName ?? `handelser.${file.format}`),
            size: file.blob.size,
          }),
      },
    );
  };

  const progress = exportIncidents.progress;
  const pending = exportIncidents.isPending ? exportIncidents.variables.format : null;
  return (
    <Stack
      gap="xs"
      component="section"
      aria-labelledby="export-heading"
      data-testid="incident-export"
    >
      <Title order={2} size="h4" id="export-heading">
        {o.heading}
      </Title>
      <Text size="sm">{o.intro}</Text>
      <Group gap="xs">
        {exportFormats.map((format) => (
          <Button
            key={format}
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden="true" />}
            loading={pending === format}
            disabled={pending !== null && pending !== format}
            onClick={() => start(format)}
          >
            {o.download(o.formats[format])}
          </Button>
        ))}
      </Group>
      <div role="status" aria-live="polite">
        {pending !== null && progress !== null && (
          <TransferStatus
            text={
              progress.total === null
                ? o.downloading(o.formats[pending], size(progress.received))
                : o.downloadingPercent(
                    o.formats[pending],
                    percentOf(progress.received, progress.total),
                  )
            }
            percent={progress.total === null ? null : percentOf(progress.received, progress.total)}
          />
        )}
        {saved !== null && <Text size="sm">{o.done(saved.fileName, size(saved.size))}</Text>}
      </div>
      {exportIncidents.isSuccess && exportIncidents.data.isTruncated && (
        <Alert color="orange" variant="light" role="alert" data-testid="export-truncated">
          {o.truncated}
        </Alert>
      )}
      {exportIncidents.isError && <ErrorAlert error={exportIncidents.error} />}
    </Stack>
  );
}
