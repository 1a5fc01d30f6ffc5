import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconDeviceFloppy } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import {
  useFinalizeReport,
  useReport,
  useUpdateReport,
  type FollowUpReport,
  type ReportHeading,
  type ReportTexts,
} from '../../api/follow-up';
import { useCurrentUser } from '../../api/session';
import { ConfirmButton } from '../../components/confirm-button';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { usePageTitle } from '../../components/use-page-title';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { usePlansT } from '../../i18n/plans/use-plans-t';
import { PlanErrorAlert } from '../plans/plan-error';
import { canManagePlans } from '../plans/plans-page';
import { ReportDownloads } from './report-downloads';

const headingFields = [
  'title',
  'date',
  'caseNumber',
  'handlerName',
  'handlerEmail',
  'addressee',
  'administrationName',
] as const;
const textFields = [
  'proposal',
  'summary',
  'description',
  'administrationView',
  'consequences',
] as const;

const toLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** The draft as the form holds it: lists as one line each. */
interface Draft {
  heading: Omit<ReportHeading, 'signatures' | 'attachments' | 'distribution'>;
  texts: ReportTexts;
  attachments: string;
  distribution: string;
  signatures: string;
}

const draftOf = (report: FollowUpReport): Draft => ({
  heading: {
    title: report.heading.title,
    date: report.heading.date,
    caseNumber: report.heading.caseNumber,
    handlerName: report.heading.handlerName,
    handlerEmail: report.heading.handlerEmail,
    addressee: report.heading.addressee,
    administrationName: report.heading.administrationName,
  },
  texts: report.texts,
  attachments: report.heading.attachments.join('\n'),
  distribution: report.heading.distribution.join('\n'),
  signatures: report.heading.signatures
    .map((signature) => [signature.name, signature.title].filter((part) => part !== '').join(', '))
    .join('\n'),
});

function ReportForm({ report, canEdit }: { report: FollowUpReport; canEdit: boolean }) {
  const p = usePlansT();
  const { locale } = useI18n();
  const words = p.report;
  const update = useUpdateReport(report.id);
  const finalize = useFinalizeReport(report.id);
  const [draft, setDraft] = useState<Draft>(() => draftOf(report));
  const [isDirty, setIsDirty] = useState(false);
  const isFinal = report.finalizedAt !== null;
  const isReadOnly = isFinal || !canEdit;
  const change = (next: (current: Draft) => Draft) => {
    setDraft(next);
    setIsDirty(true);
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      {
        heading: {
          ...draft.heading,
          attachments: toLines(draft.attachments),
          distribution: toLines(draft.distribution),
          signatures: toLines(draft.signatures).map((line) => {
            const comma = line.indexOf(',');
            return comma === -1
              ? { name: line, title: '' }
              : { name: line.slice(0, comma).trim(), title: line.slice(comma + 1).trim() };
          }),
        },
        texts: draft.texts,
      },
      { onSuccess: () => setIsDirty(false) },
    );
  };

  return (
    <Stack gap="lg">
      <form onSubmit={save} data-testid="report-form">
        <Stack gap="lg">
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="letterhead">
            <Title order={2} size="h3" id="letterhead" mb="sm">
              {words.headingSection}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {headingFields.map((field) => (
                <TextInput
                  key={field}
                  label={words.fields[field]}
                  type={field === 'date' ? 'date' : field === 'handlerEmail' ? 'email' : 'text'}
                  value={draft.heading[field]}
                  readOnly={isReadOnly}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    change((current) => ({
                      ...current,
                      heading: { ...current.heading, [field]: value },
                    }));
                  }}
                />
              ))}
            </SimpleGrid>
          </Paper>
          {textFields.map((field) => (
            <Textarea
              key={field}
              label={words.sections[field]}
              autosize
              minRows={field === 'description' ? 8 : 3}
              value={draft.texts[field]}
              readOnly={isReadOnly}
              onChange={(event) => {
                const value = event.currentTarget.value;
                change((current) => ({ ...current, texts: { ...current.texts, [field]: value } }));
              }}
              styles={{ label: { fontSize: 'var(--mantine-font-size-lg)', fontWeight: 650 } }}
            />
          ))}
          {(['attachments', 'distribution', 'signatures'] as const).map((field) => (
            <Textarea
              key={field}
              label={words[field]}
              description={field === 'signatures' ? words.signaturesHelp : words.linesHelp}
              autosize
              minRows={2}
              value={draft[field]}
              readOnly={isReadOnly}
              onChange={(event) => {
                const value = event.currentTarget.value;
                change((current) => ({ ...current, [field]: value }));
              }}
              styles={{ label: { fontSize: 'var(--mantine-font-size-lg)', fontWeight: 650 } }}
            />
          ))}
          {!isReadOnly && (
            <Group>
              <Button
                type="submit"
                loading={update.isPending}
                leftSection={<IconDeviceFloppy size={16} aria-hidden="true" />}
              >
                {words.save}
              </Button>
              <div role="status">
                {isDirty ? (
                  <Text size="sm">{words.unsaved}</Text>
                ) : (
                  update.isSuccess && (
                    <Text size="sm">
                      {words.saved(formatDateTime(update.data.updatedAt, locale))}
                    </Text>
                  )
                )}
              </div>
            </Group>
          )}
          {update.isError && <PlanErrorAlert error={update.error} />}
        </Stack>
      </form>
      <ReportDownloads report={report} isDirty={isDirty && !isReadOnly} />
      {!isReadOnly && (
        <Group>
          <ConfirmButton
            color="red.9"
            variant="outline"
            question={words.finalizeQuestion}
            isPending={finalize.isPending}
            disabled={isDirty}
            onConfirm={() => finalize.mutate()}
          >
            {words.finalize}
          </ConfirmButton>
        </Group>
      )}
      {finalize.isError && <PlanErrorAlert error={finalize.error} />}
    </Stack>
  );
}

/**
 * The follow-up report of a round, a tjänsteutlåtande: the letterhead and the written
 * sections saved as a draft, downloads as DOCX and PDF, and "final" (then read-only).
 */
export default function ReportPage() {
  const p = usePlansT();
  const { locale } = useI18n();
  const { id } = useParams();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const report = useReport(id);
  usePageTitle(p.report.title);

  if (report.isPending) return <InlineLoader />;
  if (report.data === undefined) {
    return (
      <Stack gap="md">
        {isApiError(report.error) && report.error.status === 404 ? (
          <Alert color="orange" variant="light" role="alert">
            {p.report.notFound}
          </Alert>
        ) : (
          <ErrorAlert error={report.error} />
        )}
      </Stack>
    );
  }
  const item = report.data;
  const isFinal = item.finalizedAt !== null;
  return (
    <Stack gap="lg" maw={960}>
      <Anchor component={Link} to={`/uppfoljning/${item.roundId}`}>
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden="true" />
          {p.report.back}
        </Group>
      </Anchor>
      <Stack gap="xs">
        {/* "Uppföljningsrapport" is one long word: let it break on a phone. */}
        <Title order={1} style={{ hyphens: 'auto', overflowWrap: 'anywhere' }}>
          {p.report.title}
        </Title>
        <Text>{item.heading.title}</Text>
        {isFinal ? (
          <Alert color="green" variant="light" data-testid="report-state">
            {p.report.final(formatDate(item.finalizedAt ?? '', locale))}
          </Alert>
        ) : (
          <Group gap="xs">
            <Badge variant="outline" color="gray.8" data-testid="report-state">
              {p.report.draft}
            </Badge>
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() =>
                void queryClient.invalidateQueries({ queryKey: ['follow-up', 'report', item.id] })
              }
            >
              {p.report.regenerate}
            </Button>
          </Group>
        )}
      </Stack>
      {/* A new key after finalising: the form starts again from the frozen report. */}
      <ReportForm
        key={`${item.id}-${item.finalizedAt ?? 'draft'}`}
        report={item}
        canEdit={canManagePlans(user.roles)}
      />
    </Stack>
  );
}
