import type { Actor } from '../../src/domain/access/actor.js';
import type { Role } from '../../src/domain/access/roles.js';
import type { Deps } from '../../src/domain/deps.js';
import type { Organisation } from '../../src/domain/organisations/organisation.js';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { actorFor, makeUser } from './factories.js';

/** The seeded demo municipality with a way to add users to its organisations. */
export interface Huddinge {
  municipalityId: string;
  organisations: Record<'administration' | 'social' | 'police' | 'fire' | 'housing', Organisation>;
  districtIds: Record<string, string>;
  actor(organisation: keyof Huddinge['organisations'], roles: Role[]): Promise<Actor>;
}

/** Seeds the demo into an empty test database and names its parts for tests. */
export async function seedHuddinge(deps: Deps): Promise<Huddinge> {
  await seedDemo(deps, { isWithIncidents: false });
  const [municipality] = await deps.store.municipalities.list();
  if (!municipality) throw new Error('The demo was not seeded.');
  const all = await deps.store.organisations.list(municipality.id);
  const named = (name: string) => {
    const organisation = all.find((item) => item.name === name);
    if (!organisation) throw new Error(`The demo lacks ${name}.`);
    return organisation;
  };
  const organisations = {
    administration: named('Kommunstyrelsens förvaltning'),
    social: named('Socialförvaltningen'),
    police: named('Lokalpolisområde Huddinge'),
    fire: named('Södertörns brandförsvarsförbund'),
    housing: named('Huge Bostäder AB'),
  };
  const districts = await deps.store.municipalities.listDistricts(municipality.id);
  return {
    municipalityId: municipality.id,
    organisations,
    districtIds: Object.fromEntries(districts.map((district) => [district.name, district.id])),
    actor: async (organisation, roles) =>
      actorFor(await makeUser(deps, organisations[organisation], roles)),
  };
}
