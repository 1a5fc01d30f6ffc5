import { createHash } from 'node:crypto';
import type { CompanyRecord } from './company-registry.js';
import type { ScreeningSubject } from './sanctions-screening.js';
import { supplierIdentity, type Supplier, type SupplierAddress } from './supplier.js';

function addressLine(address: SupplierAddress | null): string[] {
  if (!address) return [];
  const line = [
    address.careOf ? `c/o ${address.careOf}` : null,
    address.street,
    address.postalCode,
    address.city,
  ]
    .filter(Boolean)
    .join(', ');
  return line ? [line] : [];
}

/**
 * Who a screening looks for: the supplier itself (name, numbers, address), the officers of
 * the latest registry record, and the beneficial owners entered by hand. Keys are stable
 * within one run: 'supplier', 'officer:<n>', 'owner:<n>'.
 */
export function screeningSubjects(
  supplier: Supplier,
  record: CompanyRecord | null,
  now: Date,
): ScreeningSubject[] {
  const identity = supplierIdentity(supplier, now);
  const registryAddress = record?.address ? addressLine({ ...record.address }) : [];
  const subjects: ScreeningSubject[] = [
    {
      key: 'supplier',
      kind: identity.isSoleTrader ? 'person' : 'organisation',
      name: supplier.name,
      identifiers: [
        supplier.organisationNumber,
        supplier.organisationNumber.replace(/\D/g, ''),
        identity.vatNumber,
      ].filter(Boolean),
      birthDate: null,
      addresses: [...new Set([...addressLine(supplier.address), ...registryAddress])],
      countries: ['se'],
    },
  ];
  for (const [index, officer] of (record?.officers ?? []).entries()) {
    subjects.push({
      key: `officer:${index}`,
      kind: 'person',
      name: officer.name,
      identifiers: [],
      birthDate: null,
      addresses: [],
      countries: [],
    });
  }
  for (const [index, owner] of supplier.beneficialOwners.entries()) {
    subjects.push({
      key: `owner:${index}`,
      kind: 'person',
      name: owner.name,
      identifiers: owner.identifier ? [owner.identifier] : [],
      birthDate: owner.birthDate,
      addresses: [],
      countries: owner.countries,
    });
  }
  return subjects;
}

/**
 * A hash of what was screened for one subject (not its key): a review of a match holds while
 * the subject's data stays the same, and a changed name, number, birth date, address or
 * country makes the entity count again.
 */
export function subjectFingerprint(subject: ScreeningSubject): string {
  const { key: _key, ...data } = subject;
  const canonical = JSON.stringify({
    kind: data.kind,
    name: data.name.trim().toLowerCase(),
    identifiers: [...data.identifiers].sort(),
    birthDate: data.birthDate,
    addresses: [...data.addresses].sort(),
    countries: [...data.countries].sort(),
  });
  return createHash('sha256').update(canonical).digest('hex');
}
