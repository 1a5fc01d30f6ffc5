import { z } from 'zod';
import { auditOutcomes } from '../../domain/audit/audit-chain.js';
import { InstantSchema, singleLinePattern } from '../shared.schema.js';

const AuditTimeSchema = InstantSchema;

export const ListAuditQuerySchema = z.object({
  action: z.string().max(100).regex(singleLinePattern, 'an action such as user.create').optional(),
  outcome: z.enum(auditOutcomes).optional(),
  from: AuditTimeSchema('2026-11-01T00:00:00Z').optional(),
  to: AuditTimeSchema('2026-11-30T00:00:00Z').optional(),
  // Sequence numbers are 32-bit integers in the database.
  before: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const AuditPageSchema = z.object({
  entries: z.array(
    z.object({
      seq: z.number().int(),
      at: z.string(),
      actor: z.object({ id: z.string(), displayName: z.string() }).nullable(),
      organisation: z.object({ id: z.string(), name: z.string() }).nullable(),
      action: z.string(),
      entityType: z.string(),
      entityId: z.string().nullable(),
      outcome: z.enum(auditOutcomes),
      details: z.record(z.string(), z.unknown()).nullable(),
    }),
  ),
  nextBefore: z.number().int().nullable(),
});

export const AuditVerificationSchema = z.object({
  isIntact: z.boolean(),
  checkedEntries: z.number().int(),
  problems: z.array(
    z.object({
      seq: z.number().int(),
      kind: z.enum(['changed', 'removed', 'reordered']),
      message: z.string(),
    }),
  ),
});
