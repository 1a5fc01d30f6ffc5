import { z } from 'zod';
import {
  assessmentScale,
  incidentSources,
  incidentStatuses,
  locationPrecisions,
  timePrecisions,
} from '../../domain/incidents/incident.js';
import { categoryGroups } from '../../domain/incidents/default-taxonomy.js';
import { exportFormats } from '../../domain/incidents/export-incidents.js';
import { InstantSchema, nonBlankPattern } from '../shared.schema.js';

const Instant = InstantSchema('2026-11-27T21:30:00+01:00');
const AssessmentSchema = z.union(
  assessmentScale.map((value) => z.literal(value)) as [
    z.ZodLiteral<1>,
    z.ZodLiteral<2>,
    z.ZodLiteral<3>,
    z.ZodLiteral<4>,
  ],
);
const PointSchema = z.object({
  longitude: z.number().min(-180).max(180),
  latitude: z.number().min(-90).max(90),
});

export const ReportedEventSchema = z.object({
  occurredAt: Instant.optional(),
  occurredUntil: Instant.optional(),
  point: PointSchema.optional(),
  address: z.string().trim().max(300).optional(),
  districtId: z.uuid().optional(),
  categoryCode: z.string().min(1).max(64),
  severity: AssessmentSchema.optional(),
  unsafety: AssessmentSchema.optional(),
  description: z.string().max(4000),
  peopleCount: z.number().int().min(0).max(10_000).optional(),
});

export const ReportIncidentsSchema = z.object({
  clientReference: z.string().min(8).max(100).optional(),
  events: z
    .array(ReportedEventSchema)
    .min(1, 'at least one event')
    .max(20, 'at most 20 events a report'),
  isPersonalDataKept: z.boolean().optional(),
});

export const IncidentSchema = z.object({
  id: z.string(),
  reportId: z.string().nullable(),
  occurredAt: z.string(),
  occurredUntil: z.string().nullable(),
  timePrecision: z.enum(timePrecisions),
  reportedAt: z.string(),
  location: z.object({
    point: PointSchema.nullable(),
    address: z.string().nullable(),
    chosenDistrictId: z.string().nullable(),
    precision: z.enum(locationPrecisions),
  }),
  categoryCode: z.string(),
  severity: z.number().int().nullable(),
  unsafety: z.number().int().nullable(),
  description: z.string(),
  personalDataKinds: z.array(z.string()),
  peopleCount: z.number().int().nullable(),
  organisationId: z.string(),
  reporterUserId: z.string().nullable(),
  source: z.enum(incidentSources),
  sourceId: z.string().nullable(),
  status: z.enum(incidentStatuses),
  duplicateOfId: z.string().nullable(),
  archiveReason: z.string().nullable(),
  textRemovedAt: z
    .string()
    .nullable()
    .describe('When retention removed the free text; the incident still counts'),
  districtIds: z.array(z.string()),
});

/** An incident with its reporting organisation's name, for those who read incidents. */
export const IncidentViewSchema = IncidentSchema.extend({ organisationName: z.string() });

export const ReportedIncidentsSchema = z.object({
  reportId: z.string(),
  incidents: z.array(IncidentSchema),
  maskedKinds: z.array(z.string()),
  isRepeat: z.boolean(),
});

export const ListIncidentsQuerySchema = z.object({
  from: Instant.optional(),
  to: Instant.optional(),
  districtId: z.uuid().optional(),
  categoryCode: z.string().max(64).optional(),
  source: z.enum(incidentSources).optional(),
  status: z.enum(incidentStatuses).optional(),
  organisationId: z.uuid().optional(),
  beforeOccurredAt: Instant.optional(),
  beforeId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const ExportIncidentsQuerySchema = ListIncidentsQuerySchema.omit({
  beforeOccurredAt: true,
  beforeId: true,
  limit: true,
}).extend({ format: z.enum(exportFormats).default('csv') });

export const IncidentPageSchema = z.object({
  incidents: z.array(IncidentViewSchema),
  next: z.object({ occurredAt: z.string(), id: z.string() }).nullable(),
});

export const ReviewIncidentSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('reviewed') }),
  z.object({ decision: z.literal('new') }),
  z.object({ decision: z.literal('duplicate'), duplicateOfId: z.uuid() }),
  z.object({
    decision: z.literal('archived'),
    reason: z.string().max(500).regex(nonBlankPattern, 'why it is archived'),
  }),
]);

export const TaxonomySchema = z.object({
  categories: z.array(
    z.object({
      code: z.string(),
      labelSv: z.string(),
      labelEn: z.string(),
      group: z.enum(categoryGroups),
      isOrganizedCrimeSignal: z.boolean(),
      sortOrder: z.number().int(),
      retiredAt: z.string().nullable(),
    }),
  ),
});

const CategoryFieldsSchema = z.object({
  labelSv: z.string().trim().min(2).max(100),
  labelEn: z.string().trim().min(2).max(100),
  group: z.enum(categoryGroups),
  isOrganizedCrimeSignal: z.boolean(),
  sortOrder: z.number().int().min(0).max(100_000),
});

export const AddCategorySchema = CategoryFieldsSchema.extend({
  code: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,63}$/, 'lower-case letters, digits and _, starting with a letter'),
});

export const UpdateCategorySchema = CategoryFieldsSchema.partial()
  .extend({ isRetired: z.boolean().optional() })
  .strict();

export const CategoryCodeParamsSchema = z.object({ code: z.string().min(1).max(64) });

export const CategorySchema = z.object({
  code: z.string(),
  labelSv: z.string(),
  labelEn: z.string(),
  group: z.enum(categoryGroups),
  isOrganizedCrimeSignal: z.boolean(),
  sortOrder: z.number().int(),
  retiredAt: z.string().nullable(),
});
