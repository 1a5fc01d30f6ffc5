import type { Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { normaliseEmail } from './user.js';

/** Whether the operator named this address in TRYGGVE_INSTALLATION_ADMINS. */
export function isListedInstallationAdminEmail(deps: Deps, email: string): boolean {
  const address = normaliseEmail(email);
  return (deps.installationAdminEmails ?? []).some((listed) => normaliseEmail(listed) === address);
}

/**
 * Whether the actor is one of the installation's administrators: the people the operator
 * named in TRYGGVE_INSTALLATION_ADMINS, who may create municipalities from the web app.
 * A listed address is not enough: the account must not have been invited by someone signed
 * in to the web app (a municipality's admin), only by the operator from the command line
 * (`tryggve user create`) or as a municipality's first administrator. Otherwise an admin
 * who invited a listed address before its holder had an account would choose its password
 * and so become installation admin. The same holds for a password link an admin created
 * before the address was listed. Links are kept, so this cannot be washed out later.
 */
export async function isInstallationAdmin(deps: Deps, actor: Actor): Promise<boolean> {
  if (actor.userId === null || (deps.installationAdminEmails ?? []).length === 0) return false;
  const user = await deps.store.users.findById(actor.municipalityId, actor.userId);
  if (user === null || user.disabledAt !== null) return false;
  if (!isListedInstallationAdminEmail(deps, user.email)) return false;
  if (await deps.store.tokens.wasIssuedByUser(user.id, 'invitation')) return false;
  return !(await deps.store.tokens.wasIssuedByUser(user.id, 'password_reset'));
}
