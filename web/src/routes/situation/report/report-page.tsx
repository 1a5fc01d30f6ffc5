import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useMunicipality } from '../../../api/administration';
import { isApiError } from '../../../api/client';
import {
  isWorthQueueing,
  newClientReference,
  outbox,
  type QueuedReport,
} from '../../../api/outbox';
import { useCurrentUser } from '../../../api/session';
import {
  postReport,
  refreshIncidentViews,
  useDistricts,
  useTaxonomy,
} from '../../../api/situation';
import type { EventProblem, ReportInput } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { settleErrors } from '../../../components/form-errors';
import { InlineLoader } from '../../../components/full-page-loader';
import { useInvalidFieldFocus } from '../../../components/use-invalid-field-focus';
import { usePageTitle } from '../../../components/use-page-title';
import { toStockholmDateTimeInput } from '../../../i18n/format';
import { useSituationT } from '../../../i18n/situation/use-situation-t';
import { orderCategories, readCategoryUse, recordCategoryUse } from './category-use';
import { EventFields } from './event-fields';
import { OutboxList } from './outbox-list';
import { ReportOutcome, useReportOutcome, type Outcome } from './report-outcome';
import { maskForDevice } from './personal-data';
import {
  draftsFromEvents,
  emptyDraft,
  errorsFromProblems,
  hasErrors,
  toReportedEvents,
  validateDrafts,
  type EventDraft,
  type EventErrors,
} from './report-form';

const maximumEvents = 20;

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The current time as a datetime-local value, renewed every half minute. */
function useNowValue(): string {
  const [now, setNow] = useState(() => toStockholmDateTimeInput(new Date()));
  useEffect(() => {
    const timer = window.setInterval(() => setNow(toStockholmDateTimeInput(new Date())), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/**
 * Rapportera: a phone-first form for one report of one or more events. Without a connection
 * the report is kept on the device and sent later (src/api/outbox.ts).
 */
export default function ReportPage() {
  const s = useSituationT();
  usePageTitle(s.report.title);
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const taxonomy = useTaxonomy();
  const districts = useDistricts();
  const municipality = useMunicipality();
  const nowValue = useNowValue();
  const [drafts, setDrafts] = useState<EventDraft[]>(() => [emptyDraft()]);
  const [errors, setErrors] = useState<EventErrors[]>([]);
  const { outcome, showOutcome, outcomeRef } = useReportOutcome(user.id);
  /** A refused report from the outbox being corrected: removed once this one is filed. */
  const [replacing, setReplacing] = useState<string | null>(null);
  const [categoryUse, setCategoryUse] = useState(() => readCategoryUse(browserStorage(), user.id));
  const { formRef, afterSubmit } = useInvalidFieldFocus();

  const { top, rest } = useMemo(
    () => orderCategories(taxonomy.data ?? [], categoryUse),
    [taxonomy.data, categoryUse],
  );
  const layerNames = useMemo(
    () => new Map((municipality.data?.districtLayers ?? []).map((layer) => [layer.id, layer.name])),
    [municipality.data],
  );

  const send = useMutation({
    mutationFn: (report: ReportInput) => postReport(report),
    onSuccess: () => refreshIncidentViews(queryClient),
  });

  const finish = (next: Outcome, codes: string[]) => {
    recordCategoryUse(browserStorage(), user.id, codes);
    setCategoryUse(readCategoryUse(browserStorage(), user.id));
    if (replacing !== null) outbox.remove(user.id, replacing);
    setReplacing(null);
    setDrafts([emptyDraft()]);
    setErrors([]);
    showOutcome(next);
  };

  const queue = async (report: ReportInput & { clientReference: string }) => {
    const events = await Promise.all(
      report.events.map(async (event) => ({
        ...event,
        description: await maskForDevice(event.description),
      })),
    );
    outbox.add(user.id, { ...report, events }, new Date());
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateDrafts(drafts, s);
    setErrors(found);
    showOutcome(null);
    send.reset();
    if (hasErrors(found)) {
      afterSubmit();
      return;
    }
    const report = {
      clientReference: newClientReference(),
      events: toReportedEvents(drafts, new Date()),
    };
    const codes = report.events.map((item) => item.categoryCode);
    const queued = { kind: 'queued', clientReference: report.clientReference } as const;
    if (!navigator.onLine) {
      await queue(report);
      finish(queued, codes);
      return;
    }
    try {
      const result = await send.mutateAsync(report);
      finish({ kind: 'sent', result, eventCount: report.events.length, wasQueued: false }, codes);
    } catch (error) {
      if (isWorthQueueing(error)) {
        await queue(report);
        send.reset();
        finish(queued, codes);
      } else if (isApiError(error) && error.code === 'INCIDENT_INVALID') {
        const problems = (error.details as { problems?: EventProblem[] } | undefined)?.problems;
        setErrors(errorsFromProblems(problems ?? [], drafts.length, s));
        afterSubmit();
      }
    }
  };

  const update = (key: string, change: Partial<EventDraft>) => {
    const next = drafts.map((draft) => (draft.key === key ? { ...draft, ...change } : draft));
    setDrafts(next);
    // An error that the change put right goes at once ("Choose what happened" once chosen).
    if (hasErrors(errors)) {
      const current = validateDrafts(next, s);
      setErrors(errors.map((shown, index) => settleErrors(shown, current[index] ?? {})));
    }
  };

  const edit = (queued: QueuedReport) => {
    setDrafts(
      draftsFromEvents(queued.report.events, (iso) => toStockholmDateTimeInput(new Date(iso))),
    );
    setErrors(errorsFromProblems(queued.refusal?.problems ?? [], queued.report.events.length, s));
    setReplacing(queued.clientReference);
    showOutcome(null);
    document.getElementById('report-form')?.scrollIntoView();
  };

  const isLoading = taxonomy.isPending || districts.isPending;
  const loadError = taxonomy.error ?? districts.error;

  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>{s.report.title}</Title>
      <Text>{s.report.intro}</Text>
      {/* Information, not an error: Mantine's Alert would be announced as one on every visit. */}
      <Alert color="blue" variant="light" role="note" icon={<IconInfoCircle aria-hidden="true" />}>
        {s.report.placesNotPeople}
      </Alert>
      <OutboxList userId={user.id} categories={taxonomy.data} onEdit={edit} />

      <ReportOutcome outcome={outcome} outcomeRef={outcomeRef} />

      {isLoading ? (
        <InlineLoader />
      ) : loadError !== null ? (
        <ErrorAlert error={loadError} />
      ) : (
        <form ref={formRef} id="report-form" onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="lg">
            {hasErrors(errors) && (
              // The live region reads the errors and focus goes to the first field: no alert.
              <Alert color="red" variant="light" role="group">
                <Text size="sm">{s.report.problemsHeading}</Text>
                <List size="sm">
                  {errors.flatMap((eventErrors, index) =>
                    Object.values(eventErrors).map((message) => (
                      <List.Item key={`${index}-${message}`}>
                        {drafts.length > 1 ? `${s.report.eventHeading(index + 1)}: ` : ''}
                        {message}
                      </List.Item>
                    )),
                  )}
                </List>
              </Alert>
            )}
            {send.isError &&
              !(isApiError(send.error) && send.error.code === 'INCIDENT_INVALID') && (
                <ErrorAlert error={send.error} />
              )}
            {drafts.map((draft, index) => (
              <Paper
                key={draft.key}
                withBorder={drafts.length > 1}
                p={drafts.length > 1 ? 'md' : 0}
                radius="md"
                component="section"
                aria-labelledby={drafts.length > 1 ? `${draft.key}-heading` : undefined}
                data-testid="report-event"
              >
                <Stack gap="md">
                  {drafts.length > 1 && (
                    <Group justify="space-between" wrap="nowrap">
                      <Title order={2} size="h3" id={`${draft.key}-heading`}>
                        {s.report.eventHeading(index + 1)}
                      </Title>
                      <Button
                        variant="default"
                        size="compact-md"
                        leftSection={<IconTrash size={16} aria-hidden="true" />}
                        onClick={() => {
                          setDrafts(drafts.filter((item) => item.key !== draft.key));
                          setErrors(errors.filter((_, position) => position !== index));
                        }}
                      >
                        {s.report.removeEvent(index + 1)}
                      </Button>
                    </Group>
                  )}
                  <EventFields
                    draft={draft}
                    errors={errors[index] ?? {}}
                    onChange={(change) => update(draft.key, change)}
                    topCategories={top}
                    otherCategories={rest}
                    districts={districts.data}
                    layerNames={layerNames}
                    nowValue={nowValue}
                  />
                </Stack>
              </Paper>
            ))}
            {drafts.length < maximumEvents && (
              <Group>
                <Button
                  variant="default"
                  leftSection={<IconPlus size={18} aria-hidden="true" />}
                  onClick={() => setDrafts([...drafts, emptyDraft()])}
                >
                  {s.report.addEvent}
                </Button>
              </Group>
            )}
            <Button type="submit" size="lg" loading={send.isPending}>
              {drafts.length > 1 ? s.report.submitMany(drafts.length) : s.report.submit}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
