import { Alert, Button, Checkbox, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useOrganisations } from '../../../api/administration';
import { useImportPoliceEvents } from '../../../api/situation';
import { ErrorAlert } from '../../../components/error-alert';
import { FileField } from '../../../components/file-field';
import { percentOf, TransferStatus } from '../../../components/transfer-status';
import { useSituationT } from '../../../i18n/situation/use-situation-t';
import { RunResult } from './run-result';
import { ImportSection } from './import-section';

type Stage = 'idle' | 'reading' | 'sending';

/** The police's events from a JSON file (polisen.se/api/events), with their body texts. */
export function PoliceImportForm() {
  const m = useSituationT().import;
  const organisations = useOrganisations();
  const importEvents = useImportPoliceEvents();
  const [eventsFile, setEventsFile] = useState<File | null>(null);
  const [bodiesFile, setBodiesFile] = useState<File | null>(null);
  const [organisationId, setOrganisationId] = useState('');
  const [isSkippingBadRows, setIsSkippingBadRows] = useState(false);
  const [stage, setStage] = useState<Stage>('idle');
  const [errors, setErrors] = useState<{ file?: string; organisation?: string }>({});
  const police = (organisations.data ?? []).filter(
    (organisation) => organisation.kind === 'police' && organisation.disabledAt === null,
  );
  const chosenOrganisation = organisationId || police[0]?.id || '';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = {
      file: eventsFile === null ? m.fileRequired : undefined,
      organisation: chosenOrganisation === '' ? m.police.organisationRequired : undefined,
    };
    setErrors(found);
    if (eventsFile === null || found.organisation !== undefined) return;
    importEvents.reset();
    setStage('reading');
    let events: unknown;
    let bodies: string | undefined;
    try {
      events = JSON.parse(await eventsFile.text());
      bodies = bodiesFile === null ? undefined : await bodiesFile.text();
    } catch {
      setStage('idle');
      setErrors({ file: m.police.notJson });
      return;
    }
    setStage('sending');
    importEvents.mutate(
      {
        fileName: eventsFile.name,
        organisationId: chosenOrganisation,
        events,
        bodies,
        isSkippingBadRows,
      },
      { onSettled: () => setStage('idle') },
    );
  };

  const progress = importEvents.progress;
  const percent = progress === null ? 0 : percentOf(progress.sent, progress.total);
  const isUploaded = progress !== null && progress.sent >= progress.total;

  return (
    <ImportSection name="police-import" heading={m.police.heading} intro={m.police.intro}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md" maw={560}>
          <FileField
            label={m.police.eventsFile}
            description={m.police.eventsFileHelp}
            accept=".json,application/json"
            error={errors.file}
            onChange={setEventsFile}
            testId="events-file"
          />
          <FileField
            label={m.police.bodiesFile}
            description={m.police.bodiesFileHelp}
            accept=".jsonl,.ndjson,.txt,application/x-ndjson"
            onChange={setBodiesFile}
            testId="bodies-file"
          />
          {organisations.isError ? (
            <ErrorAlert error={organisations.error} />
          ) : organisations.isSuccess && police.length === 0 ? (
            <Alert color="orange" variant="light">
              {m.police.noPoliceOrganisation}
            </Alert>
          ) : (
            <NativeSelect
              label={m.police.organisation}
              description={m.police.organisationHelp}
              value={chosenOrganisation}
              onChange={(event) => setOrganisationId(event.currentTarget.value)}
              error={errors.organisation}
              data={police.map((organisation) => ({
                value: organisation.id,
                label: organisation.name,
              }))}
            />
          )}
          <Checkbox
            label={m.skipBadRows}
            description={m.skipBadRowsHelp}
            checked={isSkippingBadRows}
            onChange={(event) => setIsSkippingBadRows(event.currentTarget.checked)}
          />
          <div role="status" aria-live="polite">
            {stage === 'reading' && <Text size="sm">{m.reading}</Text>}
            {stage === 'sending' && (
              <TransferStatus
                text={isUploaded ? m.processing : m.uploading(percent)}
                percent={isUploaded ? null : percent}
              />
            )}
          </div>
          {importEvents.isError && <ErrorAlert error={importEvents.error} />}
          <Group>
            <Button type="submit" loading={stage !== 'idle'}>
              {m.police.submit}
            </Button>
          </Group>
        </Stack>
      </form>
      {importEvents.isSuccess && <RunResult run={importEvents.data} testId="import-result" />}
    </ImportSection>
  );
}
