import type { Repositories } from '../deps.js';
import { DomainError } from '../errors.js';
import type { SignalProblemDetail } from './signal-problem.js';

/** What a signal names that must exist in the municipality: its category, district, partner, incidents. */
interface SignalReferences {
  categoryCode?: string | undefined;
  districtId?: string | null | undefined;
  sourceOrganisationId?: string | null | undefined;
  incidentIds?: readonly string[] | undefined;
  observedAt?: string | undefined;
}

const allowedClockSkewMs = 5 * 60_000;

/**
 * Checks every reference at once and throws SIGNAL_INVALID with all problems by field, so a
 * form can mark each. Another municipality's ids read as unknown, like missing ones.
 */
export async function assertSignalReferencesValid(
  repositories: Repositories,
  municipalityId: string,
  references: SignalReferences,
  now: Date,
): Promise<void> {
  const problems: SignalProblemDetail[] = [];
  if (references.categoryCode !== undefined) {
    const category = await repositories.taxonomy.find(municipalityId, references.categoryCode);
    if (!category) problems.push({ field: 'categoryCode', problem: 'category_unknown' });
    else if (category.retiredAt !== null)
      problems.push({ field: 'categoryCode', problem: 'category_retired' });
  }
  if (references.districtId) {
    const districts = await repositories.municipalities.listDistricts(municipalityId);
    if (!districts.some((district) => district.id === references.districtId))
      problems.push({ field: 'districtId', problem: 'district_unknown' });
  }
  if (references.sourceOrganisationId) {
    const organisation = await repositories.organisations.findById(
      municipalityId,
      references.sourceOrganisationId,
    );
    if (!organisation)
      problems.push({ field: 'sourceOrganisationId', problem: 'organisation_unknown' });
  }
  for (const id of new Set(references.incidentIds ?? [])) {
    if (!(await repositories.incidents.findById(municipalityId, id))) {
      problems.push({ field: 'incidentIds', problem: 'incident_unknown' });
      break;
    }
  }
  if (
    references.observedAt !== undefined &&
    new Date(references.observedAt).getTime() > now.getTime() + allowedClockSkewMs
  ) {
    problems.push({ field: 'observedAt', problem: 'time_in_future' });
  }
  if (problems.length > 0) {
    throw new DomainError('SIGNAL_INVALID', 'The signal needs correcting; nothing was saved.', {
      problems,
    });
  }
}
