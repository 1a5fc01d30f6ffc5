import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { DownloadedFile } from '../api/client';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from './error-alert';
import { saveFile } from './save-file';
import { percentOf, TransferStatus } from './transfer-status';

export type DocumentFormat = 'docx' | 'pdf';
const formats: DocumentFormat[] = ['docx', 'pdf'];

/** The words of a download section, from the area's catalog. */
export interface DocumentDownloadWords {
  download: (format: string) => string;
  downloading: (format: string, size: string) => string;
  downloadingPercent: (format: string, percent: number) => string;
  kilobytes: (size: string) => string;
  downloaded: (fileName: string) => string;
}

/**
 * "Ladda ner DOCX" and "Ladda ner PDF" for a document the server renders (a few seconds for a
 * PDF): the download's progress shows while it comes, then the file is saved.
 */
export function DocumentDownloads(props: {
  heading: string;
  headingId: string;
  testId: string;
  words: DocumentDownloadWords;
  /** The file name when the server gives none: `<fallbackName>.docx`. */
  fallbackName: string;
  fetchFile: (
    format: DocumentFormat,
    onProgress: (received: number, total: number | null) => void,
  ) => Promise<DownloadedFile>;
  /** Text between the heading and the buttons. */
  children?: ReactNode;
}) {
  const { words } = props;
  const { locale } = useI18n();
  const [progress, setProgress] = useState<{ received: number; total: number | null } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const download = useMutation({
    mutationFn: async (format: DocumentFormat) => {
      setSaved(null);
      setProgress({ received: 0, total: null });
      const file = await props.fetchFile(format, (received, total) =>
        setProgress({ received, total }),
      );
      return saveFile(file.blob, file.fileName ?? `${props.fallbackName}.${format}`);
    },
    onSuccess: (fileName) => setSaved(fileName),
    onSettled: () => setProgress(null),
  });
  const pending = download.isPending ? download.variables : null;
  const label = (format: DocumentFormat) => format.toUpperCase();

  return (
    <Stack
      gap="xs"
      component="section"
      aria-labelledby={props.headingId}
      data-testid={props.testId}
    >
      <Title order={2} size="h3" id={props.headingId}>
        {props.heading}
      </Title>
      {props.children}
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
