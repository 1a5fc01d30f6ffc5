import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import { assertSignalReferencesValid } from './check-signal.js';
import {
  guardDescription,
  type Signal,
  type SignalCredibility,
  type SignalSeriousness,
  type SignalSource,
  type SignalStatus,
} from './signal.js';

interface SignalChanges {
  categoryCode?: string | undefined;
  districtId?: string | null | undefined;
  observedAt?: string | undefined;
  description?: string | undefined;
  source?: SignalSource | undefined;
  sourceOrganisationId?: string | null | undefined;
  credibility?: SignalCredibility | null | undefined;
  seriousness?: SignalSeriousness | null | undefined;
  status?: SignalStatus | undefined;
  followUp?: string | undefined;
  incidentIds?: string[] | undefined;
  alarmKeys?: string[] | undefined;
  isPersonalDataKept?: boolean | undefined;
}

/**
 * The coordinator's assessment and follow-up of a signal: credibility, seriousness, status,
 * notes, links, or a corrected description (masked again). The audit entry names the fields
 * that changed, never their text.
 */
export async function updateSignal(
  deps: Deps,
  actor: Actor,
  id: string,
  changes: SignalChanges,
): Promise<Signal & { maskedKinds: string[] }> {
  await authorize(deps, actor, 'signal.manage', 'signal.update');
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const signal = await repositories.signals.find(actor.municipalityId, id);
    if (!signal) throw notFound('signal');
    await assertSignalReferencesValid(
      repositories,
      actor.municipalityId,
      {
        categoryCode:
          changes.categoryCode !== undefined && changes.categoryCode !== signal.categoryCode
            ? changes.categoryCode
            : undefined,
        districtId: changes.districtId,
        sourceOrganisationId: changes.sourceOrganisationId,
        incidentIds: changes.incidentIds,
        observedAt: changes.observedAt,
      },
      now,
    );
    const {
      isPersonalDataKept,
      description,
      followUp,
      observedAt,
      incidentIds,
      alarmKeys,
      ...plain
    } = changes;
    // Follow-up notes are free text too: masked like the description.
    const guardedFollowUp =
      followUp === undefined
        ? null
        : guardDescription(actor, followUp.trim(), isPersonalDataKept, now);
    const guarded =
      description === undefined
        ? null
        : guardDescription(actor, description.trim(), isPersonalDataKept, now);
    const updated: Signal = {
      ...signal,
      ...Object.fromEntries(Object.entries(plain).filter(([, value]) => value !== undefined)),
      ...(observedAt === undefined ? {} : { observedAt: new Date(observedAt).toISOString() }),
      ...(guarded
        ? { description: guarded.description, personalDataKinds: guarded.personalDataKinds }
        : {}),
      ...(guardedFollowUp ? { followUp: guardedFollowUp.description } : {}),
      ...(incidentIds === undefined ? {} : { incidentIds: [...new Set(incidentIds)] }),
      ...(alarmKeys === undefined ? {} : { alarmKeys: [...new Set(alarmKeys)] }),
      updatedAt: now.toISOString(),
    };
    const maskedKinds = [
      ...new Set([...(guarded?.maskedKinds ?? []), ...(guardedFollowUp?.maskedKinds ?? [])]),
    ];
    const changedFields = (Object.keys(updated) as (keyof Signal)[]).filter(
      (field) =>
        field !== 'updatedAt' && JSON.stringify(updated[field]) !== JSON.stringify(signal[field]),
    );
    await repositories.signals.save(updated);
    await recordAudit(repositories, now, actor, {
      action: 'signal.update',
      entityType: 'signal',
      entityId: signal.id,
      details: {
        fields: changedFields,
        ...(changes.status ? { status: updated.status } : {}),
        maskedKinds,
      },
    });
    return { ...updated, maskedKinds };
  });
}
