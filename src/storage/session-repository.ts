import type { Kysely } from 'kysely';
import type { SessionRepository } from '../domain/accounts/session-repository.js';
import type { Session } from '../domain/accounts/session.js';
import { toMunicipality } from './municipality-repository.js';
import { toOrganisation } from './organisation-repository.js';
import type { Tables } from './tables.js';
import { rolesOf, toUser } from './user-repository.js';

export function createSessionRepository(db: Kysely<Tables>): SessionRepository {
  return {
    async create(session) {
      await db
        .insertInto('sessions')
        .values({
          id: session.id,
          user_id: session.userId,
          csrf_token: session.csrfToken,
          created_at: session.createdAt,
          last_seen_at: session.lastSeenAt,
          expires_at: session.expiresAt,
          pending_step: session.pendingStep,
          signed_in_with: session.signedInWith,
          id_token_encrypted: session.idTokenEncrypted,
        })
        .execute();
    },

    async findContext(id) {
      const session = await db
        .selectFrom('sessions')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      if (!session) return null;
      const user = await db
        .selectFrom('users')
        .selectAll()
        .where('id', '=', session.user_id)
        .executeTakeFirst();
      if (!user) return null;
      const [organisation, municipality, roles] = await Promise.all([
        db
          .selectFrom('organisations')
          .selectAll()
          .where('id', '=', user.organisation_id)
          .executeTakeFirst(),
        db
          .selectFrom('municipalities')
          .selectAll()
          .where('id', '=', user.municipality_id)
          .executeTakeFirst(),
        rolesOf(db, [user.id]),
      ]);
      if (!organisation || !municipality) return null;
      return {
        session: {
          id: session.id,
          userId: session.user_id,
          csrfToken: session.csrf_token,
          createdAt: session.created_at,
          lastSeenAt: session.last_seen_at,
          expiresAt: session.expires_at,
          pendingStep: session.pending_step as Session['pendingStep'],
          signedInWith: session.signed_in_with as Session['signedInWith'],
          idTokenEncrypted: session.id_token_encrypted,
        },
        user: toUser(user, roles.get(user.id) ?? []),
        organisation: toOrganisation(organisation),
        municipality: toMunicipality(municipality),
      };
    },

    async touch(id, lastSeenAt) {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: lastSeenAt })
        .where('id', '=', id)
        .execute();
    },

    async delete(id) {
      await db.deleteFrom('sessions').where('id', '=', id).execute();
    },

    async deleteForUser(userId, exceptId) {
      let query = db.deleteFrom('sessions').where('user_id', '=', userId);
      if (exceptId) query = query.where('id', '!=', exceptId);
      await query.execute();
    },

    async deleteExpired(now, idleSince) {
      const result = await db
        .deleteFrom('sessions')
        .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<', idleSince)]))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
