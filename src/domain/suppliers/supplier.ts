import type { LegalForm, LegalFormLabel } from '../identity/organisation-number.js';
import { validateOrganisationNumber } from '../identity/organisation-number.js';
import { DomainError } from '../errors.js';

/**
 * A supplier the municipality does business with, known by its organisation number. The
 * number is validated and stored in its normalised form (`NNNNNN-NNNN`); its legal form is
 * read from it. Beneficial owners are entered by hand (the register of beneficial owners
 * needs an agreement), and are screened against sanctions lists with the board.
 */
export interface SupplierAddress {
  careOf: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
}

export interface BeneficialOwner {
  name: string;
  /** `YYYY` or `YYYY-MM-DD`, when known. */
  birthDate: string | null;
  identifier: string | null;
  /** ISO 3166 alpha-2, lower case. */
  countries: string[];
}

export interface Supplier {
  id: string;
  municipalityId: string;
  organisationNumber: string;
  name: string;
  address: SupplierAddress | null;
  phone: string | null;
  beneficialOwners: BeneficialOwner[];
  createdByUserId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What the organisation number reveals, shown with every supplier. */
interface SupplierIdentity {
  vatNumber: string;
  legalForm: LegalForm;
  legalFormLabel: LegalFormLabel;
  isSoleTrader: boolean;
}

/**
 * Validates an organisation number for a supplier, raising SUPPLIER_INVALID with the reason
 * (format, date, checksum) at the given field path.
 */
export function requireOrganisationNumber(
  input: string,
  now: Date,
): ReturnType<typeof validateOrganisationNumber> & { isValid: true } {
  const result = validateOrganisationNumber(input, now);
  if (!result.isValid) {
    throw new DomainError(
      'SUPPLIER_INVALID',
      `The organisation number is not valid (${result.reason}).`,
      {
        reason: result.reason,
        issues: [
          {
            path: ['body', 'organisationNumber'],
            message: `not a valid organisation number: ${result.reason}`,
          },
        ],
      },
    );
  }
  return result;
}

/** The identity read from a stored (already valid) number. */
export function supplierIdentity(
  supplier: Pick<Supplier, 'organisationNumber'>,
  now: Date,
): SupplierIdentity {
  const result = validateOrganisationNumber(supplier.organisationNumber, now);
  if (!result.isValid) {
    return {
      vatNumber: '',
      legalForm: 'unknown',
      legalFormLabel: { sv: 'Okänd organisationsform', en: 'Unknown legal form' },
      isSoleTrader: false,
    };
  }
  return {
    vatNumber: result.vatNumber,
    legalForm: result.legalForm,
    legalFormLabel: result.legalFormLabel,
    isSoleTrader: result.isSoleTrader,
  };
}
