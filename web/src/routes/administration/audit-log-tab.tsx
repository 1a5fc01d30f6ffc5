import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import {
  useAuditLog,
  useOrganisations,
  useUsers,
  useVerifyAuditChain,
  type AuditFilter,
} from '../../api/administration';
import { auditOutcomes, type AuditEntry, type AuditOutcome } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { ScrollableTable } from '../../components/scrollable-table';
import { InlineLoader } from '../../components/full-page-loader';
import { useAccessT } from '../../i18n/access/use-access-t';
import { AuditDetails, auditActionLabel, auditEntityText } from './audit-entry-words';
import { formatDateTimeWithSeconds, startOfStockholmDay } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';

const outcomeColors: Record<AuditOutcome, string> = {
  success: 'teal.9',
  denied: '#a63c06',
  failure: 'red.9',
};

interface FilterForm {
  action: string;
  outcome: string;
  /** Calendar days (YYYY-MM-DD) in Swedish time. */
  fromDay: string;
  toDay: string;
}

const emptyFilter: FilterForm = { action: '', outcome: '', fromDay: '', toDay: '' };

function toApiFilter(form: FilterForm): AuditFilter {
  return {
    action: form.action || undefined,
    outcome: (form.outcome || undefined) as AuditOutcome | undefined,
    from: startOfStockholmDay(form.fromDay),
    // "To and with" a day: up to the start of the next one.
    to: startOfStockholmDay(form.toDay, 1),
  };
}

export default function AuditLogTab() {
  const { t } = useI18n();
  const x = useAccessT();
  const [form, setForm] = useState<FilterForm>(emptyFilter);
  const filter = useMemo(() => toApiFilter(form), [form]);
  const log = useAuditLog(filter);
  const entries = useMemo(() => log.data?.pages.flatMap((page) => page.entries) ?? [], [log.data]);

  // The actions we have words for, plus any others seen in the log, so every one can be chosen.
  const actionOptions = useMemo(() => {
    const known = new Set([...Object.keys(t.audit.actions), ...Object.keys(x.auditActions)]);
    for (const entry of entries) known.add(entry.action);
    if (form.action !== '') known.add(form.action);
    return [...known]
      .map((action) => ({ value: action, label: auditActionLabel({ t, x }, action) }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [entries, form.action, t, x]);

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t.administration.audit}
      </Title>
      <Text size="sm" maw={720}>
        {t.audit.intro}
      </Text>
      <VerifyChain />
      <Group gap="md" align="flex-end" role="search" aria-label={t.administration.audit}>
        <NativeSelect
          label={t.audit.filterAction}
          value={form.action}
          onChange={(event) => setForm({ ...form, action: event.currentTarget.value })}
          data={[{ value: '', label: t.common.all }, ...actionOptions]}
        />
        <NativeSelect
          label={t.audit.filterOutcome}
          value={form.outcome}
          onChange={(event) => setForm({ ...form, outcome: event.currentTarget.value })}
          data={[
            { value: '', label: t.common.all },
            ...auditOutcomes.map((outcome) => ({
              value: outcome,
              label: t.audit.outcomes[outcome],
            })),
          ]}
        />
        <TextInput
          type="date"
          label={t.audit.from}
          value={form.fromDay}
          max={form.toDay || undefined}
          onChange={(event) => setForm({ ...form, fromDay: event.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t.audit.to}
          value={form.toDay}
          min={form.fromDay || undefined}
          onChange={(event) => setForm({ ...form, toDay: event.currentTarget.value })}
        />
        <Button
          variant="default"
          onClick={() => setForm(emptyFilter)}
          disabled={JSON.stringify(form) === JSON.stringify(emptyFilter)}
        >
          {t.audit.clearFilters}
        </Button>
      </Group>

      {log.isPending ? (
        <InlineLoader />
      ) : log.data === undefined ? (
        <ErrorAlert error={log.error} />
      ) : entries.length === 0 ? (
        <Text>{t.audit.empty}</Text>
      ) : (
        <>
          <AuditTable entries={entries} />
          <Group gap="md">
            {log.hasNextPage && (
              <Button
                variant="default"
                loading={log.isFetchingNextPage}
                onClick={() => void log.fetchNextPage()}
              >
                {t.audit.loadMore}
              </Button>
            )}
            <Text size="sm" role="status">
              {log.hasNextPage ? t.audit.shown(entries.length) : t.audit.allLoaded(entries.length)}
            </Text>
          </Group>
          {/* A failed "show more" keeps the entries already shown. */}
          {log.isError && <ErrorAlert error={log.error} />}
        </>
      )}
    </Stack>
  );
}

function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t, locale } = useI18n();
  const x = useAccessT();
  const users = useUsers({});
  const organisations = useOrganisations();
  const names = useMemo(
    () => ({
      users: new Map((users.data ?? []).map((user) => [user.id, user.displayName])),
      organisations: new Map(
        (organisations.data ?? []).map((organisation) => [organisation.id, organisation.name]),
      ),
    }),
    [users.data, organisations.data],
  );
  const words = { t, x, locale, names };
  return (
    <ScrollableTable label={t.administration.audit} minWidth={900}>
      <Table striped verticalSpacing="xs" data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t.audit.at}</Table.Th>
            <Table.Th scope="col">{t.audit.actor}</Table.Th>
            <Table.Th scope="col">{t.audit.action}</Table.Th>
            <Table.Th scope="col">{t.audit.entity}</Table.Th>
            <Table.Th scope="col">{t.audit.outcome}</Table.Th>
            <Table.Th scope="col">{t.audit.details}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.seq}>
              <Table.Td>
                <time dateTime={entry.at}>{formatDateTimeWithSeconds(entry.at, locale)}</time>
              </Table.Td>
              <Table.Td>
                {entry.actor === null
                  ? t.audit.system
                  : (names.users.get(entry.actor.id) ??
                    (entry.actor.displayName || x.audit.deletedUser))}
                {entry.organisation !== null && (
                  <Text size="xs" c="dimmed">
                    {entry.organisation.name}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{auditActionLabel({ t, x }, entry.action)}</Table.Td>
              <Table.Td>
                {entry.entityType !== null && (
                  <Text size="sm">{auditEntityText(words, entry.entityType, entry.entityId)}</Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge miw="max-content" color={outcomeColors[entry.outcome]} variant="outline">
                  {t.audit.outcomes[entry.outcome] ?? entry.outcome}
                </Badge>
              </Table.Td>
              <Table.Td>
                <AuditDetails details={entry.details} words={words} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollableTable>
  );
}

function VerifyChain() {
  const { t } = useI18n();
  const verify = useVerifyAuditChain();
  return (
    <Stack gap="xs" align="flex-start">
      <Button
        leftSection={<IconShieldCheck size={18} aria-hidden="true" />}
        loading={verify.isPending}
        onClick={() => verify.mutate()}
      >
        {t.audit.verify}
      </Button>
      {verify.isError && <ErrorAlert error={verify.error} />}
      {verify.isSuccess &&
        (verify.data.isIntact ? (
          <Alert color="teal" variant="light" role="status" data-testid="audit-verification">
            {t.audit.intact(verify.data.checkedEntries)}
          </Alert>
        ) : (
          <Alert color="red" variant="light" role="alert" data-testid="audit-verification">
            <Text size="sm">{t.audit.broken(verify.data.checkedEntries)}</Text>
            <List size="sm" mt={4}>
              {verify.data.problems.map((problem) => (
                <List.Item key={`${problem.seq}-${problem.kind}`}>
                  {t.audit.problem(problem.seq, t.audit.problemKinds[problem.kind] ?? problem.kind)}{' '}
                  <Text span size="xs" ff="monospace">
                    {problem.message}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Alert>
        ))}
    </Stack>
  );
}
