import { Button, Group, Stack } from '@mantine/core';
import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '../../api/session';
import { FullPageLoader } from '../../components/full-page-loader';
import { usePageTitle } from '../../components/use-page-title';
import { useSituationT } from '../../i18n/situation/use-situation-t';
import ForbiddenPage from '../forbidden-page';
import { canOpen, currentSection, sections } from './situation-sections';

/**
 * The situation picture area: a sub-navigation with the parts this person's roles open, and
 * the part itself. A part outside one's roles says so rather than failing on the API.
 */
export default function SituationLayout() {
  const s = useSituationT();
  const user = useCurrentUser();
  const location = useLocation();
  const current = currentSection(location.pathname);
  const visible = sections.filter((section) => canOpen(section, user.roles));
  const isAllowed = current === undefined || canOpen(current, user.roles);

  return (
    <Stack gap="md">
      {visible.length > 1 && (
        <nav aria-label={s.nav.label} className="no-print">
          <Group gap="xs" component="ul" className="plain-list">
            {visible.map((section) => {
              const isCurrent = section.id === current?.id;
              return (
                <li key={section.id}>
                  <Button
                    component={Link}
                    to={section.path}
                    size="compact-md"
                    variant={isCurrent ? 'filled' : 'default'}
                    aria-current={isCurrent ? 'page' : undefined}
                  >
                    {section.label(s)}
                  </Button>
                </li>
              );
            })}
          </Group>
        </nav>
      )}
      {isAllowed ? (
        <Suspense fallback={<FullPageLoader />}>
          <Outlet />
        </Suspense>
      ) : (
        <Forbidden />
      )}
    </Stack>
  );
}

function Forbidden() {
  const s = useSituationT();
  usePageTitle(s.nav.label);
  return <ForbiddenPage text={s.forbidden} />;
}
