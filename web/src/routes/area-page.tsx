import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from '../components/use-page-title';
import { useT } from '../i18n/i18n-context';

type Area = 'plans' | 'partnership';

/**
 * An area that is not built yet. It says so, and what the area will hold, rather than showing
 * an interface that does nothing.
 */
export default function AreaPage({ area }: { area: Area }) {
  const t = useT();
  const texts = t.areas[area];
  usePageTitle(texts.title);
  return (
    <Stack gap="md" maw={760}>
      <Group gap="sm" align="center">
        <Title order={1}>{texts.title}</Title>
        <Badge color="gray.8" variant="outline">
          {t.areas.underConstruction}
        </Badge>
      </Group>
      <Text>{t.areas.notYetBuilt}</Text>
      <Text>{texts.lead}</Text>
      <List spacing="xs">
        {texts.points.map((point) => (
          <List.Item key={point}>{point}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
