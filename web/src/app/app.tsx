import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useSession } from '../api/session';
import { ErrorAlert } from '../components/error-alert';
import { FullPageLoader } from '../components/full-page-loader';
import { useT } from '../i18n/i18n-context';
import { useAccountLocaleSync } from './use-account-locale-sync';
import { AppRoutes } from './router';

/**
 * Asks who is signed in before showing any page. That first GET /api/session also makes the
 * server set the CSRF cookie that every later change needs.
 */
export function App() {
  const t = useT();
  const session = useSession();
  useAccountLocaleSync(session.data?.user ?? null);

  if (session.isPending) return <FullPageLoader />;
  if (session.isError && session.data === undefined) {
    return (
      <Center mih="60vh" p="md" component="main">
        <Stack maw={480}>
          <Title order={1} size="h2">
            {t.app.name}
          </Title>
          <ErrorAlert error={session.error} />
          <Text>
            <Button onClick={() => void session.refetch()} loading={session.isFetching}>
              {t.common.retry}
            </Button>
          </Text>
        </Stack>
      </Center>
    );
  }
  return <AppRoutes />;
}
