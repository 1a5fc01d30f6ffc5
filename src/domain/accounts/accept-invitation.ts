import { recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { assertPasswordAcceptable, hashPassword } from './password.js';
import { findRedeemableToken } from './redeem-token.js';
import { actorOf } from './session-user.js';
import { startSession, type StartedSession } from './start-session.js';

interface AcceptInvitationInput {
  token: string;
  password: string;
}

/** The invited person chooses a password and is signed in. The link then stops working. */
export async function acceptInvitation(
  deps: Deps,
  input: AcceptInvitationInput,
): Promise<StartedSession> {
  const now = deps.clock();
  const { user } = await findRedeemableToken(deps.store, input.token, 'invitation', now);
  assertPasswordAcceptable(input.password, { email: user.email, displayName: user.displayName });
  const passwordHash = await hashPassword(input.password);
  return deps.store.transaction(async (repositories) => {
    // Read again inside the transaction: of two concurrent acceptances, only one wins.
    const { token } = await findRedeemableToken(repositories, input.token, 'invitation', now);
    await repositories.tokens.markUsed(token.id, now.toISOString());
    await repositories.users.update(user.id, {
      passwordHash,
      passwordChangedAt: now.toISOString(),
    });
    const started = await startSession(deps, repositories, user.id, now);
    await recordAudit(repositories, now, actorOf(started.context), {
      action: 'auth.invitation_accept',
      entityType: 'user',
      entityId: user.id,
    });
    return started;
  });
}
