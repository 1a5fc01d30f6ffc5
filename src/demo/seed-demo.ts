import { randomBytes } from 'node:crypto';
import { acceptInvitation } from '../domain/accounts/accept-invitation.js';
import { inviteUser } from '../domain/accounts/invite-user.js';
import { commandLineOperator } from '../domain/access/actor.js';
import type { OrganisationKind } from '../domain/access/roles.js';
import { storeInTransaction, type Deps } from '../domain/deps.js';
import { createMunicipality } from '../domain/municipalities/create-municipality.js';
import { defaultSignInPolicy } from '../domain/sign-in/sign-in.js';
import { createOrganisation } from '../domain/organisations/create-organisation.js';
import { referenceMunicipality } from '../integrations/places-sweden/municipality-reference.js';
import { distriktLayerName } from '../integrations/places-sweden/reference-places.js';
import { huddingePoliceEvents } from './reference-data.js';
import { seedAgreements } from './seed-agreements.js';
import { seedInterventions } from './seed-interventions.js';
import { stockholmToday } from '../shared/time/stockholm-time.js';
import { seedMeetings } from './seed-meetings.js';
import { seedPlan } from './seed-plan.js';
import { seedSanctions } from './seed-sanctions.js';
import { demoShootings } from './seed-shootings.js';
import { seedSuppliers } from './seed-suppliers.js';
import { seededRandom, syntheticIncidents, syntheticPointIn } from './synthetic-incidents.js';
import { periodContaining } from '../analysis/periods.js';
import type { Actor } from '../domain/access/actor.js';
import { reportIncidents } from '../domain/incidents/report-incidents.js';
import type { PolygonGeometry } from '../domain/municipalities/municipality.js';
import { importPoliceEventsFile } from '../integrations/polisen/import-police-events-file.js';

export const demoAdminEmail = 'admin@huddinge.demo';

const demoOrganisations: { name: string; kind: OrganisationKind }[] = [
  { name: 'Kommunstyrelsens förvaltning', kind: 'municipal_administration' },
  { name: 'Socialförvaltningen', kind: 'municipal_administration' },
  { name: 'Lokalpolisområde Huddinge', kind: 'police' },
  { name: 'Södertörns brandförsvarsförbund', kind: 'fire_service' },
  { name: 'Huge Bostäder AB', kind: 'housing_company' },
];

interface DemoLogin {
  email: string;
  password: string;
}

/**
 * Seeds the demo municipality, Huddinge (0126), into an empty database: its real boundary,
 * the police's three utsatta områden as a district layer (provisioned as for any
 * municipality), five organisations, an admin with a fresh random password, Huddinge's real
 * police events 2022–2026, and twelve weeks of synthetic EST reports. Returns null, doing nothing, if any municipality exists.
 */
export async function seedDemo(
  deps: Deps,
  options: { isWithIncidents: boolean } = { isWithIncidents: true },
): Promise<DemoLogin | null> {
  return deps.store.transaction(async (repositories) => {
    if ((await repositories.municipalities.list()).length > 0) return null;
    return seedInto({ ...deps, store: storeInTransaction(repositories) }, options.isWithIncidents);
  });
}

async function seedInto(deps: Deps, isWithIncidents: boolean): Promise<DemoLogin> {
  const reference = await referenceMunicipality('0126');
  if (!reference) throw new Error('The reference data has no boundary for Huddinge (0126).');
  // As any new municipality, the police's utsatta områden come with it. The demo leaves out the
  // Distrikt layer: its picture, tests and screenshots are told in the utsatta områden (an
  // admin adds distrikt in a moment with `municipality create` on a fresh installation).
  const municipality = await createMunicipality(deps, {
    code: '0126',
    name: reference.name,
    boundary: reference.boundary,
    layers: reference.layers.filter((layer) => layer.name !== distriktLayerName),
  });
  const operator = commandLineOperator(municipality.id);
  // The demo's passwords are printed on the console and its data is synthetic: its
  // municipality does not require a second factor, whatever TRYGGVE_REQUIRE_SECOND_FACTOR
  // says, so the demo and the browser journeys sign in with a password alone (issue 17).
  await deps.store.signIn.savePolicy({
    ...defaultSignInPolicy(municipality.id),
    updatedAt: deps.clock().toISOString(),
  });

  const organisations = [];
  for (const organisation of demoOrganisations)
    organisations.push(await createOrganisation(deps, operator, organisation));

  await seedPlan(deps, operator);
  await seedSanctions(deps);
  await seedAgreements(deps, operator);
  await seedMeetings(deps, operator);
  await seedSuppliers(deps, operator, organisations[0]?.id ?? '');
  await seedInterventions(deps, operator, stockholmToday(deps.clock()));

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

  if (isWithIncidents) {
    await importPoliceEvents(deps, operator, organisations[3]?.id ?? '');
    await reportSyntheticWeeks(deps, operator, organisations[4]?.id ?? '', reference.boundary);
  }
  return { email: demoAdminEmail, password };
}

/** The real police events of Huddinge, through the same import as any file. */
async function importPoliceEvents(deps: Deps, operator: Actor, policeId: string) {
  const { events, bodiesJsonl } = await huddingePoliceEvents();
  await importPoliceEventsFile(deps, operator, {
    events,
    bodiesJsonl,
    fileName: 'huddinge-events.json',
    organisationId: policeId,
    isSkippingBadRows: false,
  });
}

/**
 * Twelve weeks of EST reports from a reporter of the housing company, generated with the
 * usual rhythms, and a rise in suspected drug dealing in Skogås in the current week.
 */
async function reportSyntheticWeeks(
  deps: Deps,
  operator: Actor,
  housingId: string,
  boundary: PolygonGeometry,
) {
  const { user } = await inviteUser({ ...deps, mailer: null }, operator, {
    email: 'rapportor@huge.demo',
    displayName: 'Rapportör Huge Bostäder',
    organisationId: housingId,
    roles: ['reporter'],
  });
  const reporter: Actor = {
    userId: user.id,
    municipalityId: operator.municipalityId,
    organisationId: housingId,
    roles: ['reporter'],
  };
  const now = deps.clock();
  const districts = await deps.store.municipalities.listDistricts(operator.municipalityId);
  const generated = [
    ...syntheticIncidents({
      seed: 126,
      from: new Date(now.getTime() - 12 * 7 * 86_400_000),
      to: now,
      perWeek: 45,
      municipality: boundary,
      hotAreas: districts.map((district) => ({
        id: district.id,
        geometry: district.geometry,
        intensity: 1,
      })),
      hotShare: 0.35,
    }),
  ];
  const skogas = districts.find((district) => district.name === 'Skogås');
  const thisWeek = periodContaining('week', now);
  // Eight reports of suspected drug dealing in Skogås, spread over the part of this week that has passed.
  const weekStart = new Date(thisWeek.from).getTime();
  const random = seededRandom(2026);
  const rise = skogas
    ? Array.from({ length: 8 }, (_, index) => ({
        occurredAt: new Date(
          weekStart + ((index + 1) * (now.getTime() - weekStart)) / 9,
        ).toISOString(),
        point: syntheticPointIn(random, skogas.geometry),
        categoryCode: 'suspected_drug_dealing',
        description: 'Misstänkt langning vid centrum.',
        severity: 2 as const,
        unsafety: 3 as const,
      }))
    : [];
  const shootings = demoShootings(
    now,
    districts.map((district) => district.geometry),
    boundary,
  );
  const events = [...generated, ...rise, ...shootings].sort((a, b) =>
    a.occurredAt.localeCompare(b.occurredAt),
  );
  for (let start = 0; start < events.length; start += 20) {
    await reportIncidents(deps, reporter, {
      events: events.slice(start, start + 20).map((incident) => ({
        occurredAt: incident.occurredAt,
        point: incident.point,
        categoryCode: incident.categoryCode,
        description: incident.description,
        severity: incident.severity,
        unsafety: incident.unsafety,
      })),
    });
  }
}
