import type { Deps } from '../deps.js';
import { findRedeemableToken, tokenInvalid } from './redeem-token.js';

interface InvitationSummary {
  email: string;
  displayName: string;
  organisationName: string;
  municipalityName: string;
}

/** What the invitation page shows before the invited person chooses a password. */
export async function lookUpInvitation(deps: Deps, token: string): Promise<InvitationSummary> {
  const { user } = await findRedeemableToken(deps.store, token, 'invitation', deps.clock());
  const organisation = await deps.store.organisations.findById(
    user.municipalityId,
    user.organisationId,
  );
  const municipality = await deps.store.municipalities.findById(user.municipalityId);
  if (!organisation || !municipality) throw tokenInvalid();
  return {
    email: user.email,
    displayName: user.displayName,
    organisationName: organisation.name,
    municipalityName: municipality.name,
  };
}
