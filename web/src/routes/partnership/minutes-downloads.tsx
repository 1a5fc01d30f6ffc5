import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { DownloadedFile } from '../../api/client';
import { downloadMinutes } from '../../api/meetings';
import { ErrorAlert } from '../../components/error-alert';
import { percentOf, TransferStatus } from '../../components/transfer-status';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { useMeetingsT } from '../../i18n/meetings/use-meetings-t';

type Format = 'docx' | 'pdf';
const formats: Format[] = ['docx', 'pdf'];

/** Hands a downloaded file to the browser, which saves it. */
function saveFile(file: DownloadedFile, fallback: string): string {
  const fileName = file.fileName ?? fallback;
  const url = URL.createObjectURL(file.blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return fileName;
}

/** The minutes as DOCX and PDF; the server renders them, so the progress shows meanwhile. */
export function MinutesDownloads({ meetingId }: { meetingId: string }) {
  const m = useMeetingsT();
  const { locale } = useI18n();
  const words = m.downloads;
  const [progress, setProgress] = useState<{ received: number; total: number | null } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const download = useMutation({
    mutationFn: async (format: Format) => {
      setSaved(null);
      setProgress({ received: 0, total: null });
      const file = await downloadMinutes(meetingId, format, (received, total) =>
        setProgress({ received, total }),
      );
      return saveFile(file, `protokoll.${format}`);
    },
    onSuccess: (fileName) => setSaved(fileName),
    onSettled: () => setProgress(null),
  });
  const pending = download.isPending ? download.variables : null;
  const label = (format: Format) => format.toUpperCase();

  return (
    <Stack
      gap="xs"
      component="section"
      aria-labelledby="minutes-files-heading"
      data-testid="minutes-downloads"
    >
      <Title order={2} size="h3" id="minutes-files-heading">
        {words.heading}
      </Title>
      <Group gap="xs">
        {formats.map((format) => (
          <Button
            key={format}
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden="true" />}
            loading={pending === format}
            disabled={pending !== null && pending !== format}
            onClick={() => download.mutate(format)}
          >
            {words.download(label(format))}
          </Button>
        ))}
      </Group>
      <div role="status" aria-live="polite">
        {pending !== null && progress !== null && (
          <TransferStatus
            text={
              progress.total === null
                ? words.downloading(
                    label(pending),
                    words.kilobytes(formatNumber(Math.round(progress.received / 1000), locale)),
                  )
                : words.downloadingPercent(
                    label(pending),
                    percentOf(progress.received, progress.total),
                  )
            }
            percent={progress.total === null ? null : percentOf(progress.received, progress.total)}
          />
        )}
        {saved !== null && <Text size="sm">{words.downloaded(saved)}</Text>}
      </div>
      {download.isError && <ErrorAlert error={download.error} />}
    </Stack>
  );
}
