import type { CategoryRule } from './category-rule.js';
import { shootingInText } from './shooting-in-text.js';
import { suspectedDeviceInText } from './suspected-device-in-text.js';
import { vehicleArsonInText } from './vehicle-arson-in-text.js';

/** Every text rule, in the order they are tried; the first that refines decides. */
const categoryRules: readonly CategoryRule[] = [
  shootingInText,
  suspectedDeviceInText,
  vehicleArsonInText,
];

/** The category a police event's text gives it, starting from its type's category. */
export function refineCategory(
  event: { type: string; text: string },
  categoryCode: string,
): { categoryCode: string; ruleName: string | null } {
  for (const rule of categoryRules) {
    const refined = rule.refine(event, categoryCode);
    if (refined !== null) return { categoryCode: refined, ruleName: rule.name };
  }
  return { categoryCode, ruleName: null };
}
