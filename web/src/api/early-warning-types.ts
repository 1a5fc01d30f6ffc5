/**
 * Names for the early warning's and the signal register's JSON, read off the generated API
 * document (./contract.ts): nothing here restates a schema.
 */
import type { BodyOf, QueryOf, ResponseOf } from './contract';
import { everyValueOf } from './contract';

// The server's own lists, for the UI to iterate over; their types are the API's unions below.
export {
  signalCredibilities,
  signalSeriousnesses,
  signalSources,
  signalStatuses,
} from '../../../src/domain/signals/signal';

export type EarlyWarningSettings = ResponseOf<'/api/early-warning/settings'>;
export type EarsMethod = EarlyWarningSettings['method'];
export const earsMethods = everyValueOf<EarsMethod>()(['C1', 'C2', 'C3']);
export type SeasonalThreshold = EarlyWarningSettings['seasonalThreshold'];
export const seasonalThresholds = everyValueOf<SeasonalThreshold>()(['nbPlugin', 'delta', 'muan']);
export type SeasonalPowerTransform = EarlyWarningSettings['seasonalPowerTransform'];
export const seasonalPowerTransforms = everyValueOf<SeasonalPowerTransform>()([
  '2/3',
  '1/2',
  'none',
]);

export type AlarmList = ResponseOf<'/api/alarms'>;
export type Alarm = AlarmList['alarms'][number];
export type AlarmMethod = Alarm['method'];
export type AlarmDecision = ResponseOf<'/api/alarms/decisions', 'post'>;
export type AlarmDecisionKind = AlarmDecision['decision'];
export const alarmDecisions = everyValueOf<AlarmDecisionKind>()(['acknowledged', 'dismissed']);
export type DecideAlarmInput = BodyOf<'/api/alarms/decisions', 'post'>;

export type HotSpotCollection = ResponseOf<'/api/hot-spots'>;
export type HotSpotKind = HotSpotCollection['features'][number]['properties']['kind'];
/** Kernel density on a grid: `density` is incidents per km². */
export type HeatCollection = ResponseOf<'/api/heat'>;

export type Signal = ResponseOf<'/api/signals'>[number];
export type SignalSource = Signal['source'];
export type SignalStatus = Signal['status'];
export type SignalCredibility = NonNullable<Signal['credibility']>;
export type SignalSeriousness = NonNullable<Signal['seriousness']>;
/** A signal as saved: with the kinds of personal data masked in the description. */
export type SavedSignal = ResponseOf<'/api/signals', 'post'>;
export type RegisterSignalInput = BodyOf<'/api/signals', 'post'>;
export type UpdateSignalInput = BodyOf<'/api/signals/{id}', 'patch'>;
export type SignalFilter = QueryOf<'/api/signals'>;
export type SignalStatusFilter = NonNullable<SignalFilter['status']>;
export type SignalCounts = ResponseOf<'/api/signals/counts'>;

/** One problem of a refused signal (400 SIGNAL_INVALID, `details.problems`), as the server names it. */
export type { SignalProblemDetail as SignalProblem } from '../../../src/domain/signals/signal-problem';
