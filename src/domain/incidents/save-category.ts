import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError, notFound, UniqueViolation } from '../errors.js';
import type { CategoryGroup } from './default-taxonomy.js';
import type { Category } from './taxonomy.js';

interface CategoryFields {
  labelSv: string;
  labelEn: string;
  group: CategoryGroup;
  isOrganizedCrimeSignal: boolean;
  sortOrder: number;
}

const codeTaken = () =>
  new DomainError('CATEGORY_CODE_TAKEN', 'A category with this code exists already.');

/**
 * Adds a category to the municipality's taxonomy. Its code is permanent: data and mappings
 * refer to it, so it can be relabelled and retired but never renamed or removed.
 */
export async function addCategory(
  deps: Deps,
  actor: Actor,
  input: CategoryFields & { code: string },
): Promise<Category> {
  await authorize(deps, actor, 'taxonomy.manage', 'taxonomy.add');
  const category: Category = { ...input, municipalityId: actor.municipalityId, retiredAt: null };
  return deps.store
    .transaction(async (repositories) => {
      if (await repositories.taxonomy.find(actor.municipalityId, input.code)) throw codeTaken();
      await repositories.taxonomy.createMany([category]);
      await recordAudit(repositories, deps.clock(), actor, {
        action: 'taxonomy.add',
        entityType: 'category',
        entityId: input.code,
      });
      return category;
    })
    .catch((error: unknown) => {
      throw error instanceof UniqueViolation ? codeTaken() : error;
    });
}

/**
 * Changes a category's labels, group, signal flag or order, or retires it (reporters no
 * longer see it; incidents already filed keep it and stay readable) or brings it back.
 */
export async function updateCategory(
  deps: Deps,
  actor: Actor,
  code: string,
  changes: Partial<CategoryFields> & { isRetired?: boolean | undefined },
): Promise<Category> {
  await authorize(deps, actor, 'taxonomy.manage', 'taxonomy.update');
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const category = await repositories.taxonomy.find(actor.municipalityId, code);
    if (!category) throw notFound('category');
    const { isRetired, ...fields } = changes;
    const retiredAt =
      isRetired === undefined
        ? category.retiredAt
        : isRetired
          ? (category.retiredAt ?? now.toISOString())
          : null;
    const updated: Category = {
      ...category,
      ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
      retiredAt,
    };
    await repositories.taxonomy.update(updated);
    await recordAudit(repositories, now, actor, {
      action:
        retiredAt !== category.retiredAt
          ? retiredAt
            ? 'taxonomy.retire'
            : 'taxonomy.restore'
          : 'taxonomy.update',
      entityType: 'category',
      entityId: code,
    });
    return updated;
  });
}
