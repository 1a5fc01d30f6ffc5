import { Alert, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useState } from 'react';
import type { Category, DistrictCollection, Locale } from '../../../api/types';
import { formatList } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n-context';
import { useSituationT } from '../../../i18n/situation/use-situation-t';
import { ChoiceButtons, ChoiceGrid, type Choice } from './choice-grid';
import { usePersonalDataKinds } from './personal-data';
import { PlaceFields } from './place-fields';
import type { EventDraft, EventErrors } from './report-form';

const label = (category: Category, locale: Locale) =>
  locale === 'en' ? category.labelEn : category.labelSv;

/** One event of a report: what, where, when, the reporter's assessment and a description. */
export function EventFields({
  draft,
  errors,
  onChange,
  topCategories,
  otherCategories,
  districts,
  layerNames,
  nowValue,
}: {
  draft: EventDraft;
  errors: EventErrors;
  onChange: (change: Partial<EventDraft>) => void;
  topCategories: Category[];
  otherCategories: Category[];
  districts: DistrictCollection | undefined;
  layerNames: ReadonlyMap<string, string>;
  /** The current time as a datetime-local value, shown while the time is left at "now". */
  nowValue: string;
}) {
  const s = useSituationT();
  const { locale } = useI18n();
  const [isShowingMore, setIsShowingMore] = useState(false);
  const personalDataKinds = usePersonalDataKinds(draft.description);
  const id = draft.key;
  const isOtherChosen = otherCategories.some((category) => category.code === draft.categoryCode);
  const isMoreOpen = isShowingMore || isOtherChosen;
  const toChoices = (categories: Category[]): Choice[] =>
    categories.map((category) => ({ value: category.code, label: label(category, locale) }));
  const assessmentChoices = (none: string, levels: Record<1 | 2 | 3 | 4, string>): Choice[] => [
    { value: '', label: none },
    ...([1, 2, 3, 4] as const).map((value) => ({
      value: String(value),
      label: `${value} – ${levels[value]}`,
    })),
  ];

  return (
    <Stack gap="lg">
      <ChoiceGrid
        legend={s.report.whatLegend}
        name={`${id}-category`}
        choices={toChoices(topCategories)}
        value={draft.categoryCode}
        onChange={(categoryCode) => onChange({ categoryCode })}
        error={errors.category}
        testId="category-choices"
      >
        {otherCategories.length > 0 && (
          <>
            <div id={`${id}-more-categories`} hidden={!isMoreOpen}>
              {isMoreOpen && (
                <ChoiceButtons
                  name={`${id}-category`}
                  choices={toChoices(otherCategories)}
                  value={draft.categoryCode}
                  onChange={(categoryCode) => onChange({ categoryCode })}
                  error={errors.category}
                />
              )}
            </div>
            <Group>
              <Button
                variant="subtle"
                size="compact-md"
                rightSection={
                  isMoreOpen ? (
                    <IconChevronUp size={16} aria-hidden="true" />
                  ) : (
                    <IconChevronDown size={16} aria-hidden="true" />
                  )
                }
                aria-expanded={isMoreOpen}
                aria-controls={`${id}-more-categories`}
                disabled={isOtherChosen}
                onClick={(event) => {
                  const button = event.currentTarget;
                  setIsShowingMore(!isShowingMore);
                  // The choices open above the button and push it down: keep it in view.
                  window.requestAnimationFrame(() => button.scrollIntoView({ block: 'nearest' }));
                }}
              >
                {isMoreOpen
                  ? s.report.fewerCategories
                  : s.report.moreCategories(otherCategories.length)}
              </Button>
            </Group>
          </>
        )}
      </ChoiceGrid>

      <PlaceFields
        idPrefix={id}
        districts={districts}
        layerNames={layerNames}
        point={draft.point}
        districtId={draft.districtId}
        address={draft.address}
        onPointChange={(point) => onChange({ point })}
        onDistrictChange={(districtId) => onChange({ districtId })}
        onAddressChange={(address) => onChange({ address })}
        placeError={errors.place}
        districtError={errors.district}
      />

      <fieldset className="plain-fieldset">
        <Text component="legend" fw={600} mb={4}>
          {s.report.whenLegend}
        </Text>
        <Stack gap="xs">
          <TextInput
            id={`${id}-occurred-at`}
            type="datetime-local"
            label={s.report.occurredAt}
            description={draft.occurredAt === null ? s.report.occurredAtNow : undefined}
            value={draft.occurredAt ?? nowValue}
            max={nowValue}
            onChange={(event) => onChange({ occurredAt: event.currentTarget.value })}
            error={errors.time}
          />
          {draft.occurredUntil === null ? (
            <Group>
              <Button
                variant="subtle"
                size="compact-md"
                onClick={() => onChange({ occurredUntil: '' })}
              >
                {s.report.addUntil}
              </Button>
            </Group>
          ) : (
            <>
              <TextInput
                id={`${id}-occurred-until`}
                type="datetime-local"
                label={s.report.occurredUntil}
                value={draft.occurredUntil}
                min={draft.occurredAt ?? undefined}
                onChange={(event) => onChange({ occurredUntil: event.currentTarget.value })}
                error={errors.until}
              />
              <Group>
                <Button
                  variant="subtle"
                  size="compact-md"
                  onClick={() => onChange({ occurredUntil: null })}
                >
                  {s.report.removeUntil}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </fieldset>

      <ChoiceGrid
        legend={s.severity.legend}
        name={`${id}-severity`}
        choices={assessmentChoices(s.severity.none, s.severity.levels)}
        value={draft.severity}
        onChange={(severity) => onChange({ severity })}
      />
      <ChoiceGrid
        legend={s.unsafety.legend}
        name={`${id}-unsafety`}
        choices={assessmentChoices(s.unsafety.none, s.unsafety.levels)}
        value={draft.unsafety}
        onChange={(unsafety) => onChange({ unsafety })}
      />

      <Stack gap="xs">
        <Textarea
          id={`${id}-description`}
          label={s.report.description}
          description={s.report.descriptionHelp}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={4000}
          value={draft.description}
          onChange={(event) => onChange({ description: event.currentTarget.value })}
        />
        <div role="status">
          {personalDataKinds.length > 0 && (
            <Alert
              color="orange"
              variant="light"
              icon={<IconAlertTriangle aria-hidden="true" />}
              data-testid="personal-data-warning"
            >
              {s.report.personalDataWarning(
                formatList(
                  personalDataKinds.map(
                    (kind) => s.personalData[kind as keyof typeof s.personalData] ?? kind,
                  ),
                  locale,
                ),
              )}
            </Alert>
          )}
        </div>
      </Stack>

      <TextInput
        id={`${id}-people`}
        type="number"
        inputMode="numeric"
        min={0}
        max={10000}
        step={1}
        label={s.report.peopleCount}
        value={draft.peopleCount}
        onChange={(event) => onChange({ peopleCount: event.currentTarget.value })}
        error={errors.peopleCount}
        maw={240}
      />
    </Stack>
  );
}
