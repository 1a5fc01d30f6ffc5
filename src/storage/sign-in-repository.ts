import type { Kysely, Selectable } from 'kysely';
import type { Role } from '../domain/access/roles.js';
import type { SignInRepository } from '../domain/sign-in/sign-in-repository.js';
import type { ClaimMapping, IdentityProvider, SecondFactor } from '../domain/sign-in/sign-in.js';
import type { Tables } from './tables.js';
import type { IdentityProviderTable, SecondFactorTable } from './tables/sign-in.js';

function toProvider(row: Selectable<IdentityProviderTable>): IdentityProvider {
  return {
    municipalityId: row.municipality_id,
    label: row.label,
    issuerUrl: row.issuer_url,
    clientId: row.client_id,
    clientSecretEncrypted: row.client_secret_encrypted,
    allowedEmailDomains: JSON.parse(row.allowed_email_domains) as string[],
    claimMappings: (JSON.parse(row.claim_mappings) as ClaimMapping[]).map((mapping) => ({
      ...mapping,
      roles: mapping.roles as Role[],
    })),
    rolesFollowClaims: Number(row.roles_follow_claims) === 1,
    supportContact: row.support_contact,
    updatedAt: row.updated_at,
  };
}

function toSecondFactor(row: Selectable<SecondFactorTable>): SecondFactor {
  return {
    userId: row.user_id,
    secretEncrypted: row.secret_encrypted,
    recoveryCodeHashes: JSON.parse(row.recovery_code_hashes) as string[],
    lastUsedStep: row.last_used_step === null ? null : Number(row.last_used_step),
    confirmedAt: row.confirmed_at,
    createdAt: row.created_at,
  };
}

export function createSignInRepository(db: Kysely<Tables>): SignInRepository {
  return {
    async findProvider(municipalityId) {
      const row = await db
        .selectFrom('identity_providers')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .executeTakeFirst();
      return row ? toProvider(row) : null;
    },

    async listProviders() {
      const rows = await db.selectFrom('identity_providers').selectAll().execute();
      return rows.map(toProvider);
    },

    async saveProvider(provider) {
      const values = {
        label: provider.label,
        issuer_url: provider.issuerUrl,
        client_id: provider.clientId,
        client_secret_encrypted: provider.clientSecretEncrypted,
        allowed_email_domains: JSON.stringify(provider.allowedEmailDomains),
        claim_mappings: JSON.stringify(provider.claimMappings),
        roles_follow_claims: provider.rolesFollowClaims ? 1 : 0,
        support_contact: provider.supportContact,
        updated_at: provider.updatedAt,
      };
      await db
        .insertInto('identity_providers')
        .values({ municipality_id: provider.municipalityId, ...values })
        .onConflict((conflict) => conflict.column('municipality_id').doUpdateSet(values))
        .execute();
    },

    async findPolicy(municipalityId) {
      const row = await db
        .selectFrom('sign_in_policies')
        .selectAll()
        .where('municipality_id', '=', municipalityId)
        .executeTakeFirst();
      if (!row) return null;
      return {
        municipalityId: row.municipality_id,
        isPasswordSignInDisabled: Number(row.is_password_sign_in_disabled) === 1,
        breakGlassUserId: row.break_glass_user_id,
        isSecondFactorRequired: Number(row.is_second_factor_required) === 1,
        updatedAt: row.updated_at,
      };
    },

    async savePolicy(policy) {
      const values = {
        is_password_sign_in_disabled: policy.isPasswordSignInDisabled ? 1 : 0,
        break_glass_user_id: policy.breakGlassUserId,
        is_second_factor_required: policy.isSecondFactorRequired ? 1 : 0,
        updated_at: policy.updatedAt,
      };
      await db
        .insertInto('sign_in_policies')
        .values({ municipality_id: policy.municipalityId, ...values })
        .onConflict((conflict) => conflict.column('municipality_id').doUpdateSet(values))
        .execute();
    },

    async findIdentity(issuer, subject) {
      const row = await db
        .selectFrom('user_identities')
        .selectAll()
        .where('issuer', '=', issuer)
        .where('subject', '=', subject)
        .executeTakeFirst();
      return row
        ? {
            issuer: row.issuer,
            subject: row.subject,
            userId: row.user_id,
            municipalityId: row.municipality_id,
            createdAt: row.created_at,
          }
        : null;
    },

    async findIdentityOfUser(userId) {
      const row = await db
        .selectFrom('user_identities')
        .selectAll()
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row
        ? {
            issuer: row.issuer,
            subject: row.subject,
            userId: row.user_id,
            municipalityId: row.municipality_id,
            createdAt: row.created_at,
          }
        : null;
    },

    async createIdentity(identity) {
      await db
        .insertInto('user_identities')
        .values({
          issuer: identity.issuer,
          subject: identity.subject,
          user_id: identity.userId,
          municipality_id: identity.municipalityId,
          created_at: identity.createdAt,
        })
        .execute();
    },

    async createAttempt(attempt, now) {
      await db.deleteFrom('oidc_sign_in_attempts').where('expires_at', '<', now).execute();
      await db
        .insertInto('oidc_sign_in_attempts')
        .values({
          id: attempt.id,
          municipality_id: attempt.municipalityId,
          nonce: attempt.nonce,
          code_verifier: attempt.codeVerifier,
          expires_at: attempt.expiresAt,
        })
        .execute();
    },

    async takeAttempt(id) {
      const row = await db
        .selectFrom('oidc_sign_in_attempts')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return null;
      // Only the request whose delete removed the row may go on: a parallel replay finds 0.
      const deleted = await db
        .deleteFrom('oidc_sign_in_attempts')
        .where('id', '=', id)
        .executeTakeFirst();
      if (Number(deleted.numDeletedRows) !== 1) return null;
      return {
        id: row.id,
        municipalityId: row.municipality_id,
        nonce: row.nonce,
        codeVerifier: row.code_verifier,
        expiresAt: row.expires_at,
      };
    },

    async findSecondFactor(userId) {
      const row = await db
        .selectFrom('second_factors')
        .selectAll()
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row ? toSecondFactor(row) : null;
    },

    async saveSecondFactor(secondFactor) {
      const values = {
        secret_encrypted: secondFactor.secretEncrypted,
        recovery_code_hashes: JSON.stringify(secondFactor.recoveryCodeHashes),
        last_used_step: secondFactor.lastUsedStep,
        confirmed_at: secondFactor.confirmedAt,
      };
      await db
        .insertInto('second_factors')
        .values({ user_id: secondFactor.userId, created_at: secondFactor.createdAt, ...values })
        .onConflict((conflict) => conflict.column('user_id').doUpdateSet(values))
        .execute();
    },

    async deleteSecondFactor(userId) {
      await db.deleteFrom('second_factors').where('user_id', '=', userId).execute();
    },

    async claimStep(userId, step) {
      const result = await db
        .updateTable('second_factors')
        .set({ last_used_step: step })
        .where('user_id', '=', userId)
        .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', step)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async useRecoveryCode(userId, codeHash) {
      const row = await db
        .selectFrom('second_factors')
        .select('recovery_code_hashes')
        .where('user_id', '=', userId)
        .executeTakeFirst();
      if (!row) return false;
      const hashes = JSON.parse(row.recovery_code_hashes) as string[];
      if (!hashes.includes(codeHash)) return false;
      // Compare-and-swap on the list: of two requests with the same code, one wins.
      const result = await db
        .updateTable('second_factors')
        .set({ recovery_code_hashes: JSON.stringify(hashes.filter((hash) => hash !== codeHash)) })
        .where('user_id', '=', userId)
        .where('recovery_code_hashes', '=', row.recovery_code_hashes)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
