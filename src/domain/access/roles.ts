/**
 * The roles of the people who use Tryggve. A user may hold several.
 * - admin: manages organisations, users and reads the audit log
 * - coordinator: trygghetssamordnare; runs the situation picture, meetings and plans
 * - reporter: rapportör; reports incidents
 * - analyst: reads and analyses the situation picture
 * - viewer: politicians and boards; aggregates only
 * - caseworker: social services; individual interventions
 * - procurement: supplier vetting
 * - partner: staff of a partner organisation (police, fire service, housing company); reports
 *   incidents, reads the aggregated picture, takes part in the meetings they are members of
 *   and the agreements their organisation is party to
 */
export const roles = [
  'admin',
  'coordinator',
  'reporter',
  'analyst',
  'viewer',
  'caseworker',
  'procurement',
  'partner',
] as const;

export type Role = (typeof roles)[number];

export const organisationKinds = [
  'municipal_administration',
  'police',
  'fire_service',
  'housing_company',
  'security_company',
  'other',
] as const;

export type OrganisationKind = (typeof organisationKinds)[number];
