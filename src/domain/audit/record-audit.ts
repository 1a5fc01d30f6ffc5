import type { Actor } from '../access/actor.js';
import { isPermitted, type Permission } from '../access/permissions.js';
import type { Deps, Repositories } from '../deps.js';
import { DomainError } from '../errors.js';
import type { AuditOutcome } from './audit-chain.js';

interface AuditEvent {
  action: string;
  entityType: string;
  entityId: string | null;
  outcome?: AuditOutcome;
  details?: Record<string, unknown> | null;
}

/** Appends an entry for what `actor` did, in the transaction `repositories` belong to. */
export async function recordAudit(
  repositories: Repositories,
  now: Date,
  actor: Actor | null,
  event: AuditEvent,
): Promise<void> {
  await repositories.audit.append(
    {
      municipalityId: actor?.municipalityId ?? null,
      actorUserId: actor?.userId ?? null,
      actorOrganisationId: actor?.organisationId ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      outcome: event.outcome ?? 'success',
      details: event.details ?? (actor?.userId === null ? { via: 'cli' } : null),
    },
    now.toISOString(),
  );
}

/**
 * Lets the use case go on only if the actor's roles grant `permission`. A refusal is logged
 * as "denied" and raised as FORBIDDEN before any record is read, so it reveals nothing.
 */
export async function authorize(
  deps: Deps,
  actor: Actor,
  permission: Permission,
  action: string,
): Promise<void> {
  if (isPermitted(actor, permission)) return;
  await deps.store.transaction((repositories) =>
    recordAudit(repositories, deps.clock(), actor, {
      action,
      entityType: 'permission',
      entityId: null,
      outcome: 'denied',
      details: { permission },
    }),
  );
  throw new DomainError('FORBIDDEN', 'Your roles do not allow this.');
}
