import { z } from 'zod';
import { earsMethods } from '../../analysis/early-warning/ears.js';
import {
  farringtonPowerTransforms,
  farringtonThresholdMethods,
} from '../../analysis/early-warning/farrington-threshold.js';
import { periodKinds } from '../../analysis/periods.js';
import { alarmDecisions } from '../../domain/early-warning/early-warning.js';
import { LocaleSchema, PeriodKeySchema, WeekKeySchema } from '../shared.schema.js';

export const AlarmsQuerySchema = z.object({
  key: WeekKeySchema,
  lang: LocaleSchema.default('sv'),
});

const DecisionSchema = z.object({
  id: z.string(),
  alarmKey: z.string(),
  decision: z.enum(alarmDecisions),
  comment: z.string().describe('Empty for roles that see aggregates only'),
  decidedByUserId: z.string().nullable().describe('null for roles that see aggregates only'),
  decidedAt: z.string(),
});

export const EarlyWarningSettingsSchema = z.object({
  method: z.enum(earsMethods).describe('EARS variant for series without three years of history'),
  minimumCount: z.number().int().min(1).max(1000),
  minimumSigma: z
    .number()
    .min(0)
    .max(100)
    .describe(
      'The least standard deviation EARS assumes; 1 keeps a flat baseline from alarming on any rise',
    ),
  falseDiscoveryRate: z.number().gt(0).max(0.5),
  isSeasonalEnabled: z.boolean(),
  seasonalThreshold: z
    .enum(farringtonThresholdMethods)
    .default('nbPlugin')
    .describe(
      "The seasonal method's threshold: nbPlugin (Noufaily et al. 2013, the default), delta (R's default) or muan",
    ),
  seasonalPowerTransform: z
    .enum(farringtonPowerTransforms)
    .default('2/3')
    .describe('The power transform of the delta threshold'),
  categories: z.record(
    z.string().max(64),
    z.object({
      isEnabled: z.boolean(),
      minimumCount: z.number().int().min(1).max(1000).nullable(),
    }),
  ),
  hotSpotResolution: z.number().int().min(6).max(10),
  hotSpotFalseDiscoveryRate: z.number().gt(0).max(0.5),
  heatBandwidthMeters: z.number().int().min(50).max(5000),
});

export const AlarmListSchema = z.object({
  period: z.object({
    kind: z.enum(periodKinds),
    key: z.string(),
    from: z.string(),
    to: z.string(),
  }),
  settings: EarlyWarningSettingsSchema,
  hasSeasonalHistory: z.boolean(),
  tested: z.number().int().describe('District × category series tested this week'),
  alarms: z.array(
    z.object({
      key: z.string().describe('week|district id (empty: whole municipality)|category code'),
      districtId: z.string().nullable(),
      categoryCode: z.string(),
      method: z.enum([...earsMethods, 'farrington']),
      observed: z.number().int(),
      expected: z.number(),
      threshold: z.number(),
      pValue: z.number(),
      adjustedPValue: z.number(),
      sentence: z.string(),
      decision: DecisionSchema.nullable(),
    }),
  ),
});

export const DecideAlarmSchema = z.object({
  periodKey: WeekKeySchema,
  districtId: z.uuid().nullable().describe('null: the alarm for the whole municipality'),
  categoryCode: z.string().min(1).max(64),
  decision: z.enum(alarmDecisions),
  comment: z.string().trim().min(1, 'say why').max(2000),
});
export { DecisionSchema };

export const HotSpotsQuerySchema = z.object({
  period: z.enum(periodKinds).default('week'),
  key: PeriodKeySchema,
});

export const HotSpotCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  resolution: z.number().int(),
  falseDiscoveryRate: z.number(),
  points: z.number().int().describe('Counted incidents with a point in the period'),
  outside: z.number().int().describe('Of those, how many lie outside the grid'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.string(),
      geometry: z.object({
        type: z.literal('Polygon'),
        coordinates: z.array(z.array(z.array(z.number()))),
      }),
      properties: z.object({
        count: z
          .number()
          .int()
          .nullable()
          .describe('null: fewer than 3, for roles that see aggregates only'),
        z: z.number(),
        p: z.number(),
        q: z.number(),
        kind: z.enum(['hot', 'cold', 'none']),
      }),
    }),
  ),
});

export const HeatSurfaceSchema = z.object({
  type: z.literal('FeatureCollection'),
  bandwidthMeters: z.number(),
  cellSizeMeters: z.number(),
  maximum: z.number().describe('The highest density, incidents per km²'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      geometry: z.object({ type: z.literal('Point'), coordinates: z.array(z.number()) }),
      properties: z.object({ density: z.number().describe('Incidents per km²') }),
    }),
  ),
});
