import { Button, Group, NativeSelect, Progress, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { UploadProgress } from '../../api/client';
import {
  checkKinds,
  checkResults,
  manualCheckSources,
  maxEvidenceBytes,
  useRecordManualCheck,
  type CheckKind,
  type CheckResult,
  type ManualCheckInput,
  type Contract,
} from '../../api/suppliers';
import { FileField } from '../../components/file-field';
import { toStockholmDay } from '../../i18n/format';
import { useT } from '../../i18n/i18n-context';
import { useSuppliersT } from '../../i18n/suppliers/use-suppliers-t';
import { SupplierErrorAlert } from './supplier-error';
import { AppModal } from '../../components/app-modal';

/**
 * A check made outside Tryggve (Skatteverket's e-service, a credit agency, Kronofogden) entered
 * by hand with the extract uploaded as evidence. It adds to the history; nothing is replaced.
 */
export function ManualCheckDialog({
  supplierId,
  contracts,
  onClose,
}: {
  supplierId: string;
  contracts: Contract[];
  onClose: () => void;
}) {
  const s = useSuppliersT();
  const t = useT();
  const record = useRecordManualCheck(supplierId);
  const [kind, setKind] = useState<CheckKind>('f_tax');
  const [source, setSource] = useState<ManualCheckInput['source']>('skatteverket');
  const [checkedOn, setCheckedOn] = useState(toStockholmDay(new Date()));
  const [result, setResult] = useState<CheckResult>('ok');
  const [summary, setSummary] = useState('');
  const [contractId, setContractId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [isSubmitted, setIsSubmitted] = useState(false);
  const isTooLarge = file !== null && file.size > maxEvidenceBytes;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (summary.trim() === '' || checkedOn === '' || isTooLarge) return;
    record.mutate(
      {
        input: {
          kind,
          source,
          checkedOn,
          result,
          summary: summary.trim(),
          contractId: contractId === '' ? null : contractId,
          file,
        },
        onProgress: setProgress,
      },
      { onSuccess: onClose, onSettled: () => setProgress(null) },
    );
  };

  return (
    <AppModal
      opened
      onClose={onClose}
      title={s.manual.title}
      size="lg"
      closeButtonProps={{ 'aria-label': t.common.close }}
    >
      <form onSubmit={submit} noValidate data-testid="manual-check-form">
        <Stack gap="sm">
          <NativeSelect
            label={s.manual.kind}
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value as CheckKind)}
            data={checkKinds
              .filter((item) => item !== 'sanctions_screening')
              .map((item) => ({ value: item, label: s.checkKinds[item] }))}
          />
          <NativeSelect
            label={s.manual.source}
            value={source}
            onChange={(event) => setSource(event.currentTarget.value as ManualCheckInput['source'])}
            data={manualCheckSources.map((item) => ({ value: item, label: s.checkSources[item] }))}
          />
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              type="date"
              label={s.manual.checkedOn}
              required
              value={checkedOn}
              onChange={(event) => setCheckedOn(event.currentTarget.value)}
              error={isSubmitted && checkedOn === '' ? s.manual.required : undefined}
            />
            <NativeSelect
              label={s.manual.result}
              value={result}
              onChange={(event) => setResult(event.currentTarget.value as CheckResult)}
              data={checkResults.map((item) => ({ value: item, label: s.checkResults[item] }))}
            />
          </Group>
          {contracts.length > 0 && (
            <NativeSelect
              label={s.supplier.forContract}
              value={contractId}
              onChange={(event) => setContractId(event.currentTarget.value)}
              data={[
                { value: '', label: s.supplier.noContract },
                ...contracts.map((item) => ({ value: item.id, label: item.title })),
              ]}
            />
          )}
          <Textarea
            label={s.manual.summary}
            required
            autosize
            minRows={3}
            value={summary}
            onChange={(event) => setSummary(event.currentTarget.value)}
            error={isSubmitted && summary.trim() === '' ? s.manual.required : undefined}
          />
          <FileField
            label={s.manual.file}
            description={s.manual.fileHelp}
            accept="application/pdf,image/png,image/jpeg,image/tiff,.pdf,.png,.jpg,.jpeg,.tif,.tiff"
            error={isTooLarge ? s.manual.fileTooLarge : undefined}
            onChange={setFile}
            testId="evidence-file"
          />
          {progress !== null && progress.total > 0 && (
            <Progress
              value={(progress.sent / progress.total) * 100}
              aria-label={s.manual.uploading(Math.round((progress.sent / progress.total) * 100))}
            />
          )}
          {record.error !== null && <SupplierErrorAlert error={record.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t.common.cancel}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {s.manual.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
