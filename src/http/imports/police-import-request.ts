import { z } from 'zod';

/** A police events file as POST /api/imports/police-events takes it. */
export const PoliceImportSchema = z.object({
  fileName: z.string().min(1).max(200),
  organisationId: z.uuid('the police organisation'),
  /** The feed's JSON array, as the file holds it; every element is checked. */
  events: z.unknown(),
  /** The body texts, one JSON object a line. */
  bodies: z.string().max(20_000_000).optional(),
  isSkippingBadRows: z.boolean().default(false),
});
