import type { SupplierAddress } from '../supplier.js';
import type { RedFlagRuleFunction } from './red-flag.js';

/** This many suppliers at one address (this one included) raise the flag. */
const sharedAddressThreshold = 3;

/** Street and postal code without case, spaces or punctuation; null when either is missing. */
function addressKey(address: SupplierAddress | null): string | null {
  if (!address?.street || !address.postalCode) return null;
  const clean = (value: string) => value.toLocaleLowerCase('sv').replace(/[^\p{L}\p{N}]/gu, '');
  return `${clean(address.street)}|${clean(address.postalCode)}`;
}

/**
 * An address shared with many companies (EBM: a known "mass-registration" address): at least
 * `sharedAddressThreshold` of the municipality's suppliers give the same street and postal
 * code. The others are named. Medium.
 */
export const sharedAddress: RedFlagRuleFunction = ({ supplier, otherSuppliers }) => {
  const key = addressKey(supplier.address);
  if (key === null) return [];
  const sharing = otherSuppliers.filter(
    (other) => other.id !== supplier.id && addressKey(other.address) === key,
  );
  if (sharing.length + 1 < sharedAddressThreshold) return [];
  return [
    {
      rule: 'shared_address',
      level: 'medium',
      reason: `${sharing.length} other suppliers give the same address: ${sharing.map((other) => other.name).join(', ')}.`,
      params: { count: sharing.length, names: sharing.map((other) => other.name).join(', ') },
    },
  ];
};
