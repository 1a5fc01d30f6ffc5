import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import { countPlaceNames } from '../places/count-place-names.js';

interface Onboarding {
  municipality: { id: string; code: string; name: string };
  /** What has been set up. */
  hasBoundary: boolean;
  layers: { id: string; name: string; source: string | null; districtCount: number }[];
  placeNameCount: number;
  /** What is left: each done once its count is above the start. */
  organisationCount: number;
  /** Users besides the first administrator count as "users invited". */
  userCount: number;
  importCount: number;
}

/**
 * A new municipality's administrator's checklist: what came with the municipality (boundary,
 * layers with their districts, place names) and what is left (organisations, users, the
 * first import).
 */
export async function getOnboarding(deps: Deps, actor: Actor): Promise<Onboarding> {
  await authorize(deps, actor, 'organisation.manage', 'municipality.onboarding');
  const { municipalities, organisations, users, importRuns } = deps.store;
  const municipality = await municipalities.findById(actor.municipalityId);
  if (!municipality) throw notFound('municipality');
  const layers = await municipalities.listDistrictLayers(municipality.id);
  return {
    municipality: { id: municipality.id, code: municipality.code, name: municipality.name },
    hasBoundary: (await municipalities.findBoundary(municipality.id)) !== null,
    layers: layers.map(({ id, name, source, districtCount }) => ({
      id,
      name,
      source,
      districtCount,
    })),
    placeNameCount: countPlaceNames(deps.placeNames, municipality.code),
    organisationCount: (await organisations.list(municipality.id)).length,
    userCount: (await users.list(municipality.id, {})).length,
    importCount: (await importRuns.list(municipality.id, 1)).length,
  };
}
