import type {
  IdentityProvider,
  OidcSignInAttempt,
  SecondFactor,
  SignInPolicy,
  UserIdentity,
} from './sign-in.js';

/** Providers, policies, identities, pending provider sign-ins and second factors (issue 17). */
export interface SignInRepository {
  findProvider(municipalityId: string): Promise<IdentityProvider | null>;
  /** Every configured provider: at most one per municipality, so a short list. */
  listProviders(): Promise<IdentityProvider[]>;
  saveProvider(provider: IdentityProvider): Promise<void>;
  findPolicy(municipalityId: string): Promise<SignInPolicy | null>;
  savePolicy(policy: SignInPolicy): Promise<void>;
  findIdentity(issuer: string, subject: string): Promise<UserIdentity | null>;
  findIdentityOfUser(userId: string): Promise<UserIdentity | null>;
  createIdentity(identity: UserIdentity): Promise<void>;
  /** Stores the attempt, and forgets attempts that expired before `now`. */
  createAttempt(attempt: OidcSignInAttempt, now: string): Promise<void>;
  /** Removes and returns the attempt: a second callback with the same state finds nothing. */
  takeAttempt(id: string): Promise<OidcSignInAttempt | null>;
  findSecondFactor(userId: string): Promise<SecondFactor | null>;
  saveSecondFactor(secondFactor: SecondFactor): Promise<void>;
  deleteSecondFactor(userId: string): Promise<void>;
  /**
   * Records that a code for `step` was accepted, only if no code for this or a later step
   * was: false when another request got there first (a replayed code).
   */
  claimStep(userId: string, step: number): Promise<boolean>;
  /** Removes one recovery code; false when it was already used. */
  useRecoveryCode(userId: string, codeHash: string): Promise<boolean>;
}
