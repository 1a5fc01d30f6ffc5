import { Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from '../../../components/use-page-title';
import { useSituationT } from '../../../i18n/situation/use-situation-t';
import { CsvImportForm } from './csv-import-form';
import { PoliceImportForm } from './police-import-form';
import { PoliceTypeMappingSection } from './police-type-mapping-section';
import { RecentRuns } from './recent-runs';

/** Importera: a CSV file through its column mapping, the police's events, and the latest runs. */
export default function ImportPage() {
  const m = useSituationT().import;
  usePageTitle(m.title);
  return (
    <Stack gap="lg" maw={960}>
      <Title order={1}>{m.title}</Title>
      <Text size="sm">{m.intro}</Text>
      <CsvImportForm />
      <PoliceImportForm />
      <PoliceTypeMappingSection />
      <RecentRuns />
    </Stack>
  );
}
