import type { Role } from './roles.js';

/**
 * Who is acting. Every use case receives one and decides access from it; a route never
 * decides alone. `userId` is null for the operator at the command line (`tryggve …`), who
 * acts inside one municipality with the roles given.
 */
export interface Actor {
  userId: string | null;
  municipalityId: string;
  organisationId: string | null;
  roles: readonly Role[];
}

/** The command-line operator of a municipality: full administrative rights there, nowhere else. */
export function commandLineOperator(municipalityId: string): Actor {
  return { userId: null, municipalityId, organisationId: null, roles: ['admin'] };
}
