import { Center, Loader, Stack, Text } from '@mantine/core';
import { useT } from '../i18n/i18n-context';

/** Shown while the app, a page's code or its data is on the way. */
export function FullPageLoader() {
  const t = useT();
  return (
    <Center mih="50vh" role="status">
      <Stack align="center" gap="xs">
        <Loader aria-hidden="true" />
        <Text>{t.app.loading}</Text>
      </Stack>
    </Center>
  );
}

/** A smaller loader for a part of a page. */
export function InlineLoader() {
  const t = useT();
  return (
    <Center py="lg" role="status">
      <Loader size="sm" aria-hidden="true" />
      <Text ml="sm">{t.app.loading}</Text>
    </Center>
  );
}
