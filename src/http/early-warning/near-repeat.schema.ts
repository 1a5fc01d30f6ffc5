import { z } from 'zod';
import { periodKinds } from '../../analysis/periods.js';
import { PeriodKeySchema } from '../shared.schema.js';

export const NearRepeatQuerySchema = z.object({
  category: z.string().min(1).max(64),
  period: z.enum(periodKinds).default('tertial'),
  key: PeriodKeySchema,
  distanceBand: z.coerce.number().int().min(25).max(2000).default(400),
  distanceBands: z.coerce.number().int().min(1).max(6).default(3),
  dayBand: z.coerce.number().int().min(1).max(60).default(14),
  dayBands: z.coerce.number().int().min(1).max(6).default(3),
  permutations: z.coerce.number().int().min(19).max(999).default(999),
  /** Left out: the server draws one and returns it, so the result can be reproduced. */
  seed: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
});

const Matrix = z.array(z.array(z.number().nullable()));

export const NearRepeatSchema = z.object({
  period: z.object({
    kind: z.enum(periodKinds),
    key: z.string(),
    from: z.string(),
    to: z.string(),
  }),
  categoryCode: z.string(),
  events: z.number().int().describe('Events with an exact point that took part'),
  leftOut: z
    .record(z.string(), z.number().int())
    .describe('Events without an exact point, by location precision'),
  seed: z.number().int(),
  permutations: z.number().int(),
  distanceBand: z.number().int(),
  distanceBands: z.number().int(),
  dayBand: z.number().int(),
  dayBands: z.number().int(),
  knox: z
    .object({
      observed: z.number().int(),
      expected: z.number(),
      ratio: z.number().nullable(),
      pValue: z.number(),
      pairs: z.number().int(),
    })
    .nullable(),
  /** Rows: distance bands then "beyond"; columns: time bands then "beyond". Null: undefined (0/0). */
  table: z.object({ observed: Matrix, expected: Matrix, ratio: Matrix, pValue: Matrix }).nullable(),
});
