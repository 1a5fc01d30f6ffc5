import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { assertSignalReferencesValid } from './check-signal.js';
import {
  guardDescription,
  type Signal,
  type SignalCredibility,
  type SignalSeriousness,
  type SignalSource,
} from './signal.js';

interface RegisterSignalInput {
  categoryCode: string;
  districtId?: string | null | undefined;
  observedAt: string;
  description: string;
  source: SignalSource;
  sourceOrganisationId?: string | null | undefined;
  credibility?: SignalCredibility | null | undefined;
  seriousness?: SignalSeriousness | null | undefined;
  incidentIds?: string[] | undefined;
  alarmKeys?: string[] | undefined;
  /** Keep personal data in the description unmasked; only roles that may keep it can. */
  isPersonalDataKept?: boolean | undefined;
}

/**
 * Registers a signal of organized crime that came from outside the statistics. Every
 * reference is checked first; the signal and its audit entry are written together.
 */
export async function registerSignal(
  deps: Deps,
  actor: Actor,
  input: RegisterSignalInput,
): Promise<Signal & { maskedKinds: string[] }> {
  await authorize(deps, actor, 'signal.manage', 'signal.register');
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    await assertSignalReferencesValid(repositories, actor.municipalityId, input, now);
    const { maskedKinds, ...text } = guardDescription(
      actor,
      input.description.trim(),
      input.isPersonalDataKept,
      now,
    );
    const signal: Signal = {
      id: randomUUID(),
      municipalityId: actor.municipalityId,
      categoryCode: input.categoryCode,
      districtId: input.districtId ?? null,
      observedAt: new Date(input.observedAt).toISOString(),
      ...text,
      source: input.source,
      sourceOrganisationId: input.sourceOrganisationId ?? null,
      credibility: input.credibility ?? null,
      seriousness: input.seriousness ?? null,
      status: input.credibility && input.seriousness ? 'assessed' : 'new',
      followUp: '',
      incidentIds: [...new Set(input.incidentIds ?? [])],
      alarmKeys: [...new Set(input.alarmKeys ?? [])],
      registeredByUserId: actor.userId,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      textRemovedAt: null,
    };
    await repositories.signals.save(signal);
    await recordAudit(repositories, now, actor, {
      action: 'signal.register',
      entityType: 'signal',
      entityId: signal.id,
      details: { categoryCode: signal.categoryCode, maskedKinds },
    });
    return { ...signal, maskedKinds };
  });
}
