import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { usePageTitle } from '../components/use-page-title';
import { useT } from '../i18n/i18n-context';

export default function NotFoundPage() {
  const t = useT();
  usePageTitle(t.notFound.title);
  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{t.notFound.title}</Title>
      <Text>{t.notFound.text}</Text>
      <Anchor component={Link} to="/">
        {t.notFound.toStart}
      </Anchor>
    </Stack>
  );
}
