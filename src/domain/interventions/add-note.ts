import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { findReadableCase, requireCipher } from './case-access.js';
import type { CaseNote } from './intervention-case.js';

/** Adds a note (journal entry) to a case; notes are never changed, and sealed like the identity. */
export async function addCaseNote(
  deps: Deps,
  actor: Actor,
  caseId: string,
  input: { text: string },
): Promise<CaseNote> {
  await authorize(deps, actor, 'intervention.work_cases', 'intervention.note_add');
  const cipher = requireCipher(deps);
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    await findReadableCase(repositories, actor, caseId, now);
    const text = input.text.trim();
    const note: CaseNote = {
      id: randomUUID(),
      caseId,
      text: cipher.seal(text),
      writtenByUserId: actor.userId,
      writtenAt: now.toISOString(),
    };
    await repositories.interventions.appendNote(note);
    await recordAudit(repositories, now, actor, {
      action: 'intervention.note_add',
      entityType: 'intervention_case',
      entityId: caseId,
      details: { noteId: note.id },
    });
    return { ...note, text };
  });
}
