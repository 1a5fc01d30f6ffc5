import type { Actor } from './actor.js';
import { roles, type Role } from './roles.js';

/**
 * What each role may do. One table, read by every use case; the authorization matrix test
 * (src/http/authorization-matrix.test.ts) checks the routes against it from the outside.
 */
const permissionTable = {
  'municipality.read': roles,
  'organisation.list': ['admin', 'coordinator'],
  'organisation.manage': ['admin'],
  'district_layer.manage': ['admin', 'coordinator'],
  'user.list': ['admin'],
  'user.manage': ['admin'],
  'audit.read': ['admin'],
  /** The municipality's identity provider and sign-in policy; resetting a second factor (issue 17). */
  'sign_in.manage': ['admin'],
  'incident.report': ['reporter', 'coordinator', 'partner'],
  /** Keeping personal data unmasked in a description: roles of the municipality's own staff. */
  'incident.keep_personal_data': ['coordinator', 'caseworker'],
  'incident.review': ['coordinator'],
  /** Every incident of the municipality, with its text. */
  'incident.read_all': ['coordinator', 'analyst'],
  /** The incidents of one's own organisation, with their text. */
  'incident.read_own_organisation': ['reporter', 'partner'],
  'incident.import': ['admin', 'coordinator'],
  'taxonomy.read': roles,
  /** The aggregated situation picture: counts, changes, the map; no free text, no reporters. */
  'situation.read': roles,
  /** Recomputing the picture's rollups: an operator's repair. */
  'situation.rebuild': ['admin'],
  'taxonomy.manage': ['admin', 'coordinator'],
  /** The signal register, with its text: registering, assessing, following up. */
  'signal.manage': ['coordinator'],
  'signal.read': ['coordinator', 'analyst'],
  /** How many signals, by category, district and status: no text. */
  'signal.count': ['admin', 'coordinator', 'analyst', 'viewer', 'caseworker', 'procurement'],
  /** Acknowledging or dismissing an alarm of the early warning. */
  'alarm.decide': ['coordinator'],
  'alarm.configure': ['admin', 'coordinator'],
  /**
   * Reading action plans and the register of efforts: adopted plans are public documents and
   * politicians read them. Reporters (partners' staff) have no need to.
   */
  'plan.read': ['admin', 'coordinator', 'analyst', 'viewer', 'caseworker', 'procurement'],
  /** Drafting, adopting and revising plans, their goals, measures and follow-up values; efforts. */
  'plan.manage': ['admin', 'coordinator'],
  /** Follow-up rounds, their progress, the attention list and the reports: as plans are read. */
  'follow_up.read': ['admin', 'coordinator', 'analyst', 'viewer', 'caseworker', 'procurement'],
  /** Making rounds, assigning tasks, writing and finalising the follow-up report. */
  'follow_up.manage': ['admin', 'coordinator'],
  /** Reporting one's own follow-up tasks (a measure's owner may hold any role). */
  'follow_up.report': roles,
  /**
   * Supplier vetting: suppliers, contracts, checks with their evidence, red flags, decisions.
   * Procurement officers only; admins see what was done in the audit log.
   */
  'supplier.read': ['procurement'],
  'supplier.manage': ['procurement'],
  /** Partnership agreements and citizen promises: all of the municipality's, for its staff. */
  'agreement.read': ['admin', 'coordinator', 'analyst', 'viewer', 'caseworker', 'procurement'],
  /** Those one's own organisation is party to: a partner sees what is shared with it. */
  'agreement.read_as_party': roles,
  /** Recording agreements, commitments, their joint follow-up and the signed document. */
  'agreement.manage': ['admin', 'coordinator'],
  /** Meeting series, meetings, agendas, minutes, joint actions, closing: the OSG's coordinators. */
  'meeting.manage': ['admin', 'coordinator'],
  /** Reading a meeting one is a member of (membership is checked in the use case). */
  'meeting.read_as_member': roles,
  /** Flagging an incident for a meeting's agenda. */
  'meeting.flag_incident': ['coordinator'],
  /** One's own iCalendar feed of meetings and joint-action deadlines. */
  'calendar.use': roles,
  /**
   * Programmes of individual interventions (issue 14) and their aggregates, counts below 5
   * suppressed: no person is in them, so every role may read them.
   */
  'intervention.read_aggregates': roles,
  /** Setting up programmes: kind, owner, status, team members, links to the plan. */
  'intervention.manage_programmes': ['admin', 'coordinator'],
  /**
   * Working with cases. Each case is further limited to its assigned caseworkers, the
   * programme's owner and a time-limited nödåtkomst (case-access.ts); anyone else, of any
   * role, learns nothing of it.
   */
  'intervention.work_cases': ['caseworker'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionTable;

export function isPermitted(actor: Actor, permission: Permission): boolean {
  const allowed: readonly Role[] = permissionTable[permission];
  return actor.roles.some((role) => allowed.includes(role));
}

/** Every permission, in the table's order. */
export const permissions = Object.keys(permissionTable) as Permission[];

/**
 * What a holder of these roles may do: the same table the use cases decide by. The web reads it
 * to describe each role and to show only the menu items and buttons a user can use.
 */
export function permissionsOf(heldRoles: readonly Role[]): Permission[] {
  return permissions.filter((permission) =>
    heldRoles.some((role) => (permissionTable[permission] as readonly Role[]).includes(role)),
  );
}
