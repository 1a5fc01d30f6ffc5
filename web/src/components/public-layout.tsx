import { Anchor, Box, Container, Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n-context';
import { LanguageSwitch } from './language-switch';
import { mainContentId, SkipLink } from './skip-link';
import { usePageTitle } from './use-page-title';

/** The frame of the pages one reaches without signing in: sign-in, invitation, reset. */
export function PublicLayout({ title, children }: { title: string; children: ReactNode }) {
  const t = useT();
  usePageTitle(title);
  return (
    <>
      <SkipLink />
      <Box component="header" py="sm" px="md" bg="gray.0">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Anchor component={Link} to="/" underline="never" c="inherit">
            <Text span fw={700} size="lg">
              {t.app.name}
            </Text>
            <Text span size="sm" ml="xs" visibleFrom="xs">
              {t.app.tagline}
            </Text>
          </Anchor>
          <LanguageSwitch />
        </Group>
      </Box>
      <Container component="main" id={mainContentId} tabIndex={-1} size={480} py="xl">
        <Paper withBorder shadow="xs" p={{ base: 'md', sm: 'xl' }} radius="md">
          <Title order={1} size="h2" mb="md">
            {title}
          </Title>
          {children}
        </Paper>
      </Container>
    </>
  );
}
