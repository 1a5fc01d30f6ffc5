import {
  Alert,
  Button,
  Checkbox,
  Group,
  Input,
  List,
  NativeSelect,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useOrganisations } from '../../api/administration';
import { useImportPoliceEvents, useImportRuns } from '../../api/situation';
import type { ImportRun } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { ScrollableTable } from '../../components/scrollable-table';
import { usePageTitle } from '../../components/use-page-title';
import { formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { useSituationT } from '../../i18n/situation/use-situation-t';

/** Importera: the police's events from a file, with the result of the run and the latest runs. */
export default function ImportPage() {
  const s = useSituationT();
  usePageTitle(s.import.title);
  return (
    <Stack gap="lg" maw={960}>
      <Title order={1}>{s.import.title}</Title>
      <Text size="sm">{s.import.intro}</Text>
      <ImportForm />
      <RecentRuns />
    </Stack>
  );
}

function FileField({
  label,
  description,
  accept,
  error,
  onChange,
  testId,
}: {
  label: string;
  description: string;
  accept: string;
  error?: string;
  onChange: (file: File | null) => void;
  testId: string;
}) {
  const id = useId();
  return (
    <Input.Wrapper
      id={id}
      label={label}
      description={description}
      error={error}
      inputWrapperOrder={['label', 'description', 'input', 'error']}
    >
      <input
        id={id}
        type="file"
        accept={accept}
        className="file-input"
        aria-describedby={`${id}-description${error === undefined ? '' : ` ${id}-error`}`}
        aria-invalid={error !== undefined}
        onChange={(event) => onChange(event.currentTarget.files?.[0] ?? null)}
        data-testid={testId}
      />
    </Input.Wrapper>
  );
}

type Stage = 'idle' | 'reading' | 'sending';

function ImportForm() {
  const s = useSituationT();
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
      file: eventsFile === null ? s.import.fileRequired : undefined,
      organisation: chosenOrganisation === '' ? s.import.organisationRequired : undefined,
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
      setErrors({ file: s.import.notJson });
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
  const percent =
    progress === null || progress.total === 0
      ? 0
      : Math.round((progress.sent / progress.total) * 100);
  const isUploaded = progress !== null && progress.sent >= progress.total;

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="import-form-heading">
      <Title order={2} size="h3" id="import-form-heading" mb="sm">
        {s.import.formHeading}
      </Title>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md" maw={560}>
          <FileField
            label={s.import.eventsFile}
            description={s.import.eventsFileHelp}
            accept=".json,application/json"
            error={errors.file}
            onChange={setEventsFile}
            testId="events-file"
          />
          <FileField
            label={s.import.bodiesFile}
            description={s.import.bodiesFileHelp}
            accept=".jsonl,.ndjson,.txt,application/x-ndjson"
            onChange={setBodiesFile}
            testId="bodies-file"
          />
          {organisations.isError ? (
            <ErrorAlert error={organisations.error} />
          ) : organisations.isSuccess && police.length === 0 ? (
            <Alert color="orange" variant="light">
              {s.import.noPoliceOrganisation}
            </Alert>
          ) : (
            <NativeSelect
              label={s.import.organisation}
              description={s.import.organisationHelp}
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
            label={s.import.skipBadRows}
            description={s.import.skipBadRowsHelp}
            checked={isSkippingBadRows}
            onChange={(event) => setIsSkippingBadRows(event.currentTarget.checked)}
          />
          <div role="status" aria-live="polite">
            {stage === 'reading' && <Text size="sm">{s.import.reading}</Text>}
            {stage === 'sending' && (
              <Stack gap={4}>
                <Text size="sm">
                  {isUploaded ? s.import.processing : s.import.uploading(percent)}
                </Text>
                <Progress
                  value={isUploaded ? 100 : percent}
                  animated={isUploaded}
                  aria-label={isUploaded ? s.import.processing : s.import.uploading(percent)}
                />
              </Stack>
            )}
          </div>
          {importEvents.isError && <ErrorAlert error={importEvents.error} />}
          <Group>
            <Button type="submit" loading={stage !== 'idle'}>
              {s.import.submit}
            </Button>
          </Group>
        </Stack>
      </form>
      {importEvents.isSuccess && <RunResult run={importEvents.data} />}
    </Paper>
  );
}

function RejectedRows({ run }: { run: ImportRun }) {
  const s = useSituationT();
  return (
    <ScrollableTable label={s.import.rejectedHeading} minWidth={480}>
      <Table striped verticalSpacing="xs" captionSide="top" data-testid="rejected-rows">
        <caption>{s.import.rejectedHeading}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{s.import.line}</Table.Th>
            <Table.Th scope="col">{s.import.sourceId}</Table.Th>
            <Table.Th scope="col">{s.import.reason}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {run.rejectedRows.map((row) => (
            <Table.Tr key={`${row.line}-${row.sourceId ?? ''}-${row.reason}`}>
              <Table.Td>{row.line === 0 ? s.import.wholeFile : row.line}</Table.Td>
              <Table.Td>{row.sourceId ?? ''}</Table.Td>
              <Table.Td>{row.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollableTable>
  );
}

function RunResult({ run }: { run: ImportRun }) {
  const s = useSituationT();
  const skipped = Object.entries(run.counts.skipped);
  const reasonOf = (reason: string) =>
    Object.hasOwn(s.import.skippedReasons, reason)
      ? s.import.skippedReasons[reason as keyof typeof s.import.skippedReasons]
      : reason;
  const counts: [string, number][] = [
    [s.import.counts.read, run.counts.read],
    [s.import.counts.inserted, run.counts.inserted],
    [s.import.counts.updated, run.counts.updated],
    [s.import.counts.unchanged, run.counts.unchanged],
    [s.import.counts.rejected, run.counts.rejected],
    [s.import.counts.skipped, skipped.reduce((sum, [, count]) => sum + count, 0)],
  ];
  return (
    <Stack
      gap="sm"
      mt="lg"
      component="section"
      aria-labelledby="import-result-heading"
      data-testid="import-result"
    >
      <Title order={3} size="h4" id="import-result-heading">
        {s.import.resultHeading}
      </Title>
      <Alert
        color={run.status === 'completed' ? 'teal' : 'red'}
        variant="light"
        role={run.status === 'completed' ? 'status' : 'alert'}
      >
        {run.status === 'completed' ? s.import.completed : s.import.rejected}
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
          {skipped.map(([reason, count]) => (
            <List.Item key={reason}>{s.import.skippedReason(reasonOf(reason), count)}</List.Item>
          ))}
        </List>
      )}
      {run.counts.warnings.length > 0 && (
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {s.import.warningsHeading}
          </Text>
          <List size="sm" data-testid="import-warnings">
            {run.counts.warnings.map((warning) => (
              <List.Item key={warning}>{warning}</List.Item>
            ))}
          </List>
        </Stack>
      )}
      {run.rejectedRows.length > 0 && <RejectedRows run={run} />}
    </Stack>
  );
}

function RecentRuns() {
  const s = useSituationT();
  const { locale } = useI18n();
  const runs = useImportRuns();
  return (
    <section aria-labelledby="runs-heading">
      <Title order={2} size="h3" id="runs-heading" mb="sm">
        {s.import.runsHeading}
      </Title>
      {runs.isPending ? (
        <InlineLoader />
      ) : runs.isError ? (
        <ErrorAlert error={runs.error} />
      ) : runs.data.length === 0 ? (
        <Text>{s.import.runsEmpty}</Text>
      ) : (
        <ScrollableTable label={s.import.runsHeading} minWidth={640}>
          <Table striped verticalSpacing="xs" data-testid="import-runs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{s.import.run.when}</Table.Th>
                <Table.Th scope="col">{s.import.run.file}</Table.Th>
                <Table.Th scope="col">{s.import.run.status}</Table.Th>
                <Table.Th scope="col">{s.import.run.counts}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {runs.data.map((run) => (
                <Table.Tr key={run.id}>
                  <Table.Td>{formatDateTime(run.startedAt, locale)}</Table.Td>
                  <Table.Td>{run.fileName}</Table.Td>
                  <Table.Td>{s.import.run.statuses[run.status]}</Table.Td>
                  <Table.Td>
                    {s.import.run.summary(
                      run.counts.read,
                      run.counts.inserted,
                      run.counts.updated,
                      run.counts.rejected,
                    )}
                    {run.rejectedRows.length > 0 && (
                      <details>
                        <summary>{s.import.run.showRejected(run.rejectedRows.length)}</summary>
                        <List size="sm">
                          {run.rejectedRows.map((row) => (
                            <List.Item key={`${row.line}-${row.reason}`}>
                              {row.line === 0 ? s.import.wholeFile : `${s.import.line} ${row.line}`}
                              : {row.reason}
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
