import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import type { Repositories } from '../deps.js';
import type { Check, Evidence } from './check.js';
import type { EvidenceFile } from './evidence-file.js';

/** Stores an evidence file for a supplier, in the transaction given; returns its record. */
export async function storeEvidence(
  repositories: Repositories,
  actor: Actor,
  supplierId: string,
  file: EvidenceFile,
  now: Date,
): Promise<Evidence> {
  const evidence: Evidence = {
    id: randomUUID(),
    municipalityId: actor.municipalityId,
    supplierId,
    fileName: file.fileName,
    contentType: file.contentType,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    createdByUserId: actor.userId,
    createdAt: now.toISOString(),
  };
  await repositories.supplierChecks.addEvidence(evidence, file.content);
  return evidence;
}

/** A new check of the actor's, recorded now: the fields every kind of check shares. */
export function newCheck(
  actor: Actor,
  now: Date,
  fields: Omit<Check, 'id' | 'municipalityId' | 'performedByUserId' | 'createdAt'>,
): Check {
  return {
    id: randomUUID(),
    municipalityId: actor.municipalityId,
    performedByUserId: actor.userId,
    createdAt: now.toISOString(),
    ...fields,
  };
}
