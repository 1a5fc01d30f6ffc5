import type { Role } from '../../api/types';
import type { SituationMessages } from '../../i18n/situation/sv';

export type SectionId =
  | 'picture'
  | 'report'
  | 'review'
  | 'incidents'
  | 'signals'
  | 'import'
  | 'layers'
  | 'earlyWarning'
  | 'nearRepeat';

export interface Section {
  id: SectionId;
  path: string;
  /** Who may open it; the API enforces the same (src/domain/access/permissions.ts). */
  roles: readonly Role[] | 'all';
  label: (s: SituationMessages) => string;
}

/** The parts of the situation picture area, in the order of its sub-navigation. */
export const sections: Section[] = [
  { id: 'picture', path: '/lagesbild', roles: 'all', label: (s) => s.nav.picture },
  {
    id: 'report',
    path: '/rapportera',
    roles: ['reporter', 'coordinator'],
    label: (s) => s.nav.report,
  },
  { id: 'review', path: '/lagesbild/granska', roles: ['coordinator'], label: (s) => s.nav.review },
  {
    id: 'incidents',
    path: '/lagesbild/handelser',
    // Reporters see their own organisation's; viewers (politicians) aggregates only.
    roles: ['coordinator', 'analyst', 'reporter'],
    label: (s) => s.nav.incidents,
  },
  {
    id: 'signals',
    path: '/lagesbild/signaler',
    // Viewers see the counts on the picture, never the text.
    roles: ['coordinator', 'analyst'],
    label: (s) => s.nav.signals,
  },
  {
    id: 'import',
    path: '/lagesbild/import',
    roles: ['admin', 'coordinator'],
    label: (s) => s.nav.import,
  },
  {
    id: 'layers',
    path: '/lagesbild/omraden',
    roles: ['admin', 'coordinator'],
    label: (s) => s.nav.layers,
  },
  {
    id: 'earlyWarning',
    path: '/lagesbild/tidig-varning',
    roles: ['admin', 'coordinator'],
    label: (s) => s.nav.earlyWarning,
  },
  {
    id: 'nearRepeat',
    path: '/lagesbild/nara-upprepning',
    // Exact points of events: the roles that see incidents in detail.
    roles: ['coordinator', 'analyst'],
    label: (s) => s.nav.nearRepeat,
  },
];

export function canOpen(section: Pick<Section, 'roles'>, roles: readonly Role[]): boolean {
  return section.roles === 'all' || section.roles.some((role) => roles.includes(role));
}

export function sectionById(id: SectionId): Section {
  const section = sections.find((item) => item.id === id);
  if (section === undefined) throw new Error(`No section ${id}.`);
  return section;
}

/** The section a path belongs to: the longest section path it is, or lies under. */
export function currentSection(pathname: string): Section | undefined {
  return sections
    .filter((section) => pathname === section.path || pathname.startsWith(`${section.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
}
