import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import type { CheckKind, CheckResult, CheckSource } from './check.js';
import { viewChecks, type CheckView } from './check-view.js';
import { readEvidenceFile } from './evidence-file.js';
import { newCheck, storeEvidence } from './store-check.js';
import { assertContractOfSupplier, fieldProblem, findSupplierOrThrow } from './supplier-records.js';
import { stockholmToday } from '../../shared/time/stockholm-time.js';

interface RecordManualCheckInput {
  kind: CheckKind;
  source: CheckSource;
  checkedOn: string;
  result: CheckResult;
  summary: string;
  contractId?: string | null | undefined;
  /** An extract from Skatteverket, Kronofogden, a credit agency …, as base64. */
  evidence?: { fileName: string; contentBase64: string } | null | undefined;
}

/**
 * Records a check made outside Tryggve (Skatteverket's extract, Kronofogden, a credit
 * agency), with the uploaded extract as its evidence. It adds to the history; nothing earlier
 * is changed. The file is checked (size, type by magic bytes) before anything is written.
 */
export async function recordManualCheck(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  input: RecordManualCheckInput,
): Promise<CheckView> {
  await authorize(deps, actor, 'supplier.manage', 'supplier.check.record');
  const now = deps.clock();
  if (input.checkedOn > stockholmToday(now)) {
    throw fieldProblem('CHECK_INVALID', ['checkedOn'], 'a check cannot be made in the future');
  }
  return deps.store.transaction(async (repositories) => {
    const supplier = await findSupplierOrThrow(repositories, actor.municipalityId, supplierId);
    await assertContractOfSupplier(repositories, supplier, input.contractId, 'CHECK_INVALID');
    const file = input.evidence
      ? readEvidenceFile(input.evidence.fileName, input.evidence.contentBase64)
      : null;
    const evidence = file ? await storeEvidence(repositories, actor, supplier.id, file, now) : null;
    const check = newCheck(actor, now, {
      supplierId: supplier.id,
      contractId: input.contractId ?? null,
      kind: input.kind,
      source: input.source,
      checkedOn: input.checkedOn,
      result: input.result,
      summary: input.summary.trim(),
      evidenceId: evidence?.id ?? null,
      registryRecord: null,
    });
    await repositories.supplierChecks.add(check);
    await recordAudit(repositories, now, actor, {
      action: 'supplier.check.record',
      entityType: 'supplier',
      entityId: supplier.id,
      details: {
        checkId: check.id,
        kind: check.kind,
        result: check.result,
        evidenceSha256: evidence?.sha256 ?? null,
      },
    });
    const [view] = await viewChecks(repositories, actor.municipalityId, supplier.id, [check]);
    return view ?? { ...check, evidence, matches: [] };
  });
}
