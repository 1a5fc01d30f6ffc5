import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useInstallation } from '../api/places';
import { useCurrentUser } from '../api/session';
import { areas, isAreaVisible } from '../components/areas';
import { hasRole } from '../components/require-sign-in';
import { usePageTitle } from '../components/use-page-title';
import { formatList } from '../i18n/format';
import { AttentionList } from './follow-up/attention-list';
import { DueChecks } from './suppliers/due-checks';
import { RoleWork } from './start/role-work';
import { can } from '../api/permissions';
import { useI18n } from '../i18n/i18n-context';
import { usePlacesT } from '../i18n/places/use-places-t';
import type { Messages } from '../i18n/sv';

const areaTexts: Record<string, (t: Messages) => string> = {
  '/lagesbild': (t) => t.start.areas.situation,
  '/handlingsplaner': (t) => t.start.areas.plans,
  '/samverkan': (t) => t.start.areas.partnership,
  '/leverantorer': (t) => t.start.areas.suppliers,
  '/administration': (t) => t.start.areas.administration,
};

export default function StartPage() {
  const { t, locale } = useI18n();
  const user = useCurrentUser();
  const p = usePlacesT().startLinks;
  const isInstallationAdmin = useInstallation().data?.isInstallationAdmin ?? false;
  usePageTitle(t.start.title);
  const cards = [
    ...areas
      .filter((area) => area.path !== '/' && isAreaVisible(area, user.roles))
      .map((area) => ({
        path: area.path,
        title: area.label(t),
        text: areaTexts[area.path]?.(t) ?? '',
      })),
    { path: '/konto', title: t.userMenu.account, text: t.start.areas.account },
    ...(hasRole(user.roles, 'admin')
      ? [{ path: '/kom-igang', title: p.onboarding, text: p.onboardingText }]
      : []),
    ...(isInstallationAdmin
      ? [{ path: '/installation', title: p.installation, text: p.installationText }]
      : []),
  ];
  // Reporting is what a reporter comes for: first, when their roles allow it.
  if (can(user.roles, 'incident.report')) {
    cards.unshift({ path: '/rapportera', title: t.start.reportTitle, text: t.start.areas.report });
  }

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Title order={1}>{t.start.greeting(user.displayName)}</Title>
        <Text>{t.start.affiliation(user.organisation.name, user.municipality.name)}</Text>
        <Text>
          {t.start.roles(
            formatList(
              user.roles.map((role) => t.roles[role]),
              locale,
            ),
          )}
        </Text>
      </Stack>
      <RoleWork />
      {can(user.roles, 'supplier.manage') && <DueChecks />}
      <AttentionList />
      <section aria-labelledby="start-areas-heading">
        <Title order={2} size="h3" id="start-areas-heading" mb="sm">
          {t.start.areasHeading}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {cards.map((card) => (
            <Card
              key={card.path}
              component={Link}
              to={card.path}
              withBorder
              padding="lg"
              radius="md"
              className="area-card"
            >
              <Text component="h3" fw={650} size="lg" className="area-card-title" c="blue.9">
                {card.title}
              </Text>
              <Text size="sm" mt={6}>
                {card.text}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </section>
      <Anchor component={Link} to="/om-tryggve" size="sm">
        {p.about}
      </Anchor>
    </Stack>
  );
}
