import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import { alarmKey, type AlarmDecision, type AlarmDecisionKind } from './early-warning.js';
import { listAlarms, weekPeriod } from './list-alarms.js';

interface DecideAlarmInput {
  periodKey: string;
  districtId: string | null;
  categoryCode: string;
  decision: AlarmDecisionKind;
  comment: string;
}

/**
 * A coordinator acknowledges an alarm (seen, and acted on) or dismisses it (a false alarm),
 * with a comment. Only an alarm the week actually has can be decided on. Decisions are
 * kept, never overwritten: the latest one counts, and each is in the audit log.
 */
export async function decideAlarm(
  deps: Deps,
  actor: Actor,
  input: DecideAlarmInput,
): Promise<AlarmDecision> {
  await authorize(deps, actor, 'alarm.decide', 'alarm.decide');
  const period = weekPeriod(input.periodKey, ['body', 'periodKey']);
  const key = alarmKey(period.key, input.districtId, input.categoryCode);
  const { alarms } = await listAlarms(deps, actor, { periodKey: period.key, locale: 'en' });
  const alarm = alarms.find((item) => item.key === key);
  if (!alarm) throw notFound('alarm');
  const decision: AlarmDecision = {
    id: randomUUID(),
    municipalityId: actor.municipalityId,
    alarmKey: key,
    decision: input.decision,
    comment: input.comment.trim(),
    decidedByUserId: actor.userId,
    decidedAt: deps.clock().toISOString(),
  };
  await deps.store.transaction(async (repositories) => {
    await repositories.earlyWarning.addDecision(decision);
    await recordAudit(repositories, deps.clock(), actor, {
      action: `alarm.${input.decision === 'acknowledged' ? 'acknowledge' : 'dismiss'}`,
      entityType: 'alarm',
      entityId: key,
      details: {
        method: alarm.method,
        observed: alarm.observed,
        expected: alarm.expected,
        threshold: alarm.threshold,
      },
    });
  });
  return decision;
}
