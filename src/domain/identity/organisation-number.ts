import {
  formatShortIdentityNumber,
  luhnCheckDigit,
  validatePersonalIdentityNumber,
  type IdentityNumberProblem,
  type ValidIdentityNumber,
} from './personal-identity-number.js';

/**
 * Swedish organisationsnummer, for supplier vetting: Luhn check, the legal form read from the
 * first digit, and sole traders, whose organisation number is the owner's personnummer.
 */

/** The legal form an organisation number reveals. */
export type LegalForm =
  | 'estate'
  | 'public_body'
  | 'foreign_company'
  | 'limited_company'
  | 'simple_partnership'
  | 'economic_association'
  | 'non_profit_association'
  | 'trading_partnership'
  | 'sole_trader'
  | 'unknown';

export interface LegalFormLabel {
  sv: string;
  en: string;
}

/** Swedish (default) and English names of each legal form, for display. */
export const legalFormLabels: Record<LegalForm, LegalFormLabel> = {
  estate: { sv: 'Dödsbo', en: 'Estate of a deceased person' },
  public_body: {
    sv: 'Stat, region, kommun eller församling',
    en: 'State, region, municipality or parish',
  },
  foreign_company: {
    sv: 'Utländskt företag som bedriver näringsverksamhet eller äger fastighet i Sverige',
    en: 'Foreign company trading or owning property in Sweden',
  },
  limited_company: { sv: 'Aktiebolag', en: 'Limited company' },
  simple_partnership: { sv: 'Enkelt bolag', en: 'Simple partnership' },
  economic_association: {
    sv: 'Ekonomisk förening eller bostadsrättsförening',
    en: 'Economic association or housing cooperative',
  },
  non_profit_association: {
    sv: 'Ideell förening eller stiftelse',
    en: 'Non-profit association or foundation',
  },
  trading_partnership: {
    sv: 'Handelsbolag eller kommanditbolag',
    en: 'Trading partnership or limited partnership',
  },
  sole_trader: { sv: 'Enskild firma', en: 'Sole trader' },
  unknown: { sv: 'Okänd organisationsform', en: 'Unknown legal form' },
};

// The first digit of a legal person's number is its group; 4 is not in use.
const legalFormByFirstDigit: Record<string, LegalForm> = {
  '1': 'estate',
  '2': 'public_body',
  '3': 'foreign_company',
  '5': 'limited_company',
  '6': 'simple_partnership',
  '7': 'economic_association',
  '8': 'non_profit_association',
  '9': 'trading_partnership',
};

interface ValidOrganisationNumberBase {
  isValid: true;
  /** `NNNNNN-NNNN`; for a sole trader the personnummer's own 10-digit form, `+` at 100. */
  normalised: string;
  /** The ten digits without separator. */
  digits: string;
  /** The EU VAT number: `SE`, the ten digits, `01`. */
  vatNumber: string;
  legalForm: LegalForm;
  legalFormLabel: LegalFormLabel;
}

interface ValidLegalPersonNumber extends ValidOrganisationNumberBase {
  isSoleTrader: false;
}

/** A sole trader (enskild firma): the number is a person's identity number, i.e. personal data. */
interface ValidSoleTraderNumber extends ValidOrganisationNumberBase {
  isSoleTrader: true;
  legalForm: 'sole_trader';
  identityNumber: ValidIdentityNumber;
}

type ValidOrganisationNumber = ValidLegalPersonNumber | ValidSoleTraderNumber;

interface InvalidOrganisationNumber {
  isValid: false;
  reason: IdentityNumberProblem;
}

type OrganisationNumberResult = ValidOrganisationNumber | InvalidOrganisationNumber;

const organisationNumberPattern = /^(16)?(\d{6})-?(\d{4})$/;
const personalIdentityPattern = /^(?:18|19|20)?\d{6}[-+]?\d{4}$/;

function validateLegalPerson(digits: string): OrganisationNumberResult {
  // Legal persons have a "month" of 20 or more, and no group starts with 0.
  if (Number(digits[2]) < 2 || digits[0] === '0') return { isValid: false, reason: 'format' };
  if (luhnCheckDigit(digits.slice(0, 9)) !== Number(digits[9])) {
    return { isValid: false, reason: 'checksum' };
  }
  const legalForm = legalFormByFirstDigit[digits[0] ?? ''] ?? 'unknown';
  return {
    isValid: true,
    isSoleTrader: false,
    normalised: `${digits.slice(0, 6)}-${digits.slice(6)}`,
    digits,
    vatNumber: `SE${digits}01`,
    legalForm,
    legalFormLabel: legalFormLabels[legalForm],
  };
}

function validateSoleTrader(input: string, referenceDate: Date): OrganisationNumberResult {
  const identityNumber = validatePersonalIdentityNumber(input, referenceDate);
  if (!identityNumber.isValid) return identityNumber;
  const normalised = formatShortIdentityNumber(identityNumber, referenceDate);
  const digits = normalised.replace(/[-+]/, '');
  return {
    isValid: true,
    isSoleTrader: true,
    normalised,
    digits,
    vatNumber: `SE${digits}01`,
    legalForm: 'sole_trader',
    legalFormLabel: legalFormLabels.sole_trader,
    identityNumber,
  };
}

/**
 * Validates a Swedish organisationsnummer and reads its legal form.
 *
 * Accepts `NNNNNN-NNNN` or ten digits, optionally prefixed `16` (the 12-digit form some
 * registers use). A legal person's third digit is 2 or more; when it is lower, the number is a
 * personnummer or samordningsnummer and, if valid as one, is a sole trader's (enskild firma)
 * number, as is any 12-digit form starting 18, 19 or 20. The check digit is Luhn over ten digits.
 *
 * @param referenceDate the day a sole trader's 10-digit century is judged at; defaults to now.
 */
export function validateOrganisationNumber(
  input: string,
  referenceDate: Date = new Date(),
): OrganisationNumberResult {
  const trimmed = input.trim();
  const match = organisationNumberPattern.exec(trimmed);
  if (match) {
    const [, prefix, first = '', last = ''] = match;
    const digits = first + last;
    if (prefix !== undefined || Number(digits[2]) >= 2) return validateLegalPerson(digits);
  }
  if (personalIdentityPattern.test(trimmed)) return validateSoleTrader(trimmed, referenceDate);
  return { isValid: false, reason: 'format' };
}
