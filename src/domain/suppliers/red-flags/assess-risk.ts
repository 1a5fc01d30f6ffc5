import { bankruptcyOrLiquidation } from './bankruptcy-or-liquidation.js';
import { boxOrCareOfAddress } from './box-or-care-of-address.js';
import { enforcementDebts } from './enforcement-debts.js';
import { failedCheck } from './failed-check.js';
import { missingRegistration } from './missing-registration.js';
import { newlyRegistered } from './newly-registered.js';
import { recentBoardChange } from './recent-board-change.js';
import {
  riskLevelOf,
  riskLevels,
  type RedFlagRuleFunction,
  type RiskAssessment,
  type SupplierFacts,
} from './red-flag.js';
import { sanctionsMatch } from './sanctions-match.js';
import { sharedAddress } from './shared-address.js';
import { similarName } from './similar-name.js';

/** Every rule, in the order their flags are listed when equally serious. */
const redFlagRuleFunctions: readonly RedFlagRuleFunction[] = [
  sanctionsMatch,
  bankruptcyOrLiquidation,
  enforcementDebts,
  missingRegistration,
  failedCheck,
  newlyRegistered,
  recentBoardChange,
  boxOrCareOfAddress,
  sharedAddress,
  similarName,
];

/** Applies every rule; the level is the highest flag's, and every reason is listed, worst first. */
export function assessRisk(facts: SupplierFacts): RiskAssessment {
  const flags = redFlagRuleFunctions
    .flatMap((rule) => rule(facts))
    .map((flag, index) => ({ flag, index }))
    .sort(
      (a, b) =>
        riskLevels.indexOf(b.flag.level) - riskLevels.indexOf(a.flag.level) || a.index - b.index,
    )
    .map(({ flag }) => flag);
  return { level: riskLevelOf(flags), flags };
}
