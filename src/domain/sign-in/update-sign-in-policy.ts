import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import { userStatus } from '../accounts/user.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import type { SignInPolicy } from './sign-in.js';

export interface UpdateSignInPolicyInput {
  isPasswordSignInDisabled: boolean;
  breakGlassUserId: string | null;
  isSecondFactorRequired: boolean;
}

const invalid = (path: string, problem: string, message: string) =>
  new DomainError('VALIDATION_FAILED', message, { problems: [{ path, problem }] });

/**
 * Sets how the municipality's people sign in. Passwords can be switched off only once a
 * provider is configured, and only with a break-glass admin: an active admin of the
 * municipality with a password and a confirmed second factor, so that a broken provider
 * never locks everyone out and the one remaining password is not a password alone.
 */
export async function updateSignInPolicy(
  deps: Deps,
  actor: Actor,
  input: UpdateSignInPolicyInput,
): Promise<SignInPolicy> {
  await authorize(deps, actor, 'sign_in.manage', 'sign_in.policy.update');
  const municipalityId = actor.municipalityId;
  if (input.isPasswordSignInDisabled) {
    if (!(await deps.store.signIn.findProvider(municipalityId))) {
      throw invalid(
        'isPasswordSignInDisabled',
        'no_provider',
        'Configure the identity provider first.',
      );
    }
    if (input.breakGlassUserId === null) {
      throw invalid('breakGlassUserId', 'required', 'Choose the break-glass admin first.');
    }
  }
  if (input.breakGlassUserId !== null) {
    const user = await deps.store.users.findById(municipalityId, input.breakGlassUserId);
    if (!user || userStatus(user) !== 'active' || !user.roles.includes('admin')) {
      throw invalid(
        'breakGlassUserId',
        'not_an_active_admin',
        'The break-glass account must be an active admin.',
      );
    }
    const secondFactor = await deps.store.signIn.findSecondFactor(user.id);
    if (!secondFactor?.confirmedAt) {
      throw invalid(
        'breakGlassUserId',
        'no_second_factor',
        'The break-glass admin must have enrolled a second factor.',
      );
    }
  }
  const now = deps.clock();
  const policy: SignInPolicy = { municipalityId, ...input, updatedAt: now.toISOString() };
  await deps.store.transaction(async (repositories) => {
    await repositories.signIn.savePolicy(policy);
    await recordAudit(repositories, now, actor, {
      action: 'sign_in.policy.update',
      entityType: 'municipality',
      entityId: municipalityId,
      details: { ...input },
    });
  });
  return policy;
}
