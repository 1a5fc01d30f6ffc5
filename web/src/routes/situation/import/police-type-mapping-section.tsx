import { Alert, Button, Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  usePoliceTypeMappings,
  useResetPoliceTypeMapping,
  useSetPoliceTypeMapping,
} from '../../../api/police-types';
import { useTaxonomy } from '../../../api/situation';
import { ErrorAlert } from '../../../components/error-alert';
import { useI18n } from '../../../i18n/i18n-context';
import { usePoliceTypesT } from '../../../i18n/police-types/use-police-types-t';
import { ImportSection } from './import-section';

/** Marks "not an incident" in the category select. */
const notAnIncident = '-';

/** A coordinator chooses the category of a police event type, or goes back to the default. */
export function PoliceTypeMappingSection() {
  const m = usePoliceTypesT();
  const { locale } = useI18n();
  const mappings = usePoliceTypeMappings();
  const taxonomy = useTaxonomy();
  const save = useSetPoliceTypeMapping();
  const reset = useResetPoliceTypeMapping();
  const [policeType, setPoliceType] = useState('');
  const [category, setCategory] = useState<string | null>(null);

  const labelOf = (code: string | null) => {
    if (code === null) return m.notAnIncident;
    const found = taxonomy.data?.find((item) => item.code === code);
    return found ? (locale === 'en' ? found.labelEn : found.labelSv) : code;
  };
  const defaults = mappings.data?.defaults ?? [];
  const own = mappings.data?.own ?? [];
  const chosenType = policeType || defaults[0]?.policeType || '';
  const current =
    own.find((item) => item.policeType === chosenType) ??
    defaults.find((item) => item.policeType === chosenType);
  const chosenCategory = category ?? current?.categoryCode ?? notAnIncident;
  const defaultOfChosen = defaults.find((item) => item.policeType === chosenType);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    reset.reset();
    save.mutate({
      policeType: chosenType,
      categoryCode: chosenCategory === notAnIncident ? null : chosenCategory,
    });
  };

  return (
    <ImportSection name="police-types" heading={m.heading} intro={m.intro}>
      {mappings.isError ? <ErrorAlert error={mappings.error} /> : null}
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={560}>
          <NativeSelect
            label={m.type}
            value={chosenType}
            onChange={(event) => {
              setPoliceType(event.currentTarget.value);
              setCategory(null);
              save.reset();
            }}
            data={defaults.map((item) => item.policeType)}
          />
          <NativeSelect
            label={m.category}
            description={
              defaultOfChosen ? m.defaultCategory(labelOf(defaultOfChosen.categoryCode)) : undefined
            }
            value={chosenCategory}
            onChange={(event) => {
              setCategory(event.currentTarget.value);
              save.reset();
            }}
            data={[
              { value: notAnIncident, label: m.notAnIncident },
              ...(taxonomy.data ?? [])
                .filter((item) => item.retiredAt === null)
                .map((item) => ({ value: item.code, label: labelOf(item.code) })),
            ]}
          />
          <Group>
            <Button type="submit" loading={save.isPending} disabled={chosenType === ''}>
              {m.save}
            </Button>
          </Group>
          <div role="status" aria-live="polite">
            {save.isSuccess ? (
              <Alert color="green" variant="light">
                {m.saved}
              </Alert>
            ) : null}
          </div>
          {save.isError ? <ErrorAlert error={save.error} /> : null}
        </Stack>
      </form>
      <Title order={3} size="h4" mt="lg" mb="xs">
        {m.ownHeading}
      </Title>
      {reset.isError ? <ErrorAlert error={reset.error} /> : null}
      {own.length === 0 ? (
        <Text size="sm">{m.none}</Text>
      ) : (
        <List spacing="xs" listStyleType="none" p={0}>
          {own.map((item) => (
            <List.Item key={item.policeType}>
              <Group gap="sm" wrap="wrap">
                <Text size="sm">
                  {item.policeType}: {labelOf(item.categoryCode)}
                </Text>
                <Button
                  size="compact-sm"
                  variant="default"
                  aria-label={m.resetLabel(item.policeType)}
                  loading={reset.isPending && reset.variables === item.policeType}
                  onClick={() => reset.mutate(item.policeType)}
                >
                  {m.reset}
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </ImportSection>
  );
}
