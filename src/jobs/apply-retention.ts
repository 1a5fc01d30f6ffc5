import { z } from 'zod';
import { applyRetention, type RetentionRunSummary } from '../domain/retention/apply-retention.js';
import type { JobDefinition } from './job.js';

const ApplyRetentionPayloadSchema = z.object({});

/** The daily retention run (gallring): see `applyRetention`. */
export const applyRetentionJob: JobDefinition<
  typeof ApplyRetentionPayloadSchema,
  RetentionRunSummary
> = {
  id: 'apply-retention',
  payloadSchema: ApplyRetentionPayloadSchema,
  handle: (deps) => applyRetention(deps),
};
