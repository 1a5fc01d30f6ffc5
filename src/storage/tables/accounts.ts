/**
 * Tables: Municipalities, organisations and accounts.
 * ../tables.ts joins every area into the one database Kysely sees.
 */

export interface MunicipalityTable {
  id: string;
  code: string;
  name: string;
  boundary_geojson: string | null;
  created_at: string;
}

export interface OrganisationTable {
  id: string;
  municipality_id: string;
  name: string;
  kind: string;
  disabled_at: string | null;
  created_at: string;
}

export interface UserTable {
  id: string;
  municipality_id: string;
  organisation_id: string;
  email: string;
  display_name: string;
  locale: string;
  password_hash: string | null;
  password_changed_at: string | null;
  disabled_at: string | null;
  last_login_at: string | null;
  created_at: string;
}

export interface UserRoleTable {
  user_id: string;
  role: string;
}

export interface SessionTable {
  /** SHA-256 of the cookie's token: a leaked table gives no usable session. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  /** Issue 17: what the session still lacks ('enrol_second_factor', 'verify_second_factor'). */
  pending_step: string | null;
  /** 'password' or 'oidc'; null for sessions older than issue 17. */
  signed_in_with: string | null;
  /** The provider's ID token, sealed: the hint for RP-initiated logout. */
  id_token_encrypted: string | null;
}

export interface OneTimeTokenTable {
  /** SHA-256 of the token sent in the link. */
  id: string;
  purpose: string;
  user_id: string;
  created_by_user_id: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface LoginThrottleTable {
  /** SHA-256 of the normalised e-mail address, so unknown addresses are throttled too. */
  key: string;
  failure_count: number;
  locked_until: string | null;
  updated_at: string;
}
