import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import type { StoredSanctionsMatch } from './check.js';
import { viewChecks, type CheckView } from './check-view.js';
import { registryResponseFile } from './evidence-file.js';
import { latestRegistryRecord } from './latest-registry-record.js';
import { screeningSubjects, subjectFingerprint } from './screening-subjects.js';
import { screeningSummary } from './screening-summary.js';
import { newCheck, storeEvidence } from './store-check.js';
import { assertContractOfSupplier, findSupplierOrThrow } from './supplier-records.js';
import { stockholmToday } from '../../shared/time/stockholm-time.js';

/**
 * Screens the supplier, its officers (from the latest registry record) and its beneficial
 * owners against the loaded sanctions lists, and records the screening as a check with every
 * match and its explained features. A match reviewed earlier as a false positive is not
 * raised again for the same subject data; the summary says how many were left out. The
 * lists described and the matches are kept as the check's evidence.
 */
export async function runSanctionsScreening(
  deps: Deps,
  actor: Actor,
  supplierId: string,
  input: { contractId?: string | null | undefined },
): Promise<CheckView> {
  await authorize(deps, actor, 'supplier.manage', 'supplier.check.sanctions');
  const screening = deps.sanctionsScreening;
  const supplier = await findSupplierOrThrow(deps.store, actor.municipalityId, supplierId);
  await assertContractOfSupplier(deps.store, supplier, input.contractId, 'CHECK_INVALID');
  if (!screening) {
    throw new DomainError('SANCTIONS_NOT_CONFIGURED', 'No sanctions lists are loaded.');
  }
  const now = deps.clock();
  const checks = await deps.store.supplierChecks.listForSupplier(actor.municipalityId, supplierId);
  const subjects = screeningSubjects(supplier, latestRegistryRecord(checks), now);
  const lists = await screening.describeLists();
  const found = await screening.screen(subjects);
  const fingerprints = new Map(
    subjects.map((subject) => [subject.key, subjectFingerprint(subject)]),
  );
  const names = new Map(subjects.map((subject) => [subject.key, subject.name]));
  return deps.store.transaction(async (repositories) => {
    const reviews = await repositories.supplierChecks.listReviews(actor.municipalityId, supplierId);
    const reviewOf = (entityId: string, fingerprint: string) =>
      reviews
        .filter(
          (review) => review.entityId === entityId && review.subjectFingerprint === fingerprint,
        )
        .at(-1);
    const raised = found.filter(
      (match) =>
        reviewOf(match.entityId, fingerprints.get(match.subjectKey) ?? '')?.decision !==
        'false_positive',
    );
    const isConfirmed = raised.some(
      (match) =>
        reviewOf(match.entityId, fingerprints.get(match.subjectKey) ?? '')?.decision ===
        'confirmed_match',
    );
    const today = stockholmToday(now);
    const evidence = await storeEvidence(
      repositories,
      actor,
      supplierId,
      registryResponseFile(
        'sanctions-screening',
        JSON.stringify({ lists, subjects: subjects.length, matches: found }),
        today,
      ),
      now,
    );
    const leftOut = found.length - raised.length;
    const check = newCheck(actor, now, {
      supplierId,
      contractId: input.contractId ?? null,
      kind: 'sanctions_screening',
      source: 'sanctions_lists',
      checkedOn: today,
      result: isConfirmed ? 'failed' : raised.length > 0 ? 'remark' : 'ok',
      summary: screeningSummary(subjects.length, lists.length, raised.length, leftOut),
      evidenceId: evidence.id,
      registryRecord: null,
    });
    await repositories.supplierChecks.add(check);
    const stored: StoredSanctionsMatch[] = raised.map((match) => ({
      id: randomUUID(),
      municipalityId: actor.municipalityId,
      supplierId,
      checkId: check.id,
      subjectKey: match.subjectKey,
      subjectName: names.get(match.subjectKey) ?? '',
      subjectFingerprint: fingerprints.get(match.subjectKey) ?? '',
      entityId: match.entityId,
      caption: match.caption,
      schema: match.schema,
      datasets: match.datasets,
      score: match.score,
      features: match.features,
    }));
    await repositories.supplierChecks.addMatches(stored);
    await recordAudit(repositories, now, actor, {
      action: 'supplier.check.sanctions',
      entityType: 'supplier',
      entityId: supplierId,
      details: { checkId: check.id, matches: stored.length, leftOut },
    });
    const [view] = await viewChecks(repositories, actor.municipalityId, supplierId, [check]);
    return view ?? { ...check, evidence, matches: [] };
  });
}
