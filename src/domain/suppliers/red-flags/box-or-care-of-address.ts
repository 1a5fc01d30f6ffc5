import type { SupplierAddress } from '../supplier.js';
import type { RedFlagRuleFunction } from './red-flag.js';

const boxPattern = /^\s*(box|postbox|postbox|pl|postlåda|privat ?box)\s*\d+/iu;
const careOfPattern = /\bc\/o\b/iu;

/** Why an address is not a real place of business, or null when it may be one. */
function addressProblem(address: SupplierAddress | null): 'care_of' | 'box' | null {
  if (!address) return null;
  if (address.careOf || careOfPattern.test(address.street ?? '')) return 'care_of';
  if (boxPattern.test(address.street ?? '')) return 'box';
  return null;
}

/**
 * No real address (EBM: "saknar verklig adress", a box or c/o address): the supplier's
 * address as entered, or the registry's, is a post-office box or care of someone else.
 * Medium.
 */
export const boxOrCareOfAddress: RedFlagRuleFunction = ({ supplier, registryRecord }) => {
  const found = [
    { origin: 'entered', problem: addressProblem(supplier.address) },
    { origin: 'registry', problem: addressProblem(registryRecord?.address ?? null) },
  ].filter((item) => item.problem !== null);
  const first = found[0];
  if (!first?.problem) return [];
  return [
    {
      rule: 'box_or_care_of_address',
      level: 'medium',
      reason:
        first.problem === 'box'
          ? `The ${first.origin} address is a post-office box.`
          : `The ${first.origin} address is care of someone else (c/o).`,
      params: { kind: first.problem, origin: first.origin },
    },
  ];
};
