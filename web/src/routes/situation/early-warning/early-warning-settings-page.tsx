import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useEarlyWarningSettings, useSaveEarlyWarningSettings } from '../../../api/early-warning';
import {
  earsMethods,
  seasonalPowerTransforms,
  seasonalThresholds,
  type EarlyWarningSettings,
  type EarsMethod,
  type SeasonalPowerTransform,
  type SeasonalThreshold,
} from '../../../api/early-warning-types';
import { useTaxonomy } from '../../../api/situation';
import { ErrorAlert } from '../../../components/error-alert';
import { InlineLoader } from '../../../components/full-page-loader';
import { usePageTitle } from '../../../components/use-page-title';
import { useI18n } from '../../../i18n/i18n-context';
import { useSituationT } from '../../../i18n/situation/use-situation-t';

type Field =
  | 'minimumCount'
  | 'falseDiscoveryRate'
  | 'hotSpotResolution'
  | 'hotSpotFalseDiscoveryRate'
  | 'heatBandwidthMeters';

const toPercent = (rate: number) => Math.round(rate * 1000) / 10;

/**
 * Tidig varning: how alarms, hot spots and the heat map are found (admins and coordinators).
 * Each setting is explained in a sentence; the server checks the same bounds.
 */
export default function EarlyWarningSettingsPage() {
  const s = useSituationT();
  const words = s.earlyWarning.settings;
  usePageTitle(words.title);
  const settings = useEarlyWarningSettings();
  const taxonomy = useTaxonomy();

  return (
    <Stack gap="md" maw={800}>
      <Title order={1}>{words.title}</Title>
      <Text>{words.intro}</Text>
      {settings.isPending || taxonomy.isPending ? (
        <InlineLoader />
      ) : settings.data === undefined ? (
        <ErrorAlert error={settings.error} />
      ) : (
        <SettingsForm saved={settings.data} />
      )}
    </Stack>
  );
}

function SettingsForm({ saved }: { saved: EarlyWarningSettings }) {
  const s = useSituationT();
  const words = s.earlyWarning.settings;
  const { locale } = useI18n();
  const taxonomy = useTaxonomy();
  const save = useSaveEarlyWarningSettings();
  const [draft, setDraft] = useState({
    ...saved,
    falseDiscoveryRate: toPercent(saved.falseDiscoveryRate),
    hotSpotFalseDiscoveryRate: toPercent(saved.hotSpotFalseDiscoveryRate),
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [isSaved, setIsSaved] = useState(false);
  const categories = (taxonomy.data ?? [])
    .filter((category) => category.retiredAt === null)
    .sort((a, b) => a.sortOrder - b.sortOrder);

  const update = (change: Partial<typeof draft>) => {
    setIsSaved(false);
    setDraft((current) => ({ ...current, ...change }));
  };
  const setCategory = (
    code: string,
    change: Partial<{ isEnabled: boolean; minimumCount: number | null }>,
  ) =>
    update({
      categories: {
        ...draft.categories,
        [code]: { isEnabled: true, minimumCount: null, ...draft.categories[code], ...change },
      },
    });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    const isInteger = (value: number, from: number, to: number) =>
      Number.isInteger(value) && value >= from && value <= to;
    const isRate = (value: number) => Number.isFinite(value) && value > 0 && value <= 50;
    if (!isInteger(draft.minimumCount, 1, 1000)) found.minimumCount = words.rangeInteger(1, 1000);
    if (!isRate(draft.falseDiscoveryRate)) found.falseDiscoveryRate = words.rangePercent;
    if (!isInteger(draft.hotSpotResolution, 6, 10))
      found.hotSpotResolution = words.rangeInteger(6, 10);
    if (!isRate(draft.hotSpotFalseDiscoveryRate))
      found.hotSpotFalseDiscoveryRate = words.rangePercent;
    if (!isInteger(draft.heatBandwidthMeters, 50, 5000)) {
      found.heatBandwidthMeters = words.rangeInteger(50, 5000);
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    save.mutate(
      {
        ...draft,
        falseDiscoveryRate: draft.falseDiscoveryRate / 100,
        hotSpotFalseDiscoveryRate: draft.hotSpotFalseDiscoveryRate / 100,
      },
      { onSuccess: () => setIsSaved(true) },
    );
  };

  const number = (value: string | number) => (typeof value === 'number' ? value : Number.NaN);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {Object.keys(errors).length > 0 && (
          <Alert color="red" variant="light" role="alert">
            {words.invalid}
          </Alert>
        )}
        {save.isError && <ErrorAlert error={save.error} />}
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="alarm-settings">
          <Stack gap="md">
            <Title order={2} size="h3" id="alarm-settings">
              {words.alarmsHeading}
            </Title>
            <NativeSelect
              label={words.method}
              description={words.methodHelp}
              value={draft.method}
              onChange={(event) => update({ method: event.currentTarget.value as EarsMethod })}
              data={earsMethods.map((method) => ({ value: method, label: words.methods[method] }))}
            />
            <NumberInput
              label={words.minimumCount}
              description={words.minimumCountHelp}
              min={1}
              max={1000}
              allowDecimal={false}
              value={draft.minimumCount}
              error={errors.minimumCount}
              onChange={(value) => update({ minimumCount: number(value) })}
            />
            <NumberInput
              label={words.falseDiscoveryRate}
              description={words.falseDiscoveryRateHelp}
              min={0.1}
              max={50}
              decimalScale={1}
              decimalSeparator={locale === 'sv' ? ',' : '.'}
              value={draft.falseDiscoveryRate}
              error={errors.falseDiscoveryRate}
              onChange={(value) => update({ falseDiscoveryRate: number(value) })}
            />
            <Switch
              label={words.seasonal}
              description={words.seasonalHelp}
              checked={draft.isSeasonalEnabled}
              onChange={(event) => update({ isSeasonalEnabled: event.currentTarget.checked })}
            />
            <NativeSelect
              label={words.seasonalThreshold}
              description={words.seasonalThresholdHelp}
              value={draft.seasonalThreshold}
              disabled={!draft.isSeasonalEnabled}
              onChange={(event) =>
                update({ seasonalThreshold: event.currentTarget.value as SeasonalThreshold })
              }
              data={seasonalThresholds.map((value) => ({
                value,
                label: words.seasonalThresholds[value],
              }))}
            />
            <NativeSelect
              label={words.seasonalPowerTransform}
              description={words.seasonalPowerTransformHelp}
              value={draft.seasonalPowerTransform}
              disabled={!draft.isSeasonalEnabled || draft.seasonalThreshold !== 'delta'}
              onChange={(event) =>
                update({
                  seasonalPowerTransform: event.currentTarget.value as SeasonalPowerTransform,
                })
              }
              data={seasonalPowerTransforms.map((value) => ({
                value,
                label: words.seasonalPowerTransforms[value],
              }))}
            />
          </Stack>
        </Paper>

        <Paper
          withBorder
          p="md"
          radius="md"
          component="section"
          aria-labelledby="category-settings"
        >
          <Stack gap="sm">
            <Title order={2} size="h3" id="category-settings">
              {words.categoriesHeading}
            </Title>
            <Text size="sm">{words.categoriesHelp}</Text>
            {categories.map((category) => {
              const label = locale === 'en' ? category.labelEn : category.labelSv;
              const setting = draft.categories[category.code];
              return (
                <Group key={category.code} gap="md" align="flex-end" wrap="wrap">
                  <Checkbox
                    label={words.categoryEnabled(label)}
                    checked={setting?.isEnabled ?? true}
                    onChange={(event) =>
                      setCategory(category.code, { isEnabled: event.currentTarget.checked })
                    }
                    style={{ flex: '1 1 14rem' }}
                  />
                  <NumberInput
                    label={words.categoryMinimum(label)}
                    placeholder={words.categoryMinimumPlaceholder}
                    min={1}
                    max={1000}
                    allowDecimal={false}
                    w={160}
                    value={setting?.minimumCount ?? ''}
                    onChange={(value) =>
                      setCategory(category.code, {
                        minimumCount: typeof value === 'number' && value >= 1 ? value : null,
                      })
                    }
                  />
                </Group>
              );
            })}
          </Stack>
        </Paper>

        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="map-settings">
          <Stack gap="md">
            <Title order={2} size="h3" id="map-settings">
              {words.mapHeading}
            </Title>
            <NumberInput
              label={words.hotSpotResolution}
              description={words.hotSpotResolutionHelp}
              min={6}
              max={10}
              allowDecimal={false}
              value={draft.hotSpotResolution}
              error={errors.hotSpotResolution}
              onChange={(value) => update({ hotSpotResolution: number(value) })}
            />
            <NumberInput
              label={words.hotSpotFalseDiscoveryRate}
              description={words.hotSpotFalseDiscoveryRateHelp}
              min={0.1}
              max={50}
              decimalScale={1}
              decimalSeparator={locale === 'sv' ? ',' : '.'}
              value={draft.hotSpotFalseDiscoveryRate}
              error={errors.hotSpotFalseDiscoveryRate}
              onChange={(value) => update({ hotSpotFalseDiscoveryRate: number(value) })}
            />
            <NumberInput
              label={words.heatBandwidth}
              description={words.heatBandwidthHelp}
              min={50}
              max={5000}
              step={50}
              allowDecimal={false}
              value={draft.heatBandwidthMeters}
              error={errors.heatBandwidthMeters}
              onChange={(value) => update({ heatBandwidthMeters: number(value) })}
            />
          </Stack>
        </Paper>

        <div aria-live="polite">
          {isSaved && (
            <Text fw={600} data-testid="settings-saved">
              {words.saved}
            </Text>
          )}
        </div>
        <Group>
          <Button type="submit" loading={save.isPending}>
            {words.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
