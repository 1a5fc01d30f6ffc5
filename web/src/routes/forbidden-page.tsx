import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { usePageTitle } from '../components/use-page-title';
import { useT } from '../i18n/i18n-context';

/** No access. `text` says why; by default, that the part is for administrators. */
export default function ForbiddenPage({ text }: { text?: string }) {
  const t = useT();
  usePageTitle(t.forbidden.title);
  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{t.forbidden.title}</Title>
      <Text>{text ?? t.forbidden.text}</Text>
      <Anchor component={Link} to="/">
        {t.notFound.toStart}
      </Anchor>
    </Stack>
  );
}
