import type { Period } from '../../analysis/periods.js';
import { smallestShownCount } from '../../analysis/disclosure-control.js';
import type { Actor } from '../access/actor.js';
import { isPermitted } from '../access/permissions.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { requirePeriod } from '../situation/require-period.js';
import { addDays, formatLocalDate, startOfStockholmDay } from '../../shared/time/stockholm-time.js';
import { describeAlarm } from './describe-alarm.js';
import { alarmKey, type AlarmDecision, type EarlyWarningSettings } from './early-warning.js';
import {
  findAlarms,
  type FoundAlarms,
  hasSeasonalHistory,
  seasonalHistoryWeeks,
  type TestedAlarm,
} from './find-alarms.js';
import { weeklySeries } from './weekly-series.js';

interface Alarm extends TestedAlarm {
  key: string;
  sentence: string;
  /** The latest decision on it, if any. */
  decision: AlarmDecision | null;
}

interface AlarmList {
  period: Period;
  settings: EarlyWarningSettings;
  /** Whether the municipality's data reaches back far enough for the seasonal method. */
  hasSeasonalHistory: boolean;
  /** How many district × category series were tested. */
  tested: number;
  alarms: Alarm[];
}

/** The weeks EARS needs: its longest variant, C3, uses a baseline of 7 after a guard of 4. */
const earsWeeks = 12;

/** The week `key` names, or VALIDATION_FAILED pointing at `path`. */
export const weekPeriod = (key: string, path?: string[]): Period =>
  requirePeriod('week', key, path);

/**
 * The week's alarms per district and category, each explained in a sentence, with the
 * latest decision on it. Counts come from the daily rollups, so a week costs the same
 * whatever the number of incidents. Aggregates only: every role may see them.
 */
export async function listAlarms(
  deps: Deps,
  actor: Actor,
  input: { periodKey: string; locale: 'sv' | 'en' },
): Promise<AlarmList> {
  await authorize(deps, actor, 'situation.read', 'alarm.list');
  const period = weekPeriod(input.periodKey);
  const { earlyWarning, incidents, taxonomy, municipalities } = deps.store;
  const settings = await earlyWarning.findSettings(actor.municipalityId);
  const earliest = await incidents.earliestOccurrence(actor.municipalityId);
  const isSeasonalPossible = hasSeasonalHistory(earliest, period.firstDay);
  const weeks =
    settings.isSeasonalEnabled && isSeasonalPossible ? seasonalHistoryWeeks + 1 : earsWeeks;
  const firstDay = addDays(period.firstDay, -7 * (weeks - 1));
  const findFound = async () => {
    const daily = await earlyWarning.dailyCounts(
      actor.municipalityId,
      formatLocalDate(firstDay),
      formatLocalDate(period.endDay),
    );
    return findAlarms(weeklySeries(daily, firstDay, weeks), settings, isSeasonalPossible);
  };
  // Cached per municipality, week, settings and the version of the weeks read (issue 21):
  // the up to three years of daily counts and the tests run once per change, not per request.
  const cache = deps.alarmCache;
  let found: FoundAlarms;
  if (!cache) found = await findFound();
  else {
    const version = await deps.store.situation.readVersionOf(actor.municipalityId, [
      { from: isSeasonalPossible ? null : period.from, to: period.to },
      { from: startOfStockholmDay(firstDay).toISOString(), to: period.to },
    ]);
    const key = [
      actor.municipalityId,
      period.key,
      version,
      weeks,
      isSeasonalPossible,
      JSON.stringify(settings),
    ].join('\u0000');
    found = cache.get(key) ?? (await findFound());
    cache.set(key, found);
  }
  const tested = found.tested;
  // The small-count rule: an alarm on 1 or 2 incidents would name them to aggregates-only roles.
  const alarms = isPermitted(actor, 'incident.read_all')
    ? found.alarms
    : found.alarms.filter((alarm) => alarm.observed >= smallestShownCount);

  const keys = alarms.map((alarm) => alarmKey(period.key, alarm.districtId, alarm.categoryCode));
  const [decisions, categories, districts] = await Promise.all([
    earlyWarning.listDecisions(actor.municipalityId, keys),
    taxonomy.list(actor.municipalityId),
    municipalities.listDistricts(actor.municipalityId),
  ]);
  const latest = new Map(decisions.map((decision) => [decision.alarmKey, decision]));
  // The comment is a coordinator's free text, and who decided is a person: aggregates-only
  // roles (politicians, partners' reporters) see that an alarm was handled, and when.
  const isSeeingComments =
    isPermitted(actor, 'alarm.decide') || isPermitted(actor, 'incident.read_all');
  const presentDecision = (decision: AlarmDecision | null): AlarmDecision | null =>
    decision && !isSeeingComments ? { ...decision, comment: '', decidedByUserId: null } : decision;
  const categoryNames = new Map(
    categories.map((category) => [
      category.code,
      input.locale === 'sv' ? category.labelSv : category.labelEn,
    ]),
  );
  const districtNames = new Map(districts.map((district) => [district.id, district.name]));
  return {
    period,
    settings,
    hasSeasonalHistory: isSeasonalPossible,
    tested,
    alarms: alarms.map((alarm, index) => ({
      ...alarm,
      key: keys[index] as string,
      sentence: describeAlarm(
        alarm,
        {
          category: categoryNames.get(alarm.categoryCode) ?? alarm.categoryCode,
          district:
            alarm.districtId === null ? null : (districtNames.get(alarm.districtId) ?? null),
        },
        input.locale,
      ),
      decision: presentDecision(latest.get(keys[index] as string) ?? null),
    })),
  };
}
