import type { Deps, Repositories } from '../deps.js';
import { accountEmail } from './account-emails.js';
import { tokenLifetimeMinutes, type TokenPurpose } from './one-time-token.js';
import { hashToken, newSecretToken } from './session.js';
import type { User } from './user.js';
import { logFailure } from '../failure-log.js';

/** The web app's page for each kind of link; the token travels in the fragment, never to a server log. */
const linkPaths: Record<TokenPurpose, string> = {
  invitation: '/inbjudan',
  password_reset: '/aterstall-losenord',
};

export interface IssuedLink {
  link: string;
  expiresAt: string;
}

/** Creates a one-time link for a user, replacing the user's earlier unused links of that kind. */
export async function issueLink(
  deps: Deps,
  repositories: Repositories,
  user: User,
  purpose: TokenPurpose,
  createdByUserId: string | null,
  now: Date,
): Promise<IssuedLink> {
  const token = newSecretToken();
  const expiresAt = new Date(now.getTime() + tokenLifetimeMinutes[purpose] * 60_000).toISOString();
  await repositories.tokens.expireUnused(user.id, purpose, now.toISOString());
  await repositories.tokens.create({
    id: hashToken(token),
    purpose,
    userId: user.id,
    createdByUserId,
    createdAt: now.toISOString(),
    expiresAt,
    usedAt: null,
  });
  return { link: `${deps.settings.publicUrl}${linkPaths[purpose]}#${token}`, expiresAt };
}

/**
 * A link shaped like a real one that opens nothing (its token is stored nowhere): what an
 * admin is shown when the truthful answer would reveal an account in another municipality.
 */
export function unusableLink(deps: Deps, purpose: TokenPurpose, now: Date): IssuedLink {
  const expiresAt = new Date(now.getTime() + tokenLifetimeMinutes[purpose] * 60_000).toISOString();
  return { link: `${deps.settings.publicUrl}${linkPaths[purpose]}#${newSecretToken()}`, expiresAt };
}

export interface DeliveredLink {
  /** Shown to the admin when it could not be e-mailed (no SMTP server, or sending failed). */
  link: string | null;
  isEmailed: boolean;
  expiresAt: string;
}

/**
 * E-mails a committed link. Sending happens after the commit so a slow mail server never
 * holds the database; if it fails, the admin gets the link to pass on and nothing is lost.
 */
export async function deliverLink(
  deps: Deps,
  user: User,
  municipalityName: string,
  purpose: TokenPurpose,
  issued: IssuedLink,
): Promise<DeliveredLink> {
  if (!deps.mailer) return { link: issued.link, isEmailed: false, expiresAt: issued.expiresAt };
  const email = accountEmail(user.locale, purpose, {
    displayName: user.displayName,
    municipalityName,
    link: issued.link,
    expiresAt: issued.expiresAt,
  });
  try {
    await deps.mailer.send({ to: user.email, ...email });
    return { link: null, isEmailed: true, expiresAt: issued.expiresAt };
  } catch (error) {
    logFailure(deps.logger, 'ACCOUNT_LINK_MAIL_FAILED', error, {
      municipalityId: user.municipalityId,
    });
    return { link: issued.link, isEmailed: false, expiresAt: issued.expiresAt };
  }
}
