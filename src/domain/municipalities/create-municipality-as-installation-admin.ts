import { commandLineOperator, type Actor } from '../access/actor.js';
import { inviteUser } from '../accounts/invite-user.js';
import type { DeliveredLink } from '../accounts/issue-link.js';
import { isInstallationAdmin } from '../accounts/installation-admin.js';
import { normaliseEmail } from '../accounts/user.js';
import { storeInTransaction, type Deps } from '../deps.js';
import { DomainError, notFound } from '../errors.js';
import { createOrganisation } from '../organisations/create-organisation.js';
import { createMunicipality, type CreateMunicipalityInput } from './create-municipality.js';
import type { DistrictLayer, Municipality } from './municipality.js';
import type { FindReferenceMunicipality } from './reference-municipality.js';

export { isInstallationAdmin };

/** The answer for anyone else: the installation's pages do not exist for them. */
export async function requireInstallationAdmin(deps: Deps, actor: Actor): Promise<void> {
  if (!(await isInstallationAdmin(deps, actor))) throw notFound('page');
}

interface FirstAdministratorInput {
  email: string;
  displayName: string;
  /** The municipality's own administration, where the first administrator works. */
  organisationName: string;
}

export type { FindReferenceMunicipality };

interface CreatedMunicipality {
  municipality: Municipality;
  layers: (DistrictLayer & { districtCount: number })[];
  /** The first administrator's invitation: shown to the installation admin to hand over. */
  invitation: DeliveredLink;
}

/**
 * An installation admin creates a municipality by its kommunkod, with everything the command
 * line gives it (name, boundary and layers, from the shipped reference), its own administration as the first
 * organisation and an invitation for its first administrator: all of it or nothing. The
 * invitation's link is shown, not mailed, so nothing is sent for a creation that failed.
 */
export async function createMunicipalityAsInstallationAdmin(
  deps: Deps,
  actor: Actor,
  code: string,
  firstAdministrator: FirstAdministratorInput,
  findReference: FindReferenceMunicipality,
): Promise<CreatedMunicipality> {
  await requireInstallationAdmin(deps, actor);
  const reference = await findReference(code);
  if (!reference) {
    throw new DomainError('MUNICIPALITY_CODE_UNKNOWN', `SCB has no municipality ${code}.`);
  }
  const input: CreateMunicipalityInput = { ...reference, code };
  return deps.store.transaction(async (repositories) => {
    const inner: Deps = { ...deps, mailer: null, store: storeInTransaction(repositories) };
    const municipality = await createMunicipality(inner, input, {
      via: 'web',
      userId: actor.userId,
    });
    // The caller is trusted: tell it plainly that the address is taken (inviteUser would
    // answer as for a fresh address, with a link that opens nothing), and create nothing.
    if (await repositories.users.findByEmail(normaliseEmail(firstAdministrator.email))) {
      throw new DomainError(
        'EMAIL_ALREADY_IN_USE',
        'The first administrator’s e-mail address already has an account (in this or another municipality); choose another address.',
      );
    }
    const operator = commandLineOperator(municipality.id);
    const organisation = await createOrganisation(inner, operator, {
      name: firstAdministrator.organisationName,
      kind: 'municipal_administration',
    });
    const { invitation } = await inviteUser(inner, operator, {
      email: firstAdministrator.email,
      displayName: firstAdministrator.displayName,
      organisationId: organisation.id,
      roles: ['admin', 'coordinator'],
    });
    const layers = await repositories.municipalities.listDistrictLayers(municipality.id);
    return { municipality, layers, invitation };
  });
}
