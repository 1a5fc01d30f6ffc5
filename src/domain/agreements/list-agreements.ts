import type { Actor } from '../access/actor.js';
import { isPermitted } from '../access/permissions.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { AgreementKind, AgreementStatus, AgreementWithStatus } from './agreement.js';
import { withAgreementStatus } from './agreement-rules.js';

interface ListAgreementsInput {
  kind?: AgreementKind | undefined;
  status?: AgreementStatus | undefined;
}

/**
 * The agreements and citizen promises the actor may read, with their status today, newest
 * period first: all of the municipality's for its staff; for a partner's user, only those
 * its organisation is party to, and nothing else.
 */
export async function listAgreements(
  deps: Deps,
  actor: Actor,
  input: ListAgreementsInput = {},
): Promise<AgreementWithStatus[]> {
  await authorize(deps, actor, 'agreement.read_as_party', 'agreement.list');
  const isStaff = isPermitted(actor, 'agreement.read');
  if (!isStaff && actor.organisationId === null) return [];
  const agreements = await deps.store.agreements.list(actor.municipalityId, {
    kind: input.kind,
    partyOrganisationId: isStaff ? undefined : (actor.organisationId ?? undefined),
  });
  return (await withAgreementStatus(deps.store, deps, agreements)).filter(
    (agreement) => input.status === undefined || agreement.status === input.status,
  );
}
