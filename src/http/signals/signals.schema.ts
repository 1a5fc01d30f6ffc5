import { z } from 'zod';
import { periodKinds } from '../../analysis/periods.js';
import {
  signalCredibilities,
  signalSeriousnesses,
  signalSources,
  signalStatuses,
} from '../../domain/signals/signal.js';
import { InstantSchema, PeriodKeySchema } from '../shared.schema.js';

const Instant = InstantSchema('2026-11-27T21:30:00+01:00');
const Text = (max: number) => z.string().max(max);
const AlarmKey = z
  .string()
  .regex(/^[^|]+\|[^|]*\|[^|]+$/, 'an alarm key: period|district id|category code')
  .max(200);

export const SignalSchema = z.object({
  id: z.string(),
  categoryCode: z.string(),
  districtId: z.string().nullable(),
  observedAt: z.string(),
  description: z.string(),
  personalDataKinds: z.array(z.string()),
  source: z.enum(signalSources),
  sourceOrganisationId: z.string().nullable(),
  credibility: z.enum(signalCredibilities).nullable(),
  seriousness: z.enum(signalSeriousnesses).nullable(),
  status: z.enum(signalStatuses),
  followUp: z.string(),
  incidentIds: z.array(z.string()),
  alarmKeys: z.array(z.string()),
  registeredByUserId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  textRemovedAt: z
    .string()
    .nullable()
    .describe('When retention removed the text of the closed signal; it still counts'),
});

export const SavedSignalSchema = SignalSchema.extend({
  maskedKinds: z
    .array(z.string())
    .describe('Kinds of personal data that were masked in the description'),
});

export const RegisterSignalSchema = z.object({
  categoryCode: z.string().min(1).max(64),
  districtId: z.uuid().nullable().optional(),
  observedAt: Instant,
  description: Text(4000).trim().min(1, 'say what was seen or heard'),
  source: z.enum(signalSources),
  sourceOrganisationId: z.uuid().nullable().optional(),
  credibility: z.enum(signalCredibilities).nullable().optional(),
  seriousness: z.enum(signalSeriousnesses).nullable().optional(),
  incidentIds: z.array(z.uuid()).max(100).optional(),
  alarmKeys: z.array(AlarmKey).max(100).optional(),
  isPersonalDataKept: z.boolean().optional(),
});

const UpdateSignalFields = RegisterSignalSchema.partial()
  .extend({
    status: z.enum(signalStatuses).optional(),
    followUp: Text(8000).optional(),
  })
  .strict();
export const UpdateSignalSchema = UpdateSignalFields.refine(
  (changes) => Object.keys(changes).some((key) => key !== 'isPersonalDataKept'),
  'name at least one field to change',
)
  // The same rule for the document: at least one field other than isPersonalDataKept.
  .meta({
    anyOf: Object.keys(UpdateSignalFields.shape)
      .filter((key) => key !== 'isPersonalDataKept')
      .map((key) => ({ required: [key] })),
  });

export const ListSignalsQuerySchema = z.object({
  status: z.enum([...signalStatuses, 'open']).optional(),
  categoryCode: z.string().max(64).optional(),
  districtId: z.uuid().optional(),
  from: Instant.optional(),
  to: Instant.optional(),
});

export const SignalCountsQuerySchema = z.object({
  period: z.enum(periodKinds).default('week'),
  key: PeriodKeySchema,
});

export const SignalCountsSchema = z.object({
  from: z.string(),
  to: z.string(),
  counts: z.array(
    z.object({
      categoryCode: z.string(),
      districtId: z.string().nullable(),
      status: z.enum(signalStatuses),
      /** null: hidden by the small-count rule for those who may not read the register. */
      count: z.number().int().nullable(),
    }),
  ),
  hasSmallCountsHidden: z.boolean(),
});
