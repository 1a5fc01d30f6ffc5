import { z } from 'zod';

export const InstallationSchema = z.object({
  isInstallationAdmin: z.boolean(),
  municipalities: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
});

export const CreateMunicipalitySchema = z.object({
  code: z
    .string()
    .regex(/^\d{4}$/, 'four digits')
    .describe("SCB's kommunkod, e.g. 0127 for Botkyrka"),
  firstAdministrator: z.object({
    email: z.email().max(254),
    displayName: z.string().trim().min(1).max(200),
    organisationName: z.string().trim().min(2).max(200),
  }),
});

export type CreateMunicipalityBody = z.infer<typeof CreateMunicipalitySchema>;

export const CreatedMunicipalitySchema = z.object({
  municipality: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  layers: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      source: z.string().nullable(),
      districtCount: z.number().int(),
    }),
  ),
  invitation: z.object({
    link: z.string().nullable().describe('Shown to hand over; null when it was e-mailed'),
    isEmailed: z.boolean(),
    expiresAt: z.string(),
  }),
});
