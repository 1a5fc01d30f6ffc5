import {
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  signalStatuses,
  type SignalFilter,
  type SignalStatusFilter,
} from '../../../api/early-warning-types';
import { useCurrentUser } from '../../../api/session';
import { useSignals } from '../../../api/signals';
import { ErrorAlert } from '../../../components/error-alert';
import { InlineLoader } from '../../../components/full-page-loader';
import { ScrollableTable } from '../../../components/scrollable-table';
import { usePageTitle } from '../../../components/use-page-title';
import { formatDateTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n-context';
import { useSituationT } from '../../../i18n/situation/use-situation-t';
import { SignalForm } from './signal-form';
import { districtOptionGroups, signalCategoryOptions, useSignalWords } from './signal-words';

/**
 * Signaler: the register of signals of organized crime, open ones first by default, with
 * filters kept in the address. Coordinators register new ones here; analysts read.
 */
export default function SignalsPage() {
  const s = useSituationT();
  const words = s.signals;
  const { locale } = useI18n();
  usePageTitle(words.title);
  const user = useCurrentUser();
  const canManage = user.roles.includes('coordinator');
  const names = useSignalWords();
  const [params, setParams] = useSearchParams();
  const [isFormOpen, setIsFormOpen] = useState(false);
  // Without a status in the address, the open signals: what still needs doing.
  const status = params.get('status') ?? 'open';
  const categoryCode = params.get('category') ?? '';
  const districtId = params.get('district') ?? '';
  const filter = useMemo<SignalFilter>(
    () => ({
      status: status === '' ? undefined : (status as SignalStatusFilter),
      categoryCode: categoryCode || undefined,
      districtId: districtId || undefined,
    }),
    [status, categoryCode, districtId],
  );
  const signals = useSignals(filter);

  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(name, value);
    if (value === '' && name !== 'status') next.delete(name);
    setParams(next, { replace: true });
  };

  return (
    <Stack gap="md" maw={1100}>
      <Title order={1}>{words.title}</Title>
      <Text>{words.intro}</Text>
      {!canManage && <Text size="sm">{words.readOnly}</Text>}

      {canManage && (
        <section aria-labelledby="signal-form-heading">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h3" id="signal-form-heading">
              {words.formHeading}
            </Title>
            <Button
              variant={isFormOpen ? 'default' : 'filled'}
              leftSection={
                isFormOpen ? (
                  <IconX size={16} aria-hidden="true" />
                ) : (
                  <IconPlus size={16} aria-hidden="true" />
                )
              }
              aria-expanded={isFormOpen}
              aria-controls="signal-form-panel"
              onClick={() => setIsFormOpen(!isFormOpen)}
            >
              {isFormOpen ? words.hideForm : words.register}
            </Button>
          </Group>
          <div id="signal-form-panel">
            {isFormOpen && (
              <Paper withBorder p="md" radius="md">
                <SignalForm />
              </Paper>
            )}
          </div>
        </section>
      )}

      <section aria-labelledby="signal-list-heading">
        <Title order={2} size="h3" id="signal-list-heading" mb="xs">
          {words.listLabel}
        </Title>
        <Group gap="md" align="flex-end" mb="md" role="group" aria-label={words.filtersLabel}>
          <NativeSelect
            label={words.statusFilter}
            value={status}
            onChange={(event) => setParam('status', event.currentTarget.value)}
            data={[
              { value: 'open', label: words.open },
              { value: '', label: words.allStatuses },
              ...signalStatuses.map((value) => ({ value, label: words.statuses[value] })),
            ]}
          />
          <NativeSelect
            label={s.categories.label}
            value={categoryCode}
            onChange={(event) => setParam('category', event.currentTarget.value)}
            data={[
              { value: '', label: s.categories.all },
              ...signalCategoryOptions(names.categories ?? [], words.fields, locale),
            ]}
          />
          <NativeSelect
            label={s.districts.label}
            value={districtId}
            onChange={(event) => setParam('district', event.currentTarget.value)}
            data={[
              { value: '', label: s.districts.all },
              ...districtOptionGroups(
                names.districtFeatures,
                names.layerNames,
                s.districts.label,
                locale,
              ),
            ]}
          />
          {(status !== 'open' || categoryCode !== '' || districtId !== '') && (
            <Button
              variant="default"
              onClick={() => setParams(new URLSearchParams(), { replace: true })}
            >
              {words.clearFilters}
            </Button>
          )}
        </Group>

        {signals.isPending ? (
          <InlineLoader />
        ) : signals.data === undefined ? (
          <ErrorAlert error={signals.error} />
        ) : (
          <Stack gap="xs">
            {signals.isError && <ErrorAlert error={signals.error} />}
            {signals.isFetching && <InlineLoader />}
            <Text size="sm" aria-live="polite" data-testid="signal-count">
              {signals.data.length === 0 ? words.empty : words.count(signals.data.length)}
            </Text>
            {signals.data.length > 0 && (
              <ScrollableTable label={words.listLabel} minWidth={760}>
                <Table striped data-testid="signal-list">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{words.columns.observedAt}</Table.Th>
                      <Table.Th scope="col">{words.columns.category}</Table.Th>
                      <Table.Th scope="col">{words.columns.district}</Table.Th>
                      <Table.Th scope="col">{words.columns.source}</Table.Th>
                      <Table.Th scope="col">{words.columns.assessment}</Table.Th>
                      <Table.Th scope="col">{words.columns.status}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {signals.data.map((signal) => (
                      <Table.Tr key={signal.id}>
                        <Table.Td>
                          <Anchor
                            component={Link}
                            to={`/lagesbild/signaler/${signal.id}`}
                            aria-label={words.open_(
                              names.category(signal.categoryCode),
                              formatDateTime(signal.observedAt, locale),
                            )}
                          >
                            {formatDateTime(signal.observedAt, locale)}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{names.category(signal.categoryCode)}</Table.Td>
                        <Table.Td>{names.district(signal.districtId)}</Table.Td>
                        <Table.Td>{words.sources[signal.source]}</Table.Td>
                        <Table.Td>
                          {words.assessed(
                            signal.credibility === null
                              ? words.detail.none
                              : words.credibility[signal.credibility],
                            signal.seriousness === null
                              ? words.detail.none
                              : words.seriousness[signal.seriousness],
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Badge
                            variant="light"
                            c="dark.7"
                            tt="none"
                            color={signal.status === 'closed' ? 'gray' : 'blue'}
                          >
                            {words.statuses[signal.status]}
                          </Badge>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollableTable>
            )}
          </Stack>
        )}
      </section>
    </Stack>
  );
}
