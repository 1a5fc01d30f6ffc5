import { z } from 'zod';
import { OrganisationKindSchema, singleLinePattern } from '../shared.schema.js';

export const OrganisationSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: OrganisationKindSchema,
  disabledAt: z.string().nullable(),
  createdAt: z.string(),
});

export const CreateOrganisationSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, 'a name of at least two characters')
    .max(200)
    .regex(singleLinePattern, 'a name without control characters'),
  kind: OrganisationKindSchema,
});

export const OrganisationListSchema = z.object({
  organisations: z.array(OrganisationSchema.extend({ userCount: z.number().int() })),
});
export const OrganisationResponseSchema = z.object({ organisation: OrganisationSchema });
