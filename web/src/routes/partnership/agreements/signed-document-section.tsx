import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import {
  downloadSignedDocument,
  maxDocumentBytes,
  useUploadSignedDocument,
  type AgreementDetail,
} from '../../../api/agreements';
import { FileField } from '../../../components/file-field';
import { formatNumber } from '../../../i18n/format';
import { useAgreementsT } from '../../../i18n/agreements/use-agreements-t';
import { useI18n } from '../../../i18n/i18n-context';
import { AgreementErrorAlert } from './agreement-error';
import { saveFile } from '../../../components/save-file';

/**
 * The signed agreement: its details and a download for anyone who reads the agreement; for a
 * coordinator, a PDF upload (checked here for size and kind, and again by the server).
 */
export function SignedDocumentSection({
  agreement,
  canManage,
}: {
  agreement: AgreementDetail;
  canManage: boolean;
}) {
  const a = useAgreementsT();
  const d = a.document;
  const { locale } = useI18n();
  const upload = useUploadSignedDocument(agreement.id);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [percent, setPercent] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const download = useMutation({
    mutationFn: async () => {
      const downloaded = await downloadSignedDocument(agreement.id, () => undefined);
      const name = downloaded.fileName ?? agreement.document?.fileName ?? 'overenskommelse.pdf';
      saveFile(downloaded.blob, name);
      return name;
    },
    onSuccess: (name) => setMessage(d.downloaded(name)),
  });
  const document = agreement.document;

  const send = () => {
    setMessage(null);
    if (file === null) return setFileError(d.chooseFile);
    if (file.size > maxDocumentBytes) return setFileError(d.tooLarge);
    setFileError(undefined);
    setPercent(0);
    upload.mutate(
      {
        file,
        onProgress: ({ sent, total }) => setPercent(Math.round((100 * sent) / Math.max(total, 1))),
      },
      {
        onSuccess: () => setMessage(d.uploaded),
        onSettled: () => setPercent(null),
      },
    );
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby="document-heading">
      <Title order={2} size="h3" id="document-heading">
        {d.heading}
      </Title>
      {document === null ? (
        <Text size="sm">{d.none}</Text>
      ) : (
        <Group gap="sm" wrap="wrap">
          <Text size="sm" data-testid="document-details">
            {d.details(
              document.fileName,
              d.kilobytes(formatNumber(Math.max(1, Math.round(document.sizeBytes / 1000)), locale)),
              document.uploadedAt.slice(0, 10),
            )}
          </Text>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden="true" />}
            loading={download.isPending}
            onClick={() => download.mutate()}
          >
            {d.download}
          </Button>
        </Group>
      )}
      {canManage && (
        <Group align="flex-end" gap="sm" wrap="wrap">
          <FileField
            label={d.fileLabel}
            description={d.fileHelp}
            accept="application/pdf,.pdf"
            error={fileError}
            onChange={(chosen) => {
              setFile(chosen);
              setFileError(undefined);
            }}
            testId="document-file"
          />
          <Button
            leftSection={<IconUpload size={16} aria-hidden="true" />}
            loading={upload.isPending}
            onClick={send}
          >
            {document === null ? d.upload : d.replace}
          </Button>
        </Group>
      )}
      <div role="status" aria-live="polite">
        {percent !== null && <Text size="sm">{d.uploading(percent)}</Text>}
        {message !== null && <Text size="sm">{message}</Text>}
      </div>
      {upload.isError && <AgreementErrorAlert error={upload.error} />}
      {download.isError && <AgreementErrorAlert error={download.error} />}
    </Stack>
  );
}
