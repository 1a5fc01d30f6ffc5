import { z } from 'zod';
import type { AuditCheckpoint } from '../domain/audit/audit-checkpoint.js';
import { writeAuditCheckpoint } from '../domain/audit/write-audit-checkpoint.js';
import type { JobDefinition } from './job.js';

const WriteAuditCheckpointPayloadSchema = z.object({});

interface AuditCheckpointSummary {
  isSigned: boolean;
  at: string | null;
  chains: number;
}

/** The daily signed checkpoint of the audit log's heads: see `writeAuditCheckpoint`. */
export const writeAuditCheckpointJob: JobDefinition<
  typeof WriteAuditCheckpointPayloadSchema,
  AuditCheckpointSummary
> = {
  id: 'write-audit-checkpoint',
  payloadSchema: WriteAuditCheckpointPayloadSchema,
  handle: async (deps) => summarise(await writeAuditCheckpoint(deps)),
};

function summarise(checkpoint: AuditCheckpoint | null): AuditCheckpointSummary {
  return checkpoint
    ? { isSigned: true, at: checkpoint.at, chains: checkpoint.heads.length }
    : { isSigned: false, at: null, chains: 0 };
}
