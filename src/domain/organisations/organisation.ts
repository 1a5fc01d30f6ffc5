import type { OrganisationKind } from '../access/roles.js';

export interface Organisation {
  id: string;
  municipalityId: string;
  name: string;
  kind: OrganisationKind;
  disabledAt: string | null;
  createdAt: string;
}
