import { addMonths } from '../follow-up/follow-up-schedule.js';
import { daysBetween } from '../plans/plan-status.js';
import type { Check, CheckKind } from './check.js';
import type { Contract, ProgrammeItem } from './contract.js';

/** How long before the award a check still counts as the check at award. */
const awardWindowMonths = 3;
/** Checks due within this many days are listed as due. */
const dueSoonDays = 30;

type DueStatus = 'overdue' | 'due' | 'scheduled';

export interface DueCheck {
  contractId: string;
  contractTitle: string;
  procurementReference: string;
  supplierId: string;
  supplierName: string;
  checkKind: CheckKind;
  responsibleUserId: string | null;
  dueOn: string;
  lastCheckedOn: string | null;
  status: DueStatus;
  /** Days late (overdue) or days left (due, scheduled). */
  days: number;
}

/**
 * The next due day of one item of a contract's programme, or null when nothing more is due.
 * The rule:
 * - the first check is due on the contract's first day (at award); a check of the kind on the
 *   supplier counts for it when made no earlier than `awardWindowMonths` before that day;
 * - after that, the next is due `intervalMonths` after the latest counting check (null
 *   interval: at award only);
 * - nothing is due after the contract's last day;
 * - a check that `could_not_check` counts for nothing: the check is still due.
 * @param checks the supplier's checks, any order.
 */
export function nextDueOn(
  contract: Pick<Contract, 'startsOn' | 'endsOn'>,
  item: ProgrammeItem,
  checks: readonly Pick<Check, 'kind' | 'checkedOn' | 'result'>[],
): { dueOn: string | null; lastCheckedOn: string | null } {
  const earliest = addMonths(contract.startsOn, -awardWindowMonths);
  const counting = checks
    .filter(
      (check) =>
        check.kind === item.checkKind &&
        check.result !== 'could_not_check' &&
        check.checkedOn >= earliest,
    )
    .map((check) => check.checkedOn)
    .sort();
  const lastCheckedOn = counting.at(-1) ?? null;
  if (lastCheckedOn === null) {
    return {
      dueOn: contract.startsOn <= contract.endsOn ? contract.startsOn : null,
      lastCheckedOn,
    };
  }
  if (item.intervalMonths === null) return { dueOn: null, lastCheckedOn };
  // A check before the award counts for it; the interval then runs from the award.
  const from = lastCheckedOn < contract.startsOn ? contract.startsOn : lastCheckedOn;
  const dueOn = addMonths(from, item.intervalMonths);
  return { dueOn: dueOn <= contract.endsOn ? dueOn : null, lastCheckedOn };
}

/**
 * Every programme item of a contract with its next due day and status on `today`; items with
 * nothing more due are left out, as is everything of a contract that has ended.
 */
export function dueChecksOf(
  contract: Contract,
  supplierName: string,
  programme: readonly ProgrammeItem[],
  checks: readonly Pick<Check, 'kind' | 'checkedOn' | 'result' | 'supplierId'>[],
  today: string,
): DueCheck[] {
  if (contract.endsOn < today) return [];
  const own = checks.filter((check) => check.supplierId === contract.supplierId);
  const due: DueCheck[] = [];
  for (const item of programme) {
    const { dueOn, lastCheckedOn } = nextDueOn(contract, item, own);
    if (dueOn === null) continue;
    const late = daysBetween(dueOn, today);
    due.push({
      contractId: contract.id,
      contractTitle: contract.title,
      procurementReference: contract.procurementReference,
      supplierId: contract.supplierId,
      supplierName,
      checkKind: item.checkKind,
      responsibleUserId: item.responsibleUserId ?? contract.responsibleOfficerUserId,
      dueOn,
      lastCheckedOn,
      status: late > 0 ? 'overdue' : -late <= dueSoonDays ? 'due' : 'scheduled',
      days: Math.abs(late),
    });
  }
  return due;
}

/** Overdue first, longest late first; then due, soonest first; then scheduled, soonest first. */
export function sortDueChecks(items: DueCheck[]): DueCheck[] {
  const order: DueStatus[] = ['overdue', 'due', 'scheduled'];
  return items.sort(
    (a, b) =>
      order.indexOf(a.status) - order.indexOf(b.status) ||
      (a.status === 'overdue' ? b.days - a.days : a.days - b.days) ||
      a.supplierName.localeCompare(b.supplierName, 'sv') ||
      a.checkKind.localeCompare(b.checkKind),
  );
}
