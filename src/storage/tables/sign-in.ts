/** Tables of issue 17: sign-in through the municipality's provider, policies, second factors. */
export interface IdentityProviderTable {
  municipality_id: string;
  label: string;
  issuer_url: string;
  client_id: string;
  client_secret_encrypted: string;
  /** JSON array of lower-case domains. */
  allowed_email_domains: string;
  /** JSON array of ClaimMapping. */
  claim_mappings: string;
  roles_follow_claims: number;
  support_contact: string;
  updated_at: string;
}

export interface SignInPolicyTable {
  municipality_id: string;
  is_password_sign_in_disabled: number;
  break_glass_user_id: string | null;
  is_second_factor_required: number;
  updated_at: string;
}

export interface UserIdentityTable {
  issuer: string;
  subject: string;
  user_id: string;
  municipality_id: string;
  created_at: string;
}

export interface OidcSignInAttemptTable {
  id: string;
  municipality_id: string;
  nonce: string;
  code_verifier: string;
  expires_at: string;
}

export interface SecondFactorTable {
  user_id: string;
  secret_encrypted: string;
  /** JSON array of SHA-256 hashes. */
  recovery_code_hashes: string;
  last_used_step: number | string | null;
  confirmed_at: string | null;
  created_at: string;
}
