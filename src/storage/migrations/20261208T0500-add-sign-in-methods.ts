import type { Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/**
 * Sign-in through the municipality's own OpenID Connect provider, the municipality's sign-in
 * policy (passwords off, a break-glass admin, a second factor required), TOTP second factors,
 * and what a session still lacks before it is a full one (issue 17).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { timestamp } = columnTypes(db);
  await db.schema
    .createTable('identity_providers')
    .addColumn('municipality_id', 'text', (column) =>
      column.primaryKey().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('label', 'text', (column) => column.notNull())
    .addColumn('issuer_url', 'text', (column) => column.notNull())
    .addColumn('client_id', 'text', (column) => column.notNull())
    .addColumn('client_secret_encrypted', 'text', (column) => column.notNull())
    .addColumn('allowed_email_domains', 'text', (column) => column.notNull())
    .addColumn('claim_mappings', 'text', (column) => column.notNull())
    .addColumn('roles_follow_claims', 'integer', (column) => column.notNull())
    .addColumn('support_contact', 'text', (column) => column.notNull())
    .addColumn('updated_at', timestamp, (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('sign_in_policies')
    .addColumn('municipality_id', 'text', (column) =>
      column.primaryKey().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('is_password_sign_in_disabled', 'integer', (column) => column.notNull())
    .addColumn('break_glass_user_id', 'text', (column) =>
      column.references('users.id').onDelete('restrict'),
    )
    .addColumn('is_second_factor_required', 'integer', (column) => column.notNull())
    .addColumn('updated_at', timestamp, (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('user_identities')
    .addColumn('issuer', 'text', (column) => column.notNull())
    .addColumn('subject', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text', (column) =>
      column.notNull().unique().references('users.id').onDelete('cascade'),
    )
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('restrict'),
    )
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .addPrimaryKeyConstraint('user_identities_primary_key', ['issuer', 'subject'])
    .execute();

  await db.schema
    .createTable('oidc_sign_in_attempts')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('municipality_id', 'text', (column) =>
      column.notNull().references('municipalities.id').onDelete('cascade'),
    )
    .addColumn('nonce', 'text', (column) => column.notNull())
    .addColumn('code_verifier', 'text', (column) => column.notNull())
    .addColumn('expires_at', timestamp, (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('second_factors')
    .addColumn('user_id', 'text', (column) =>
      column.primaryKey().references('users.id').onDelete('cascade'),
    )
    .addColumn('secret_encrypted', 'text', (column) => column.notNull())
    .addColumn('recovery_code_hashes', 'text', (column) => column.notNull())
    .addColumn('last_used_step', 'bigint')
    .addColumn('confirmed_at', timestamp)
    .addColumn('created_at', timestamp, (column) => column.notNull())
    .execute();

  await db.schema.alterTable('sessions').addColumn('pending_step', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('signed_in_with', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('id_token_encrypted', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').dropColumn('id_token_encrypted').execute();
  await db.schema.alterTable('sessions').dropColumn('signed_in_with').execute();
  await db.schema.alterTable('sessions').dropColumn('pending_step').execute();
  await db.schema.dropTable('second_factors').execute();
  await db.schema.dropTable('oidc_sign_in_attempts').execute();
  await db.schema.dropTable('user_identities').execute();
  await db.schema.dropTable('sign_in_policies').execute();
  await db.schema.dropTable('identity_providers').execute();
}
