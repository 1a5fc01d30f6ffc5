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
import { can, type Permission } from '../api/permissions';
import type { Role } from '../api/types';
import type { Messages } from '../i18n/sv';

/** The areas of the navbar, in order. */
export interface Area {
  path: string;
  label: (t: Messages) => string;
  icon: TablerIcon;
  /**
   * Shown only to holders of one of these permissions: the server's own table decides, so a
   * user never meets a menu item whose page would refuse them.
   */
  permissions?: readonly Permission[];
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
    permissions: ['plan.read'],
    otherPaths: ['/uppfoljning', '/mina-uppgifter'],
  },
  { path: '/samverkan', label: (t) => t.nav.partnership, icon: IconUsersGroup },
  { path: '/individinsatser', label: (t) => t.nav.interventions, icon: IconHeartHandshake },
  {
    path: '/leverantorer',
    label: (t) => t.nav.suppliers,
    icon: IconShieldSearch,
    permissions: ['supplier.read'],
  },
  {
    path: '/administration',
    label: (t) => t.nav.administration,
    icon: IconSettings,
    permissions: ['user.manage'],
  },
];

/** Whether a user with `roles` sees the area: when their roles permit what it is for. */
export function isAreaVisible(area: Area, roles: readonly Role[]): boolean {
  return area.permissions === undefined || can(roles, ...area.permissions);
}

function isUnder(path: string, pathname: string): boolean {
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}

export function isCurrentArea(area: Pick<Area, 'path' | 'otherPaths'>, pathname: string): boolean {
  return [area.path, ...(area.otherPaths ?? [])].some((path) => isUnder(path, pathname));
}
