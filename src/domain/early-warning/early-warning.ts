import type { EarsMethod } from '../../analysis/early-warning/ears.js';
import type {
  FarringtonPowerTransform,
  FarringtonThresholdMethod,
} from '../../analysis/early-warning/farrington-threshold.js';

/**
 * How the municipality wants its alarms: the method, how rare an alarm must be, the counts
 * below which nothing alarms, the false discovery rate across all series of a week, and
 * categories switched off or held to a higher minimum. Stored per municipality.
 */
export interface EarlyWarningSettings {
  /** The EARS variant for series too short for the seasonal method. */
  method: EarsMethod;
  /** No alarm below this many incidents in the week, whatever the statistics say. */
  minimumCount: number;
  /**
   * The least standard deviation EARS assumes. R's default is 0, but a flat baseline (seven
   * quiet weeks of 0 or of 1) then gives a threshold equal to the mean, a p-value of 0 and an
   * alarm on any rise; weekly counts vary by about 1 at least (Poisson), so 1 by default.
   */
  minimumSigma: number;
  /** Benjamini–Hochberg across every series tested in a week. */
  falseDiscoveryRate: number;
  /** Use the improved Farrington method where a series has three years of history. */
  isSeasonalEnabled: boolean;
  /**
   * The seasonal method's threshold. Default `nbPlugin` (Noufaily et al. 2013): a negative
   * binomial quantile, whole numbers, a false-alarm rate close to alpha on counts as sparse
   * as a municipality's; Noufaily et al. found the original `delta` threshold (R's own
   * default, Farrington et al. 1996) alarms too often. `delta` is there so a municipality can
   * reproduce R's default or a report made with it; `muan` adds the model's uncertainty.
   */
  seasonalThreshold: FarringtonThresholdMethod;
  /** The power transform of the `delta` threshold: '2/3' (R's default), '1/2' or 'none'. */
  seasonalPowerTransform: FarringtonPowerTransform;
  /** Per category: switched off, or a minimum of its own. */
  categories: Record<string, { isEnabled: boolean; minimumCount: number | null }>;
  /** Resolution of the H3 grid for hot spots, 6–10. */
  hotSpotResolution: number;
  hotSpotFalseDiscoveryRate: number;
  /** The heat layer's kernel bandwidth, metres. */
  heatBandwidthMeters: number;
}

export const defaultEarlyWarningSettings: EarlyWarningSettings = {
  method: 'C2',
  minimumCount: 3,
  minimumSigma: 1,
  falseDiscoveryRate: 0.1,
  isSeasonalEnabled: true,
  seasonalThreshold: 'nbPlugin',
  seasonalPowerTransform: '2/3',
  categories: {},
  hotSpotResolution: 8,
  hotSpotFalseDiscoveryRate: 0.05,
  heatBandwidthMeters: 500,
};

export type AlarmMethod = EarsMethod | 'farrington';

export const alarmDecisions = ['acknowledged', 'dismissed'] as const;
export type AlarmDecisionKind = (typeof alarmDecisions)[number];

/** A coordinator's word on an alarm: seen and acted on, or judged a false alarm. */
export interface AlarmDecision {
  id: string;
  municipalityId: string;
  alarmKey: string;
  decision: AlarmDecisionKind;
  comment: string;
  decidedByUserId: string | null;
  decidedAt: string;
}

/** One district's (or the whole municipality's) count of one category on one Stockholm day. */
export interface DailyCount {
  day: string;
  /** null: the whole municipality. */
  districtId: string | null;
  categoryCode: string;
  count: number;
}

/** An alarm is known by its week, its district ('' for the whole municipality) and its category. */
export const alarmKey = (periodKey: string, districtId: string | null, categoryCode: string) =>
  `${periodKey}|${districtId ?? ''}|${categoryCode}`;
