import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError, notFound, UniqueViolation } from '../errors.js';
import type { ImportProfile, SavedImportProfile } from './import-profile.js';

const nameTaken = () =>
  new DomainError('VALIDATION_FAILED', 'A profile with this name exists already.', {
    issues: [{ path: ['body', 'name'], message: 'a name no other profile has' }],
  });

/** Saves a CSV column mapping for reuse: a new one, or changes to one (with `id`). */
export async function saveImportProfile(
  deps: Deps,
  actor: Actor,
  input: ImportProfile & { id?: string | undefined },
): Promise<SavedImportProfile> {
  await authorize(deps, actor, 'incident.import', 'import_profile.save');
  const now = deps.clock().toISOString();
  return deps.store
    .transaction(async (repositories) => {
      const codes = new Set(
        (await repositories.taxonomy.list(actor.municipalityId)).map((item) => item.code),
      );
      const unknown = Object.entries(input.categoryValues).filter(([, code]) => !codes.has(code));
      if (unknown.length > 0) {
        throw new DomainError(
          'VALIDATION_FAILED',
          'Some category values point to codes that are not in the taxonomy.',
          {
            issues: unknown.map(([value, code]) => ({
              path: ['body', 'categoryValues', value],
              message: `"${code}" is not a category code`,
            })),
          },
        );
      }
      const earlier = input.id
        ? await repositories.importProfiles.find(actor.municipalityId, input.id)
        : null;
      if (input.id && !earlier) throw notFound('import profile');
      const others = await repositories.importProfiles.list(actor.municipalityId);
      if (
        others.some(
          (item) =>
            item.id !== input.id && item.name.toLowerCase() === input.name.trim().toLowerCase(),
        )
      ) {
        throw nameTaken();
      }
      const profile: SavedImportProfile = {
        id: earlier?.id ?? randomUUID(),
        municipalityId: actor.municipalityId,
        name: input.name.trim(),
        columns: input.columns,
        categoryValues: input.categoryValues,
        createdAt: earlier?.createdAt ?? now,
        updatedAt: now,
      };
      await repositories.importProfiles.save(profile);
      await recordAudit(repositories, deps.clock(), actor, {
        action: 'import_profile.save',
        entityType: 'import_profile',
        entityId: profile.id,
      });
      return profile;
    })
    .catch((error: unknown) => {
      throw error instanceof UniqueViolation ? nameTaken() : error;
    });
}

export async function listImportProfiles(deps: Deps, actor: Actor): Promise<SavedImportProfile[]> {
  await authorize(deps, actor, 'incident.import', 'import_profile.list');
  return deps.store.importProfiles.list(actor.municipalityId);
}
