import { can, type Permission } from '../../api/permissions';
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
  /** Who may open it: a holder of any of these permissions (the API decides by the same table). */
  permissions: readonly Permission[] | 'all';
  label: (s: SituationMessages) => string;
}

/** The parts of the situation picture area, in the order of its sub-navigation. */
export const sections: Section[] = [
  { id: 'picture', path: '/lagesbild', permissions: 'all', label: (s) => s.nav.picture },
  {
    id: 'report',
    path: '/rapportera',
    permissions: ['incident.report'],
    label: (s) => s.nav.report,
  },
  {
    id: 'review',
    path: '/lagesbild/granska',
    permissions: ['incident.review'],
    label: (s) => s.nav.review,
  },
  {
    id: 'incidents',
    path: '/lagesbild/handelser',
    // Reporters and partners see their own organisation's; viewers (politicians) aggregates only.
    permissions: ['incident.read_all', 'incident.read_own_organisation'],
    label: (s) => s.nav.incidents,
  },
  {
    id: 'signals',
    path: '/lagesbild/signaler',
    // Viewers see the counts on the picture, never the text.
    permissions: ['signal.read'],
    label: (s) => s.nav.signals,
  },
  {
    id: 'import',
    path: '/lagesbild/import',
    permissions: ['incident.import'],
    label: (s) => s.nav.import,
  },
  {
    id: 'layers',
    path: '/lagesbild/omraden',
    permissions: ['district_layer.manage'],
    label: (s) => s.nav.layers,
  },
  {
    id: 'earlyWarning',
    path: '/lagesbild/tidig-varning',
    permissions: ['alarm.configure'],
    label: (s) => s.nav.earlyWarning,
  },
  {
    id: 'nearRepeat',
    path: '/lagesbild/nara-upprepning',
    // Exact points of events: the same permission GET /api/near-repeat requires.
    permissions: ['incident.read_all'],
    label: (s) => s.nav.nearRepeat,
  },
];

export function canOpen(section: Pick<Section, 'permissions'>, roles: readonly Role[]): boolean {
  return section.permissions === 'all' || can(roles, ...section.permissions);
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
