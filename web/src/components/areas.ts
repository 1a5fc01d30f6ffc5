import {
  IconChartDots3,
  IconHome,
  IconListCheck,
  IconSettings,
  IconUsersGroup,
  type TablerIcon,
} from '@tabler/icons-react';
import type { Messages } from '../i18n/sv';

/** The areas of the navbar, in order. */
export interface Area {
  path: string;
  label: (t: Messages) => string;
  icon: TablerIcon;
  isAdminOnly?: boolean;
}

export const areas: Area[] = [
  { path: '/', label: (t) => t.nav.start, icon: IconHome },
  { path: '/lagesbild', label: (t) => t.nav.situation, icon: IconChartDots3 },
  { path: '/handlingsplaner', label: (t) => t.nav.plans, icon: IconListCheck },
  { path: '/samverkan', label: (t) => t.nav.partnership, icon: IconUsersGroup },
  {
    path: '/administration',
    label: (t) => t.nav.administration,
    icon: IconSettings,
    isAdminOnly: true,
  },
];

export function isCurrentArea(path: string, pathname: string): boolean {
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}
