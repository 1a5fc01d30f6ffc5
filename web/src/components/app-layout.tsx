import {
  AppShell,
  Box,
  Burger,
  Group,
  Menu,
  NavLink,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { Suspense, useRef } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useCurrentUser, useLogout } from '../api/session';
import { useA11yT } from '../i18n/a11y/use-a11y-t';
import { useT } from '../i18n/i18n-context';
import { areas, isAreaVisible, isCurrentArea } from './areas';
import { FullPageLoader } from './full-page-loader';
import { LanguageSwitch } from './language-switch';
import { useAnnounce } from './live-region';
import { OutboxStatus, useOutboxSender } from './outbox-status';
import { usePhoneMenuFocus } from './use-phone-menu-focus';
import { mainContentId, SkipLink } from './skip-link';

/** The frame of every signed-in page: header, the areas in a navbar (a drawer on phones), main. */
export default function AppLayout() {
  const t = useT();
  const user = useCurrentUser();
  const location = useLocation();
  const [isNavbarOpen, { toggle, close }] = useDisclosure(false);
  useOutboxSender(user);
  // Mantine's "sm" breakpoint: below it the navbar is a menu over the page.
  const isPhone = useMediaQuery('(max-width: 47.99em)') ?? false;
  const isMenuOver = isPhone && isNavbarOpen;
  const burgerRef = useRef<HTMLButtonElement>(null);
  const navbarRef = useRef<HTMLDivElement>(null);
  usePhoneMenuFocus({ isOpen: isMenuOver, close, burgerRef, navbarRef });

  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !isNavbarOpen } }}
        padding={{ base: 'md', sm: 'lg' }}
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="sm" wrap="nowrap">
              <Burger
                ref={burgerRef}
                opened={isNavbarOpen}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={isNavbarOpen ? t.nav.closeMenu : t.nav.openMenu}
                aria-expanded={isNavbarOpen}
                aria-controls="main-navigation"
              />
              <Text
                component={Link}
                to="/"
                onClick={close}
                fw={700}
                size="lg"
                c="inherit"
                td="none"
              >
                {t.app.name}
              </Text>
              <Text size="sm" visibleFrom="sm" data-testid="header-municipality">
                {user.municipality.name}
              </Text>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <OutboxStatus user={user} />
              <Box visibleFrom="sm">
                <LanguageSwitch />
              </Box>
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>

        <AppShell.Navbar
          ref={navbarRef}
          id="main-navigation"
          aria-label={t.nav.label}
          p="sm"
          className="app-navbar"
          mod={{ open: isNavbarOpen }}
        >
          <AppShell.Section grow>
            <Stack gap={2}>
              {areas
                .filter((area) => isAreaVisible(area, user.roles))
                .map((area) => {
                  const isActive = isCurrentArea(area, location.pathname);
                  const Icon = area.icon;
                  return (
                    <NavLink
                      key={area.path}
                      component={Link}
                      to={area.path}
                      label={area.label(t)}
                      leftSection={<Icon size={18} aria-hidden="true" />}
                      active={isActive}
                      aria-current={isActive ? 'page' : undefined}
                      // On a phone the navbar covers the page: close it once a link is followed.
                      onClick={close}
                    />
                  );
                })}
            </Stack>
          </AppShell.Section>
          <AppShell.Section hiddenFrom="sm" pt="md">
            <Stack gap="xs">
              <Text size="sm">{user.municipality.name}</Text>
              <LanguageSwitch size="sm" />
            </Stack>
          </AppShell.Section>
        </AppShell.Navbar>

        {/* Behind the open phone menu the page is out of reach, for the keyboard and readers. */}
        <AppShell.Main id={mainContentId} tabIndex={-1} inert={isMenuOver}>
          <Suspense fallback={<FullPageLoader />}>
            <Outlet />
          </Suspense>
        </AppShell.Main>
      </AppShell>
    </>
  );
}

function UserMenu() {
  const t = useT();
  const user = useCurrentUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const a = useA11yT();
  const announce = useAnnounce();

  return (
    // Focus goes to the first item when the menu opens, not to an invisible placeholder.
    <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <UnstyledButton aria-label={t.userMenu.label(user.displayName)}>
          <Group gap={6} wrap="nowrap">
            <IconUserCircle size={28} stroke={1.5} aria-hidden="true" />
            <Text size="sm" fw={500} visibleFrom="md">
              {user.displayName}
            </Text>
            <IconChevronDown size={14} aria-hidden="true" />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item
          component={Link}
          to="/konto"
          data-autofocus
          leftSection={<IconUserCircle size={16} aria-hidden="true" />}
        >
          {t.userMenu.account}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden="true" />}
          disabled={logout.isPending}
          onClick={() =>
            logout.mutate(undefined, {
              onSuccess: () => {
                announce(a.saved.signedOut);
                void navigate('/logga-in', { replace: true });
              },
            })
          }
        >
          {t.userMenu.logout}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
