import { z } from 'zod';

/** A problem the plan's saved situation picture proposes (problem-proposals.ts). */
export const ProblemProposalSchema = z.object({
  key: z.string(),
  source: z.enum(['change', 'alarm']),
  title: z.string(),
  description: z.string(),
  categoryCodes: z.array(z.string()),
  districtIds: z.array(z.string()),
});

/** The proposals the coordinator takes in; the others are dropped. */
export const AcceptProposalsSchema = z.object({
  keys: z.array(z.string().min(1).max(200)).min(1).max(50),
});
