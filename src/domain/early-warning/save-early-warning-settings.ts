import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import type { EarlyWarningSettings } from './early-warning.js';

/**
 * Saves how the municipality wants its alarms. Categories named must be in its taxonomy.
 * The audit entry holds the settings in full: they decide what a meeting is shown.
 */
export async function saveEarlyWarningSettings(
  deps: Deps,
  actor: Actor,
  settings: EarlyWarningSettings,
): Promise<EarlyWarningSettings> {
  await authorize(deps, actor, 'alarm.configure', 'alarm.settings.save');
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const known = new Set(
      (await repositories.taxonomy.list(actor.municipalityId)).map((category) => category.code),
    );
    const unknown = Object.keys(settings.categories).filter((code) => !known.has(code));
    if (unknown.length > 0) {
      throw new DomainError('VALIDATION_FAILED', 'Some categories are not in the taxonomy.', {
        issues: unknown.map((code) => ({
          path: ['body', 'categories', code],
          message: 'a category code of the taxonomy',
        })),
      });
    }
    await repositories.earlyWarning.saveSettings(actor.municipalityId, settings, now.toISOString());
    await recordAudit(repositories, now, actor, {
      action: 'alarm.settings.save',
      entityType: 'early_warning_settings',
      entityId: actor.municipalityId,
      details: { ...settings },
    });
    return settings;
  });
}
