import {
  Alert,
  Button,
  NativeSelect,
  Radio,
  Group,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useOrganisations } from '../../../api/administration';
import {
  signalCredibilities,
  signalSeriousnesses,
  signalSources,
  type RegisterSignalInput,
  type SavedSignal,
  type SignalSource,
} from '../../../api/early-warning-types';
import { useRegisterSignal } from '../../../api/signals';
import { ErrorAlert } from '../../../components/error-alert';
import { InlineLoader } from '../../../components/full-page-loader';
import {
  formatList,
  fromStockholmDateTimeInput,
  toStockholmDateTimeInput,
} from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n-context';
import { useSituationT } from '../../../i18n/situation/use-situation-t';
import { usePersonalDataKinds } from '../report/personal-data';
import { errorsFromSignalProblems, type SignalErrors } from './signal-problems';
import { districtOptionGroups, signalCategoryOptions, useSignalWords } from './signal-words';

interface Draft {
  categoryCode: string;
  districtId: string;
  observedAt: string;
  description: string;
  source: SignalSource;
  sourceOrganisationId: string;
  credibility: string;
  seriousness: string;
}

const emptyDraft = (): Draft => ({
  categoryCode: '',
  districtId: '',
  observedAt: toStockholmDateTimeInput(new Date()),
  description: '',
  source: 'meeting',
  sourceOrganisationId: '',
  credibility: '',
  seriousness: '',
});

/**
 * Registrera en signal: what was seen or heard, where, when and from whom, with an optional
 * first assessment. Personal data in the description is masked by the server, as in reports.
 */
export function SignalForm({ onSaved }: { onSaved?: (signal: SavedSignal) => void }) {
  const s = useSituationT();
  const words = s.signals;
  const { locale } = useI18n();
  const names = useSignalWords();
  const organisations = useOrganisations();
  const register = useRegisterSignal();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [errors, setErrors] = useState<SignalErrors>({});
  const [saved, setSaved] = useState<SavedSignal | null>(null);
  const personalData = usePersonalDataKinds(draft.description);
  const kindsInWords = (kinds: string[]) =>
    formatList(
      kinds.map((kind) => s.personalData[kind as keyof typeof s.personalData] ?? kind),
      locale,
    );

  const update = (change: Partial<Draft>) => setDraft((current) => ({ ...current, ...change }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    register.reset();
    const observedAt = fromStockholmDateTimeInput(draft.observedAt);
    const found: SignalErrors = {};
    if (draft.categoryCode === '') found.categoryCode = words.required.category;
    if (draft.description.trim() === '') found.description = words.required.description;
    if (observedAt === undefined) found.observedAt = words.required.observedAt;
    setErrors(found);
    if (Object.keys(found).length > 0 || observedAt === undefined) return;
    const input: RegisterSignalInput = {
      categoryCode: draft.categoryCode,
      districtId: draft.districtId || null,
      observedAt,
      description: draft.description.trim(),
      source: draft.source,
      sourceOrganisationId: draft.sourceOrganisationId || null,
      credibility: (draft.credibility || null) as RegisterSignalInput['credibility'],
      seriousness: (draft.seriousness || null) as RegisterSignalInput['seriousness'],
    };
    try {
      const result = await register.mutateAsync(input);
      setSaved(result);
      setDraft(emptyDraft());
      onSaved?.(result);
    } catch (error) {
      setErrors(errorsFromSignalProblems(error, words));
    }
  };

  if (names.isLoading) return <InlineLoader />;
  if (names.error !== null) return <ErrorAlert error={names.error} />;
  const messages = Object.values(errors);

  return (
    <Stack gap="md">
      <div aria-live="polite">
        {saved !== null && (
          <Alert color="teal" variant="light" data-testid="signal-outcome">
            <Text fw={600}>{words.saved}</Text>
            {saved.maskedKinds.length > 0 && (
              <Text size="sm">{words.masked(kindsInWords(saved.maskedKinds))}</Text>
            )}
          </Alert>
        )}
      </div>
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="signal-form">
        <Stack gap="md">
          {messages.length > 0 && (
            <Alert color="red" variant="light" role="alert">
              <Text size="sm">{words.problemsHeading}</Text>
              <ul>
                {messages.map((message) => (
                  <li key={message}>
                    <Text size="sm">{message}</Text>
                  </li>
                ))}
              </ul>
            </Alert>
          )}
          {register.isError && messages.length === 0 && <ErrorAlert error={register.error} />}
          <NativeSelect
            label={words.fields.category}
            required
            value={draft.categoryCode}
            error={errors.categoryCode}
            onChange={(event) => update({ categoryCode: event.currentTarget.value })}
            data={[
              { value: '', label: words.fields.chooseCategory },
              ...signalCategoryOptions(names.categories ?? [], words.fields, locale),
            ]}
          />
          <NativeSelect
            label={words.fields.district}
            value={draft.districtId}
            error={errors.districtId}
            onChange={(event) => update({ districtId: event.currentTarget.value })}
            data={[
              { value: '', label: words.fields.noDistrict },
              ...districtOptionGroups(
                names.districtFeatures,
                names.layerNames,
                s.districts.label,
                locale,
              ),
            ]}
          />
          <TextInput
            type="datetime-local"
            label={words.fields.observedAt}
            description={words.fields.observedAtHelp}
            required
            value={draft.observedAt}
            error={errors.observedAt}
            onChange={(event) => update({ observedAt: event.currentTarget.value })}
          />
          <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden="true" />}>
            {s.report.placesNotPeople}
          </Alert>
          <Textarea
            label={words.fields.description}
            description={words.fields.descriptionHelp}
            required
            autosize
            minRows={4}
            maxLength={4000}
            value={draft.description}
            error={errors.description}
            onChange={(event) => update({ description: event.currentTarget.value })}
          />
          {personalData.length > 0 && (
            <Alert color="orange" variant="light" data-testid="personal-data-warning">
              {words.personalDataWarning(kindsInWords(personalData))}
            </Alert>
          )}
          <Radio.Group
            label={words.fields.source}
            required
            value={draft.source}
            onChange={(value) => update({ source: value as SignalSource })}
          >
            <Group gap="md" mt={4}>
              {signalSources.map((source) => (
                <Radio key={source} value={source} label={words.sources[source]} />
              ))}
            </Group>
          </Radio.Group>
          {(organisations.data?.length ?? 0) > 0 && (
            <NativeSelect
              label={words.fields.organisation}
              value={draft.sourceOrganisationId}
              error={errors.sourceOrganisationId}
              onChange={(event) => update({ sourceOrganisationId: event.currentTarget.value })}
              data={[
                { value: '', label: words.fields.noOrganisation },
                ...(organisations.data ?? [])
                  .filter((organisation) => organisation.disabledAt === null)
                  .map((organisation) => ({ value: organisation.id, label: organisation.name })),
              ]}
            />
          )}
          <Group gap="md" grow preventGrowOverflow={false} wrap="wrap">
            <NativeSelect
              label={words.fields.credibility}
              value={draft.credibility}
              onChange={(event) => update({ credibility: event.currentTarget.value })}
              data={[
                { value: '', label: words.fields.notAssessed },
                ...signalCredibilities.map((value) => ({
                  value,
                  label: words.credibility[value],
                })),
              ]}
            />
            <NativeSelect
              label={words.fields.seriousness}
              value={draft.seriousness}
              onChange={(event) => update({ seriousness: event.currentTarget.value })}
              data={[
                { value: '', label: words.fields.notAssessed },
                ...signalSeriousnesses.map((value) => ({
                  value,
                  label: words.seriousness[value],
                })),
              ]}
            />
          </Group>
          <Group>
            <Button type="submit" loading={register.isPending}>
              {words.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
