import { Stack, Tabs, Title } from '@mantine/core';
import { Suspense } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { useCurrentUser } from '../../api/session';
import { FullPageLoader } from '../../components/full-page-loader';
import { hasRole } from '../../components/require-sign-in';
import { usePageTitle } from '../../components/use-page-title';
import { useT } from '../../i18n/i18n-context';
import ForbiddenPage from '../forbidden-page';

const sections = ['organisationer', 'anvandare', 'inloggning', 'granskningslogg'] as const;
type Section = (typeof sections)[number];

/** Administration: one tab per part, each tab its own address (so it can be linked to). */
export default function AdministrationLayout() {
  const t = useT();
  const user = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const isAdmin = hasRole(user.roles, 'admin');
  const current = sections.find((section) =>
    location.pathname.startsWith(`/administration/${section}`),
  );
  const labels: Record<Section, string> = {
    organisationer: t.administration.organisations,
    anvandare: t.administration.users,
    inloggning: t.signIn.tab,
    granskningslogg: t.administration.audit,
  };
  usePageTitle(
    !isAdmin
      ? t.forbidden.title
      : current === undefined
        ? t.administration.title
        : `${labels[current]} – ${t.administration.title}`,
  );
  if (!isAdmin) return <ForbiddenPage />;
  // /administration itself (or an unknown part of it) opens the first tab.
  if (current === undefined) return <Navigate to="/administration/organisationer" replace />;

  return (
    <Stack gap="md">
      <Title order={1}>{t.administration.title}</Title>
      <Tabs
        value={current}
        onChange={(value) => {
          if (value !== null) void navigate(`/administration/${value}`);
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t.administration.sectionsLabel}>
          {sections.map((section) => (
            <Tabs.Tab key={section} value={section}>
              {labels[section]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {sections.map((section) => (
          <Tabs.Panel key={section} value={section} pt="md">
            {section === current && (
              <Suspense fallback={<FullPageLoader />}>
                <Outlet />
              </Suspense>
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
