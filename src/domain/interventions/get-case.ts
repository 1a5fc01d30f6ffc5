import type { Actor } from '../access/actor.js';
import { auditRead } from '../audit/audit-read.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import {
  findReadableCase,
  openCase,
  openOrNull,
  requireCipher,
  type CaseAccessVia,
} from './case-access.js';
import type {
  CaseNote,
  Consent,
  Disclosure,
  InterventionCase,
  PlanItem,
} from './intervention-case.js';

export interface CaseDetail extends InterventionCase {
  via: CaseAccessVia;
  consents: Consent[];
  planItems: PlanItem[];
  notes: CaseNote[];
  disclosures: Disclosure[];
}

/** The newest notes shown with the case. */
export const notesShown = 200;

/**
 * One case with its consents, plan, notes and disclosures, for those who may read it
 * (case-access.ts). Every read is in the audit chain, with how access was had, so the
 * case's own access log shows it.
 */
export async function getInterventionCase(
  deps: Deps,
  actor: Actor,
  caseId: string,
): Promise<CaseDetail> {
  await authorize(deps, actor, 'intervention.work_cases', 'intervention.case_read');
  const cipher = requireCipher(deps);
  const { store } = deps;
  const { stored, programme, via } = await findReadableCase(store, actor, caseId, deps.clock());
  const [consents, planItems, notes, disclosures] = await Promise.all([
    store.interventions.listConsents(caseId),
    store.interventions.listPlanItems(caseId),
    store.interventions.listNotes(caseId, notesShown),
    store.interventions.listDisclosures(caseId),
  ]);
  await auditRead(deps, actor, {
    action: 'intervention.case_read',
    entityType: 'intervention_case',
    ids: [caseId],
    details: { via },
  });
  return {
    ...openCase(cipher, stored, programme),
    via,
    consents: consents.map((consent) => ({ ...consent, scope: openOrNull(cipher, consent.scope) })),
    planItems: planItems.map((item) => ({
      ...item,
      text: openOrNull(cipher, item.text),
      responsible: openOrNull(cipher, item.responsible),
    })),
    notes: notes.map((note) => ({ ...note, text: openOrNull(cipher, note.text) })),
    disclosures: disclosures.map((disclosure) => ({
      ...disclosure,
      what: openOrNull(cipher, disclosure.what),
    })),
  };
}
