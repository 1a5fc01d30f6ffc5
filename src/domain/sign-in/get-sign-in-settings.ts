import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { redirectUriOf } from './sign-in-secrets.js';
import { defaultSignInPolicy, type ClaimMapping, type SignInPolicy } from './sign-in.js';

/** The provider as an admin sees it: everything but the secret. */
export interface IdentityProviderView {
  label: string;
  issuerUrl: string;
  clientId: string;
  hasClientSecret: boolean;
  allowedEmailDomains: string[];
  claimMappings: ClaimMapping[];
  rolesFollowClaims: boolean;
  supportContact: string;
  updatedAt: string;
}

export interface SignInSettings {
  /** What to register at the provider as the redirect URI. */
  redirectUri: string;
  isSecretsKeyConfigured: boolean;
  provider: IdentityProviderView | null;
  policy: Omit<SignInPolicy, 'municipalityId'>;
  /** The break-glass admin's latest password sign-ins, newest first: every admin sees them. */
  breakGlassSignIns: { at: string; userId: string | null }[];
}

export const breakGlassAuditAction = 'auth.login.break_glass';

/** The municipality's sign-in settings, for its admins. */
export async function getSignInSettings(deps: Deps, actor: Actor): Promise<SignInSettings> {
  await authorize(deps, actor, 'sign_in.manage', 'sign_in.settings.read');
  const [provider, policy, breakGlass] = await Promise.all([
    deps.store.signIn.findProvider(actor.municipalityId),
    deps.store.signIn.findPolicy(actor.municipalityId),
    deps.store.audit.list(actor.municipalityId, { action: breakGlassAuditAction, limit: 20 }),
  ]);
  const { municipalityId: _, ...policyView } = policy ?? defaultSignInPolicy(actor.municipalityId);
  return {
    redirectUri: redirectUriOf(deps),
    isSecretsKeyConfigured: deps.secretsKey !== undefined,
    provider: provider
      ? {
          label: provider.label,
          issuerUrl: provider.issuerUrl,
          clientId: provider.clientId,
          hasClientSecret: true,
          allowedEmailDomains: provider.allowedEmailDomains,
          claimMappings: provider.claimMappings,
          rolesFollowClaims: provider.rolesFollowClaims,
          supportContact: provider.supportContact,
          updatedAt: provider.updatedAt,
        }
      : null,
    policy: policyView,
    breakGlassSignIns: breakGlass.map((entry) => ({ at: entry.at, userId: entry.entityId })),
  };
}
