import type { Actor } from '../access/actor.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { EarlyWarningSettings } from './early-warning.js';

/** The municipality's settings, or the defaults when none were saved. */
export async function getEarlyWarningSettings(
  deps: Deps,
  actor: Actor,
): Promise<EarlyWarningSettings> {
  await authorize(deps, actor, 'situation.read', 'alarm.settings.read');
  return await deps.store.earlyWarning.findSettings(actor.municipalityId);
}
