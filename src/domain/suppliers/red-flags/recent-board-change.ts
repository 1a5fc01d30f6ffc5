import { addMonths } from '../../follow-up/follow-up-schedule.js';
import type { RedFlagRuleFunction } from './red-flag.js';

/** Months back within which a change of board or signatories counts as recent. */
const recentChangeMonths = 12;
/** This many recent changes make the flag high ("frequent changes in the case history"). */
const frequentChangeCount = 3;

const boardChange = /board|styrelse|signator|firmateckn|officer|ceo|vd|ledamot|suppleant|chair/iu;

/**
 * Recent change of board or signatories (EBM: "byte av styrelse eller företrädare", and
 * frequent changes in Bolagsverket's case history): changes of that kind in the registry's
 * case history, or officers who took their role, within the last twelve months. Medium; high
 * at `frequentChangeCount` or more.
 */
export const recentBoardChange: RedFlagRuleFunction = ({ registryRecord, today }) => {
  if (!registryRecord) return [];
  const since = addMonths(today, -recentChangeMonths);
  const changes = (registryRecord.recentChanges ?? []).filter(
    (change) => change.date > since && boardChange.test(change.kind),
  );
  const newOfficers = (registryRecord.officers ?? []).filter(
    (officer) => officer.since !== null && officer.since > since,
  );
  const count = Math.max(changes.length, newOfficers.length);
  if (count === 0) return [];
  const latest =
    [...changes.map((change) => change.date), ...newOfficers.map((officer) => officer.since ?? '')]
      .sort()
      .at(-1) ?? '';
  return [
    {
      rule: 'recent_board_change',
      level: count >= frequentChangeCount ? 'high' : 'medium',
      reason: `${count} changes of board or signatories in the last ${recentChangeMonths} months, the latest on ${latest}.`,
      params: { count, latest, months: recentChangeMonths },
    },
  ];
};
