import type { Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { auditRead } from './audit-read.js';
import { authorize } from './record-audit.js';
import type { AuditFilter, AuditListItem } from './audit-repository.js';

interface AuditPage {
  entries: AuditListItem[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: number | null;
}

/** The actor's municipality's audit log, newest first. */
export async function listAuditEntries(
  deps: Deps,
  actor: Actor,
  filter: AuditFilter,
): Promise<AuditPage> {
  await authorize(deps, actor, 'audit.read', 'audit.list');
  const entries = await deps.store.audit.list(actor.municipalityId, {
    ...filter,
    limit: filter.limit + 1,
  });
  const page = entries.slice(0, filter.limit);
  // Reading the log is itself recorded, by the entries' positions (issue 20).
  await auditRead(deps, actor, {
    action: 'audit.list',
    entityType: 'audit_entry',
    ids: page.map((entry) => String(entry.seq)),
  });
  const last = page.at(-1);
  return { entries: page, nextBefore: entries.length > filter.limit && last ? last.seq : null };
}
