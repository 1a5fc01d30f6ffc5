/**
 * Types of the early warning's and the signal register's JSON (src/http/early-warning and
 * src/http/signals). They mirror the server's zod schemas; keep the two in step.
 */
import type { PicturePeriod } from './types';

export {
  signalCredibilities,
  signalSeriousnesses,
  signalSources,
  signalStatuses,
} from '../../../src/domain/signals/signal';
export type {
  SignalCredibility,
  SignalSeriousness,
  SignalSource,
  SignalStatus,
} from '../../../src/domain/signals/signal';
import type {
  SignalCredibility,
  SignalSeriousness,
  SignalSource,
  SignalStatus,
} from '../../../src/domain/signals/signal';

export const earsMethods = ['C1', 'C2', 'C3'] as const;
export type EarsMethod = (typeof earsMethods)[number];
export type AlarmMethod = EarsMethod | 'farrington';
export const alarmDecisions = ['acknowledged', 'dismissed'] as const;
export type AlarmDecisionKind = (typeof alarmDecisions)[number];

export interface EarlyWarningSettings {
  method: EarsMethod;
  minimumCount: number;
  falseDiscoveryRate: number;
  isSeasonalEnabled: boolean;
  /** By category code; a category without an entry is tested with the general minimum. */
  categories: Record<string, { isEnabled: boolean; minimumCount: number | null }>;
  hotSpotResolution: number;
  hotSpotFalseDiscoveryRate: number;
  heatBandwidthMeters: number;
}

export interface AlarmDecision {
  id: string;
  alarmKey: string;
  decision: AlarmDecisionKind;
  comment: string;
  decidedByUserId: string | null;
  decidedAt: string;
}

export interface Alarm {
  /** week|district id (empty: the whole municipality)|category code */
  key: string;
  districtId: string | null;
  categoryCode: string;
  method: AlarmMethod;
  observed: number;
  expected: number;
  threshold: number;
  pValue: number;
  adjustedPValue: number;
  /** Already in the language asked for. */
  sentence: string;
  decision: AlarmDecision | null;
}

export interface AlarmList {
  period: PicturePeriod;
  settings: EarlyWarningSettings;
  hasSeasonalHistory: boolean;
  /** District × category series tested this week. */
  tested: number;
  alarms: Alarm[];
}

export interface DecideAlarmInput {
  periodKey: string;
  districtId: string | null;
  categoryCode: string;
  decision: AlarmDecisionKind;
  comment: string;
}

export type HotSpotKind = 'hot' | 'cold' | 'none';

export interface HotSpotCollection {
  type: 'FeatureCollection';
  resolution: number;
  falseDiscoveryRate: number;
  points: number;
  outside: number;
  features: {
    type: 'Feature';
    id: string;
    geometry: { type: 'Polygon'; coordinates: number[][][] };
    properties: { count: number | null; z: number; p: number; q: number; kind: HotSpotKind };
  }[];
}

/** Kernel density on a grid: `density` is incidents per km². */
export interface HeatCollection {
  type: 'FeatureCollection';
  bandwidthMeters: number;
  cellSizeMeters: number;
  maximum: number;
  features: {
    type: 'Feature';
    geometry: { type: 'Point'; coordinates: number[] };
    properties: { density: number };
  }[];
}

export interface Signal {
  id: string;
  categoryCode: string;
  districtId: string | null;
  observedAt: string;
  description: string;
  personalDataKinds: string[];
  source: SignalSource;
  sourceOrganisationId: string | null;
  credibility: SignalCredibility | null;
  seriousness: SignalSeriousness | null;
  status: SignalStatus;
  followUp: string;
  incidentIds: string[];
  alarmKeys: string[];
  registeredByUserId: string | null;
  createdAt: string;
  updatedAt: string;
  /** When retention (gallring) removed the text of the closed signal. */
  textRemovedAt: string | null;
}

export interface SavedSignal extends Signal {
  /** Kinds of personal data masked in the description. */
  maskedKinds: string[];
}

export interface RegisterSignalInput {
  categoryCode: string;
  districtId?: string | null;
  observedAt: string;
  description: string;
  source: SignalSource;
  sourceOrganisationId?: string | null;
  credibility?: SignalCredibility | null;
  seriousness?: SignalSeriousness | null;
  incidentIds?: string[];
  alarmKeys?: string[];
}

export type UpdateSignalInput = Partial<RegisterSignalInput> & {
  status?: SignalStatus;
  followUp?: string;
};

export type SignalStatusFilter = SignalStatus | 'open';

export interface SignalFilter {
  status?: SignalStatusFilter;
  categoryCode?: string;
  districtId?: string;
  from?: string;
  to?: string;
}

export interface SignalCounts {
  from: string;
  to: string;
  counts: {
    categoryCode: string;
    districtId: string | null;
    status: SignalStatus;
    /** null: hidden by the small-count rule (fewer than 3) for those who may not read the register. */
    count: number | null;
  }[];
  hasSmallCountsHidden: boolean;
}

/** One problem of a refused signal (400 SIGNAL_INVALID, `details.problems`). */
export interface SignalProblem {
  field: string;
  problem: string;
}
