import {
  IconChartDots3,
  IconHeartHandshake,
  IconHome,
  IconListCheck,
  IconSettings,
  IconShieldSearch,
  IconUsersGroup,
  type TablerIcon,
} from '@tabler/icons-react';
import type { Role } from '../api/types';
import type { Messages } from '../i18n/sv';

/** The areas of the navbar, in order. */
export interface Area {
  path: string;
  label: (t: Messages) => string;
  icon: TablerIcon;
  isAdminOnly?: boolean;
  /** Shown only to users with one of these roles (the server refuses the others anyway). */
  roles?: readonly Role[];
  /** Pages outside the area's path that still belong to it (reporting, under the picture). */
  otherPaths?: string[];
}

export const areas: Area[] = [
  { path: '/', label: (t) => t.nav.start, icon: IconHome },
  {
    path: '/lagesbild',
    label: (t) => t.nav.situation,
    icon: IconChartDots3,
    otherPaths: ['/rapportera'],
  },
  {
    path: '/handlingsplaner',
    label: (t) => t.nav.plans,
    icon: IconListCheck,
    otherPaths: ['/uppfoljning', '/mina-uppgifter'],
  },
  { path: '/samverkan', label: (t) => t.nav.partnership, icon: IconUsersGroup },
  { path: '/individinsatser', label: (t) => t.nav.interventions, icon: IconHeartHandshake },
  {
    path: '/leverantorer',
    label: (t) => t.nav.suppliers,
    icon: IconShieldSearch,
    roles: ['procurement'],
  },
  {
    path: '/administration',
    label: (t) => t.nav.administration,
    icon: IconSettings,
    isAdminOnly: true,
  },
];

/** Whether a user with `roles` sees the area: admins see admin-only areas, roles their own. */
export function isAreaVisible(area: Area, roles: readonly Role[]): boolean {
  if (area.isAdminOnly && !roles.includes('admin')) return false;
  return area.roles === undefined || area.roles.some((role) => roles.includes(role));
}

function isUnder(path: string, pathname: string): boolean {
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}

export function isCurrentArea(area: Pick<Area, 'path' | 'otherPaths'>, pathname: string): boolean {
  return [area.path, ...(area.otherPaths ?? [])].some((path) => isUnder(path, pathname));
}
