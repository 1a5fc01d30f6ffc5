import { Alert, Text } from '@mantine/core';
import { useState } from 'react';
import type { UploadProgress } from '../../api/client';
import { useImportValues } from '../../api/plan-modelling';
import { FileField } from '../../components/file-field';
import { percentOf, TransferStatus } from '../../components/transfer-status';
import { usePlansT } from '../../i18n/plans/use-plans-t';
import { ModalForm } from './modal-form';

const maximumBytes = 1_000_000;

/**
 * Imports indicator values from a CSV file (source "csv", the file and line beside each). The
 * server checks every row; if any is wrong nothing is saved and every rejected row is listed
 * by its line, in the reader's language.
 */
export function CsvImportDialog({ planId, onClose }: { planId: string; onClose: () => void }) {
  const p = usePlansT();
  const words = p.modelling.csv;
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [isReading, setIsReading] = useState(false);
  const importValues = useImportValues(planId, setProgress);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [imported, setImported] = useState<number | null>(null);

  const submit = async () => {
    setImported(null);
    if (file === null) return setFileError(words.chooseFile);
    if (file.size > maximumBytes) return setFileError(words.tooLarge);
    setFileError(undefined);
    setIsReading(true);
    const content = await file.text().finally(() => setIsReading(false));
    setProgress(null);
    importValues.mutate(
      { fileName: file.name, content },
      { onSuccess: (result) => setImported(result.imported) },
    );
  };

  const isUploaded = progress !== null && progress.sent >= progress.total;
  return (
    <ModalForm
      title={words.title}
      onClose={onClose}
      testId="csv-form"
      submitLabel={words.submit}
      isPending={isReading || importValues.isPending}
      error={importValues.error}
      onSubmit={() => void submit()}
    >
      <Text size="sm">{words.intro}</Text>
      <FileField
        label={words.file}
        description={words.fileHelp}
        accept=".csv,text/csv,text/plain"
        error={fileError}
        onChange={(chosen) => {
          setFile(chosen);
          setImported(null);
          setFileError(undefined);
        }}
        testId="csv-file"
      />
      {isReading && <TransferStatus text={words.reading} percent={null} />}
      {importValues.isPending &&
        (isUploaded ? (
          <TransferStatus text={words.checking} percent={null} />
        ) : (
          <TransferStatus
            text={words.uploading(progress === null ? 0 : percentOf(progress.sent, progress.total))}
            percent={progress === null ? 0 : percentOf(progress.sent, progress.total)}
          />
        ))}
      {imported !== null && importValues.isSuccess && (
        <Alert color="green" variant="light" role="status" data-testid="csv-imported">
          {words.imported(imported)}
        </Alert>
      )}
    </ModalForm>
  );
}
