import type { Actor } from '../access/actor.js';
import { isPermitted } from '../access/permissions.js';
import type { Deps, Repositories } from '../deps.js';
import { DomainError, notFound } from '../errors.js';
import {
  deriveAgreementStatus,
  type Agreement,
  type AgreementFieldProblem,
  type AgreementWithStatus,
  type Commitment,
} from './agreement.js';
import { stockholmToday } from '../../shared/time/stockholm-time.js';
import { isCalendarDay } from '../../shared/time/calendar.js';

export type { AgreementFieldProblem, AgreementProblemCode } from './agreement.js';

/** Throws AGREEMENT_INVALID with every problem by field, when there is one; nothing is saved. */
export function assertNoAgreementProblems(problems: readonly AgreementFieldProblem[]): void {
  if (problems.length === 0) return;
  throw new DomainError('AGREEMENT_INVALID', 'The agreement needs correcting; nothing was saved.', {
    problems,
  });
}

export function checkText(
  problems: AgreementFieldProblem[],
  field: string,
  value: string | undefined,
): void {
  if (value !== undefined && value.trim() === '') problems.push({ field, problem: 'required' });
}

export function checkDay(
  problems: AgreementFieldProblem[],
  field: string,
  value: string | null | undefined,
): void {
  if (value !== null && value !== undefined && !isCalendarDay(value))
    problems.push({ field, problem: 'invalid_date' });
}

/** Staff read all of the municipality's agreements; anyone else those their organisation signed. */
function canRead(actor: Actor, agreement: Pick<Agreement, 'parties'>): boolean {
  if (isPermitted(actor, 'agreement.read')) return true;
  return (
    isPermitted(actor, 'agreement.read_as_party') &&
    actor.organisationId !== null &&
    agreement.parties.some((party) => party.organisationId === actor.organisationId)
  );
}

/** The agreement if the actor may read it; otherwise the same "not found" as for none. */
export async function findReadableAgreement(
  repositories: Repositories,
  actor: Actor,
  id: string,
): Promise<Agreement> {
  const agreement = await repositories.agreements.find(actor.municipalityId, id);
  if (!agreement || !canRead(actor, agreement)) throw notFound('agreement');
  return agreement;
}

export async function findAgreementOrThrow(
  repositories: Repositories,
  municipalityId: string,
  id: string,
): Promise<Agreement> {
  const agreement = await repositories.agreements.find(municipalityId, id);
  if (!agreement) throw notFound('agreement');
  return agreement;
}

export async function findCommitmentOrThrow(
  repositories: Repositories,
  municipalityId: string,
  id: string,
): Promise<Commitment> {
  const commitment = await repositories.agreements.findCommitment(municipalityId, id);
  if (!commitment) throw notFound('commitment');
  return commitment;
}

export async function withAgreementStatus(
  repositories: Repositories,
  deps: Deps,
  agreements: Agreement[],
): Promise<AgreementWithStatus[]> {
  const today = stockholmToday(deps.clock());
  const municipalityId = agreements[0]?.municipalityId;
  const withDocument = new Set(
    municipalityId
      ? await repositories.agreements.listWithDocument(
          municipalityId,
          agreements.map((agreement) => agreement.id),
        )
      : [],
  );
  return agreements.map((agreement) => ({
    ...agreement,
    status: deriveAgreementStatus(agreement, today),
    hasDocument: withDocument.has(agreement.id),
  }));
}

/** Measures must be the municipality's own: another's, or none, read as unknown. */
export async function checkMeasures(
  repositories: Repositories,
  municipalityId: string,
  problems: AgreementFieldProblem[],
  measureIds: readonly string[] | undefined,
): Promise<void> {
  if (!measureIds || measureIds.length === 0) return;
  const unique = [...new Set(measureIds)];
  const found = await repositories.agreements.findMeasures(municipalityId, unique);
  if (found.length !== unique.length)
    problems.push({ field: 'measureIds', problem: 'measure_unknown' });
}
