import { randomBytes } from 'node:crypto';
import { acceptInvitation } from '../domain/accounts/accept-invitation.js';
import { inviteUser } from '../domain/accounts/invite-user.js';
import { commandLineOperator } from '../domain/access/actor.js';
import type { OrganisationKind } from '../domain/access/roles.js';
import { storeInTransaction, type Deps } from '../domain/deps.js';
import { createMunicipality } from '../domain/municipalities/create-municipality.js';
import { createDistrictLayer } from '../domain/municipalities/create-district-layer.js';
import { createOrganisation } from '../domain/organisations/create-organisation.js';
import { municipalityBoundary, vulnerableAreas } from './reference-data.js';

export const demoAdminEmail = 'admin@huddinge.demo';

const demoOrganisations: { name: string; kind: OrganisationKind }[] = [
  { name: 'Kommunstyrelsens förvaltning', kind: 'municipal_administration' },
  { name: 'Socialförvaltningen', kind: 'municipal_administration' },
  { name: 'Lokalpolisområde Huddinge', kind: 'police' },
  { name: 'Södertörns brandförsvarsförbund', kind: 'fire_service' },
  { name: 'Huge Bostäder AB', kind: 'housing_company' },
];

export interface DemoLogin {
  email: string;
  password: string;
}

/**
 * Seeds the demo municipality, Huddinge (0126), into an empty database: its real boundary,
 * the police's three utsatta områden as a district layer, five organisations and an admin
 * with a fresh random password. Returns null, doing nothing, if any municipality exists.
 */
export async function seedDemo(deps: Deps): Promise<DemoLogin | null> {
  return deps.store.transaction(async (repositories) => {
    if ((await repositories.municipalities.list()).length > 0) return null;
    return seedInto({ ...deps, store: storeInTransaction(repositories) });
  });
}

async function seedInto(deps: Deps): Promise<DemoLogin> {
  const reference = await municipalityBoundary('0126');
  if (!reference) throw new Error('The reference data has no boundary for Huddinge (0126).');
  const municipality = await createMunicipality(deps, {
    code: '0126',
    name: reference.name,
    boundary: reference.boundary,
  });
  const operator = commandLineOperator(municipality.id);

  const organisations = [];
  for (const organisation of demoOrganisations)
    organisations.push(await createOrganisation(deps, operator, organisation));

  await createDistrictLayer(deps, operator, {
    name: 'Polisens utsatta områden 2023',
    source: 'Polismyndigheten, december 2023',
    districts: (await vulnerableAreas(municipality.name)).map((area) => ({
      name: area.name,
      code: null,
      category: area.category,
      geometry: area.geometry,
    })),
  });

  // The admin goes through the same invitation as everyone else; the link is used at once.
  const { invitation } = await inviteUser({ ...deps, mailer: null }, operator, {
    email: demoAdminEmail,
    displayName: 'Demo Administratör',
    organisationId: organisations[0]?.id ?? '',
    roles: ['admin', 'coordinator'],
  });
  const token = invitation.link?.split('#')[1];
  if (!token) throw new Error('The demo invitation has no link.');
  const password = randomBytes(15).toString('base64url');
  await acceptInvitation(deps, { token, password });
  return { email: demoAdminEmail, password };
}
