import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import type { OrganisationKind } from '../access/roles.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError, UniqueViolation } from '../errors.js';
import type { Organisation } from './organisation.js';

interface CreateOrganisationInput {
  name: string;
  kind: OrganisationKind;
}

/** Adds a municipal administration or an external partner (police, fire service, …) to the municipality. */
export async function createOrganisation(
  deps: Deps,
  actor: Actor,
  input: CreateOrganisationInput,
): Promise<Organisation> {
  await authorize(deps, actor, 'organisation.manage', 'organisation.create');
  const now = deps.clock();
  const name = input.name.normalize('NFC').trim().replace(/\s+/g, ' ');
  const nameTaken = () =>
    new DomainError('ORGANISATION_NAME_TAKEN', 'An organisation with this name exists already.');
  return deps.store
    .transaction(async (repositories) => {
      if (await repositories.organisations.findByName(actor.municipalityId, name))
        throw nameTaken();
      const organisation: Organisation = {
        id: randomUUID(),
        municipalityId: actor.municipalityId,
        name,
        kind: input.kind,
        disabledAt: null,
        createdAt: now.toISOString(),
      };
      await repositories.organisations.create(organisation);
      await recordAudit(repositories, now, actor, {
        action: 'organisation.create',
        entityType: 'organisation',
        entityId: organisation.id,
        details: { kind: organisation.kind },
      });
      return organisation;
    })
    .catch((error: unknown) => {
      throw error instanceof UniqueViolation ? nameTaken() : error;
    });
}
