import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Municipality } from '../municipalities/municipality.js';
import type { Organisation } from '../organisations/organisation.js';
import type { PendingStep } from '../sign-in/sign-in.js';
import type { User } from './user.js';

export interface Session {
  /** SHA-256 of the secret token held in the cookie. */
  id: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  /** What the session still lacks (a second factor); null: a full session (issue 17). */
  pendingStep: PendingStep | null;
  signedInWith: 'password' | 'oidc' | null;
  /** The provider's ID token, sealed; the hint for RP-initiated logout. */
  idTokenEncrypted: string | null;
}

export interface SessionContext {
  session: Session;
  user: User;
  organisation: Organisation;
  municipality: Municipality;
}

/** A secret for a cookie or a link: 256 random bits, URL-safe. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database stores in place of a secret token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function isSameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A session ends at its absolute expiry, or when it has been idle for too long. */
export function isSessionLive(session: Session, now: Date, idleMinutes: number): boolean {
  const idleLimit = new Date(session.lastSeenAt).getTime() + idleMinutes * 60_000;
  return now.getTime() < new Date(session.expiresAt).getTime() && now.getTime() < idleLimit;
}
