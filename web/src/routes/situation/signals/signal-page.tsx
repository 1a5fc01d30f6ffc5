import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconX } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/client';
import {
  signalCredibilities,
  signalSeriousnesses,
  signalStatuses,
  type Signal,
  type SignalCredibility,
  type SignalSeriousness,
  type SignalStatus,
} from '../../../api/early-warning-types';
import { useCurrentUser } from '../../../api/session';
import { useSignal, useUpdateSignal } from '../../../api/signals';
import { ErrorAlert } from '../../../components/error-alert';
import { InlineLoader } from '../../../components/full-page-loader';
import { usePageTitle } from '../../../components/use-page-title';
import { formatDateTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n-context';
import { useSituationT } from '../../../i18n/situation/use-situation-t';
import { errorsFromSignalProblems } from './signal-problems';
import { useSignalWords } from './signal-words';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One signal: what was registered, and (for coordinators) its assessment and follow-up. */
export default function SignalPage() {
  const s = useSituationT();
  const words = s.signals;
  const { locale } = useI18n();
  const { id } = useParams();
  const signal = useSignal(id);
  const names = useSignalWords();
  const user = useCurrentUser();
  const title =
    signal.data === undefined
      ? words.title
      : words.detail.heading(names.category(signal.data.categoryCode));
  usePageTitle(title);

  if (signal.isPending) return <InlineLoader />;
  if (signal.data === undefined) {
    return (
      <Stack gap="md">
        <BackLink />
        {isApiError(signal.error) && signal.error.status === 404 ? (
          <Alert color="orange" variant="light" role="alert">
            {words.notFound}
          </Alert>
        ) : (
          <ErrorAlert error={signal.error} />
        )}
      </Stack>
    );
  }
  const item = signal.data;
  const rows: [string, string][] = [
    [words.fields.category, names.category(item.categoryCode)],
    [s.districts.label, names.district(item.districtId)],
    [words.columns.observedAt, formatDateTime(item.observedAt, locale)],
    [words.columns.source, words.sources[item.source]],
    [words.detail.registeredAt, formatDateTime(item.createdAt, locale)],
    [words.detail.updatedAt, formatDateTime(item.updatedAt, locale)],
  ];

  return (
    <Stack gap="md" maw={800}>
      <BackLink />
      <Title order={1}>{title}</Title>
      <Paper withBorder p="md" radius="md">
        <Stack gap="xs" component="dl" m={0}>
          {rows.map(([label, value]) => (
            <div key={label}>
              <Text component="dt" size="sm" c="dimmed">
                {label}
              </Text>
              <Text component="dd" m={0}>
                {value}
              </Text>
            </div>
          ))}
          <div>
            <Text component="dt" size="sm" c="dimmed">
              {words.fields.description}
            </Text>
            <Text
              component="dd"
              m={0}
              style={{ whiteSpace: 'pre-wrap' }}
              data-testid="signal-description"
            >
              {item.textRemovedAt
                ? words.detail.textRemoved(formatDateTime(item.textRemovedAt, locale))
                : item.description}
            </Text>
          </div>
          {item.personalDataKinds.length > 0 && (
            <Text size="sm">{words.detail.keptPersonalData}</Text>
          )}
        </Stack>
      </Paper>
      {user.roles.includes('coordinator') ? (
        <SignalFollowUp signal={item} />
      ) : (
        <SignalFollowUpText signal={item} />
      )}
    </Stack>
  );
}

function BackLink() {
  const s = useSituationT();
  return (
    <Anchor component={Link} to="/lagesbild/signaler">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden="true" />
        {s.signals.detail.back}
      </Group>
    </Anchor>
  );
}

function LinkedIncidents({ ids, onRemove }: { ids: string[]; onRemove?: (id: string) => void }) {
  const words = useSituationT().signals;
  if (ids.length === 0) return <Text size="sm">{words.fields.incidentsNone}</Text>;
  return (
    <List size="sm" spacing={4} data-testid="signal-incidents">
      {ids.map((incidentId, index) => {
        const label = words.fields.incidentLink(index + 1);
        return (
          <List.Item key={incidentId}>
            <Group gap="xs" wrap="nowrap">
              <Anchor component={Link} to={`/lagesbild/handelser/${incidentId}`}>
                {label}
              </Anchor>
              {onRemove !== undefined && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  aria-label={words.fields.removeIncident(label)}
                  onClick={() => onRemove(incidentId)}
                >
                  <IconX size={14} aria-hidden="true" />
                </Button>
              )}
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}

function LinkedAlarms({ keys, onRemove }: { keys: string[]; onRemove?: (key: string) => void }) {
  const words = useSituationT().signals;
  const names = useSignalWords();
  if (keys.length === 0) return <Text size="sm">{words.fields.alarmsNone}</Text>;
  return (
    <List size="sm" spacing={4}>
      {keys.map((key) => (
        <List.Item key={key}>
          <Group gap="xs" wrap="nowrap">
            <span>{names.alarm(key)}</span>
            {onRemove !== undefined && (
              <Button
                size="compact-xs"
                variant="subtle"
                aria-label={words.fields.removeAlarm(names.alarm(key))}
                onClick={() => onRemove(key)}
              >
                <IconX size={14} aria-hidden="true" />
              </Button>
            )}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

/** The assessment and follow-up, read only (analysts). */
function SignalFollowUpText({ signal }: { signal: Signal }) {
  const words = useSituationT().signals;
  return (
    <section aria-labelledby="follow-up-heading">
      <Title order={2} size="h3" id="follow-up-heading" mb="xs">
        {words.detail.editHeading}
      </Title>
      <Stack gap="xs">
        <Text>
          {words.fields.status}: {words.statuses[signal.status]}
        </Text>
        <Text>
          {words.assessed(
            signal.credibility === null ? words.detail.none : words.credibility[signal.credibility],
            signal.seriousness === null ? words.detail.none : words.seriousness[signal.seriousness],
          )}
        </Text>
        <Text style={{ whiteSpace: 'pre-wrap' }}>
          {words.fields.followUp}: {signal.followUp === '' ? words.detail.none : signal.followUp}
        </Text>
        <Title order={3} size="h4">
          {words.fields.incidents}
        </Title>
        <LinkedIncidents ids={signal.incidentIds} />
        <Title order={3} size="h4">
          {words.fields.alarms}
        </Title>
        <LinkedAlarms keys={signal.alarmKeys} />
      </Stack>
    </section>
  );
}

/** The coordinator's form: status, assessment, follow-up notes and links. */
function SignalFollowUp({ signal }: { signal: Signal }) {
  const words = useSituationT().signals;
  const update = useUpdateSignal(signal.id);
  const [status, setStatus] = useState<SignalStatus>(signal.status);
  const [credibility, setCredibility] = useState(signal.credibility ?? '');
  const [seriousness, setSeriousness] = useState(signal.seriousness ?? '');
  const [followUp, setFollowUp] = useState(signal.followUp);
  const [incidentIds, setIncidentIds] = useState(signal.incidentIds);
  const [alarmKeys, setAlarmKeys] = useState(signal.alarmKeys);
  const [newIncident, setNewIncident] = useState('');
  const [incidentError, setIncidentError] = useState<string | null>(null);
  const [isSaved, setIsSaved] = useState(false);
  const problems = errorsFromSignalProblems(update.error, words);

  const addIncident = () => {
    const value = newIncident.trim().split('/').at(-1) ?? '';
    if (!uuidPattern.test(value)) {
      setIncidentError(words.problems.incident_unknown);
      return;
    }
    setIncidentError(null);
    if (!incidentIds.includes(value)) setIncidentIds([...incidentIds, value]);
    setNewIncident('');
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSaved(false);
    update.mutate(
      {
        status,
        credibility: (credibility || null) as SignalCredibility | null,
        seriousness: (seriousness || null) as SignalSeriousness | null,
        followUp,
        incidentIds,
        alarmKeys,
      },
      { onSuccess: () => setIsSaved(true) },
    );
  };

  return (
    <section aria-labelledby="follow-up-heading">
      <Title order={2} size="h3" id="follow-up-heading" mb="xs">
        {words.detail.editHeading}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Group gap="md" grow preventGrowOverflow={false} wrap="wrap">
            <NativeSelect
              label={words.fields.status}
              value={status}
              onChange={(event) => setStatus(event.currentTarget.value as SignalStatus)}
              data={signalStatuses.map((value) => ({ value, label: words.statuses[value] }))}
            />
            <NativeSelect
              label={words.fields.credibility}
              value={credibility}
              onChange={(event) => setCredibility(event.currentTarget.value as SignalCredibility)}
              data={[
                { value: '', label: words.fields.notAssessed },
                ...signalCredibilities.map((value) => ({ value, label: words.credibility[value] })),
              ]}
            />
            <NativeSelect
              label={words.fields.seriousness}
              value={seriousness}
              onChange={(event) => setSeriousness(event.currentTarget.value as SignalSeriousness)}
              data={[
                { value: '', label: words.fields.notAssessed },
                ...signalSeriousnesses.map((value) => ({ value, label: words.seriousness[value] })),
              ]}
            />
          </Group>
          <Textarea
            label={words.fields.followUp}
            description={words.fields.followUpHelp}
            autosize
            minRows={3}
            maxLength={8000}
            value={followUp}
            onChange={(event) => setFollowUp(event.currentTarget.value)}
          />
          <div>
            <Text fw={600} size="sm" mb={4}>
              {words.fields.incidents}
            </Text>
            <LinkedIncidents
              ids={incidentIds}
              onRemove={(id) => setIncidentIds(incidentIds.filter((item) => item !== id))}
            />
            {problems.incidentIds !== undefined && (
              <Text size="sm" c="red.8" role="alert">
                {problems.incidentIds}
              </Text>
            )}
            <Group gap="xs" align="flex-end" mt="xs">
              <TextInput
                label={words.fields.incidentId}
                description={words.fields.incidentIdHelp}
                value={newIncident}
                error={incidentError}
                onChange={(event) => setNewIncident(event.currentTarget.value)}
              />
              <Button variant="default" onClick={addIncident}>
                {words.fields.addIncident}
              </Button>
            </Group>
          </div>
          <div>
            <Text fw={600} size="sm" mb={4}>
              {words.fields.alarms}
            </Text>
            <LinkedAlarms
              keys={alarmKeys}
              onRemove={(key) => setAlarmKeys(alarmKeys.filter((item) => item !== key))}
            />
          </div>
          {update.isError && Object.keys(problems).length === 0 && (
            <ErrorAlert error={update.error} />
          )}
          {update.isError && Object.keys(problems).length > 0 && (
            <Alert color="red" variant="light" role="alert">
              {Object.values(problems).join(' ')}
            </Alert>
          )}
          <div aria-live="polite">
            {isSaved && (
              <Text fw={600} data-testid="signal-saved">
                {words.detail.saved}
              </Text>
            )}
          </div>
          <Group>
            <Button type="submit" loading={update.isPending}>
              {words.detail.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
