import { validatePersonalIdentityNumber } from '../identity/personal-identity-number.js';

/**
 * Screens the free text of an incident report for personal data before it is saved
 * (data protection: place and time, not people). The reporter is warned about each
 * match, and the text is stored masked unless a role allowed to keep the data confirms.
 * Pure: no I/O, and the same text and reference date always give the same matches.
 */

export type PersonalDataKind =
  | 'personal_identity_number'
  | 'coordination_number'
  | 'phone_number'
  | 'email_address'
  | 'vehicle_registration';

/** One piece of personal data in a text: `text` is `input.slice(start, end)` (UTF-16 offsets). */
export interface PersonalDataMatch {
  kind: PersonalDataKind;
  start: number;
  end: number;
  text: string;
}

/** What replaces each kind of match in stored text: Swedish, like the text, and with no digits. */
export const personalDataMasks: Record<PersonalDataKind, string> = {
  personal_identity_number: '[personnummer]',
  coordination_number: '[samordningsnummer]',
  phone_number: '[telefonnummer]',
  email_address: '[e-postadress]',
  vehicle_registration: '[registreringsnummer]',
};

// When candidates overlap they are merged, and the merged match takes the most sensitive kind.
/** The kinds whose masks stand in a stored text: what was masked, read back from the text itself. */
export function maskedKindsIn(text: string): PersonalDataKind[] {
  return (Object.entries(personalDataMasks) as [PersonalDataKind, string][])
    .filter(([, mask]) => text.includes(mask))
    .map(([kind]) => kind);
}

const sensitivity: Record<PersonalDataKind, number> = {
  personal_identity_number: 4,
  coordination_number: 4,
  email_address: 3,
  phone_number: 2,
  vehicle_registration: 1,
};

// ---- Identity numbers ------------------------------------------------------------------------

// The ways people write an identity number by hand: the date as 8 or 6 digits, or in groups
// ("1941 06 12", "41 06 12"); then `-`, an en or em dash or `+`, with or without spaces around
// it, a lone space, or nothing; then the serial and check digit, whole or split in two
// ("98 95"). Each date form is its own sticky pattern, tried at every place a number starts, so
// a form that fails validation never hides another that would pass.
const identitySeparator = String.raw`(?<separator> ?[-–—‑+] ?| )?`;
const identitySerial = String.raw`(?<serial>[\dTRSUWXJKLMN](?:\d{3}|\d \d{2}))(?!\d)`;
const identityForms = [
  String.raw`\d{8}`,
  String.raw`\d{6}`,
  String.raw`\d{4} \d{2} \d{2}`,
  String.raw`\d{2} \d{2} \d{2}`,
].map(
  (date) => new RegExp(String.raw`(?<date>${date})${identitySeparator}${identitySerial}`, 'iy'),
);

/** Where a number can start: a digit with no digit right before it (else it is a longer one). */
function numberStarts(text: string): number[] {
  const starts: number[] = [];
  for (const found of text.matchAll(/(?<!\d)\d/g)) starts.push(found.index);
  return starts;
}

function findIdentityNumbers(text: string, referenceDate: Date): PersonalDataMatch[] {
  const matches: PersonalDataMatch[] = [];
  for (const start of numberStarts(text)) {
    for (const form of identityForms) {
      form.lastIndex = start;
      const candidate = form.exec(text);
      if (!candidate?.groups) continue;
      const { date = '', separator = '', serial = '' } = candidate.groups;
      // The validator reads YYMMDD-NNNC and YYMMDD+NNNC: the rest is how people write it.
      const written = `${date.replaceAll(' ', '')}${separator.includes('+') ? '+' : '-'}${serial.replace(' ', '')}`;
      const result = validatePersonalIdentityNumber(written, referenceDate);
      if (!result.isValid) continue;
      const kind =
        result.kind === 'samordningsnummer' ? 'coordination_number' : 'personal_identity_number';
      matches.push(spanOf(kind, text, start, start + candidate[0].length));
    }
  }
  return matches;
}

// ---- Phone numbers ---------------------------------------------------------------------------

// Up to eight digit groups joined by a space or a hyphen (or en dash), as numbers are written by
// hand. The bounds keep each candidate short, so rescanning after a miss stays linear.
const digitGroups = String.raw`\d{1,15}(?:(?: ?[-–] ?| )\d{1,15}){0,7}`;
// Not glued to a word, a number, or the tail of "12-", "3.", "4,", "5/" or "6:" (dates, sums).
const notInsideAWord = String.raw`(?<![\p{L}\p{N}_+])(?<!\d[-–/.,:])`;

/** A way of writing phone numbers: `digits` is the part whose digits are counted. */
interface PhoneForm {
  pattern: RegExp;
  minimumDigits: number;
  maximumDigits: number;
  /** Written with the trunk 0 and an area code, whose subscriber number never starts with 0. */
  isNational?: boolean;
}

const phoneForms: PhoneForm[] = [
  // National: trunk 0 and an area code 1–9 (00 starts an international number), 8–10 digits
  // with the 0. Mobile numbers (07…) have ten, but a mistyped one is still somebody's number.
  {
    pattern: new RegExp(`${notInsideAWord}(?<digits>(?=0[1-9])${digitGroups})`, 'gu'),
    minimumDigits: 8,
    maximumDigits: 10,
    isNational: true,
  },
  // Swedish international: +46 or 0046, an optional "(0)", then 7–9 digits without the 0.
  {
    pattern: new RegExp(
      String.raw`${notInsideAWord}(?:\+|00) ?46(?: ?\(0\) ?| ?[-–] ?| )?(?<digits>(?=[1-9])${digitGroups})`,
      'gu',
    ),
    minimumDigits: 7,
    maximumDigits: 9,
  },
  // Any other country: "+", a country code other than 46 and the number, 8–15 digits in all.
  {
    pattern: new RegExp(
      String.raw`${notInsideAWord}\+(?!46)(?<digits>(?=[1-9])${digitGroups})`,
      'gu',
    ),
    minimumDigits: 8,
    maximumDigits: 15,
  },
];

/**
 * The end (exclusive, relative to `groups`) of the longest run of whole digit groups holding
 * `minimum`–`maximum` digits, or null. Trailing groups beyond the number ("… 67 15 personer")
 * are left out rather than spoiling the match.
 */
function endOfPhoneDigits(groups: string, minimum: number, maximum: number): number | null {
  let count = 0;
  let end: number | null = null;
  for (const group of groups.matchAll(/\d+/g)) {
    count += group[0].length;
    if (count > maximum) break;
    if (count >= minimum) end = group.index + group[0].length;
  }
  return end;
}

// dd-mm-yyyy (or with spaces, dots or slashes) is a date, though it has eight digits and a 0.
const writtenDate = /^(0[1-9]|[12]\d|3[01])([- ./])(0[1-9]|1[0-2])\2(19|20)\d{2}$/;
// The number goes on after the digits that fit, joined by a hyphen or a slash: a case or file
// number ("0126-2024-000123", "Dnr 0126-2019/123"), not a phone number.
const numberGoesOn = /^[-–/]\d/;

/**
 * Whether a candidate is something else written like a phone number: a date, a case number,
 * or (national numbers) groups after the first that start with 0, such as municipality codes
 * ("0126 0180 0181") and opening hours ("08 00-17 00"): a subscriber number never starts with 0.
 */
function isNotAPhoneNumber(form: PhoneForm, text: string, start: number, end: number): boolean {
  const written = text.slice(start, end);
  if (writtenDate.test(written) || numberGoesOn.test(text.slice(end, end + 2))) return true;
  const groups = written.match(/\d+/g) ?? [];
  return form.isNational === true && groups.length > 1 && (groups[1] ?? '').startsWith('0');
}

function findPhoneNumbersWritten(form: PhoneForm, text: string): PersonalDataMatch[] {
  const { pattern, minimumDigits, maximumDigits } = form;
  const matches: PersonalDataMatch[] = [];
  pattern.lastIndex = 0;
  for (let candidate = pattern.exec(text); candidate; candidate = pattern.exec(text)) {
    const digits = candidate.groups?.digits ?? '';
    const digitsStart = candidate.index + candidate[0].length - digits.length;
    const digitsEnd = endOfPhoneDigits(digits, minimumDigits, maximumDigits);
    const end = digitsEnd === null ? null : digitsStart + digitsEnd;
    if (end === null || isNotAPhoneNumber(form, text, candidate.index, end)) {
      // Look again from the next character: a number may follow the digits that did not fit.
      pattern.lastIndex = candidate.index + 1;
      continue;
    }
    matches.push(spanOf('phone_number', text, candidate.index, end));
    pattern.lastIndex = end;
  }
  return matches;
}

function findPhoneNumbers(text: string): PersonalDataMatch[] {
  return phoneForms.flatMap((form) => findPhoneNumbersWritten(form, text));
}

// ---- E-mail addresses ------------------------------------------------------------------------

// Starts only where the local part can start (not after "x" or "x."), keeping the search linear.
const emailAddress =
  /(?<![\p{L}\p{N}_%+-]\.?)[\p{L}\p{N}_%+-]+(?:\.[\p{L}\p{N}_%+-]+)*@(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}/gu;

function findEmailAddresses(text: string): PersonalDataMatch[] {
  if (!text.includes('@')) return [];
  return [...text.matchAll(emailAddress)].map((candidate) =>
    spanOf('email_address', text, candidate.index, candidate.index + candidate[0].length),
  );
}

// ---- Vehicle registrations -------------------------------------------------------------------

// Three letters without I, Q, V (Å, Ä, Ö are outside A–Z), an optional space, two digits and a
// digit or a letter that is also not O. Case is checked afterwards, see findVehicleRegistrations.
const vehicleCandidate =
  /(?<![\p{L}\p{N}])([A-HJ-PR-UW-Z]{3})( ?)(\d{2}[\dA-HJ-NPR-UW-Z])(?![\p{L}\p{N}])/giu;

// Words and codes that are written before a three-digit number in ordinary Swedish text, and
// would otherwise read as registrations in capitals ("MED 150 PERSONER", "SEK 500", and the
// police's "TPL 148" for a road interchange).
const wordsThatAreNotPlates = new Set(
  (
    'OCH MED UTE TOG GAV SER HAR KOM BAD BAR BOR DOG FEM SEX TRE ETT DEN DET SOM MOT NER UPP ' +
    'TAR GER FAR MOR NYA SKA KAN FEL HEM SEN NOG MAN DAG ORT HUS RUM BIL LGH TEL AVD DNR ORG ' +
    'TPL SEK EUR USD NOK DKK GBP SOS'
  ).split(' '),
);

// "reg", "reg.nr", "regnr:", "registreringsnummer", "registreringsnumret" right before a match.
const registrationCue =
  /(?<![\p{L}\p{N}])reg(?:istrerings(?:nummer|numret|skylt(?:en)?))?(?:\.? ?nr)?\.?:? *$/iu;

/**
 * Swedish registrations in capitals ("ABC 123", "ABC12D") are found as written; in lower or mixed
 * case only without the space ("abc123"), because "med 150" and "tog 500" are ordinary Swedish,
 * unless a registration cue ("reg.nr abc 123") comes right before. Listed words never count
 * without a cue.
 */
function findVehicleRegistrations(text: string): PersonalDataMatch[] {
  const matches: PersonalDataMatch[] = [];
  for (const candidate of text.matchAll(vehicleCandidate)) {
    const [whole, letters = '', space, tail = ''] = candidate;
    const hasCue = registrationCue.test(
      text.slice(Math.max(0, candidate.index - 30), candidate.index),
    );
    const isCapitals = letters === letters.toUpperCase() && tail === tail.toUpperCase();
    const isOrdinaryWord = wordsThatAreNotPlates.has(letters.toUpperCase());
    if (!hasCue && (isOrdinaryWord || (!isCapitals && space === ' '))) continue;
    matches.push(
      spanOf('vehicle_registration', text, candidate.index, candidate.index + whole.length),
    );
  }
  return matches;
}

// ---- Putting it together ---------------------------------------------------------------------

function spanOf(
  kind: PersonalDataKind,
  text: string,
  start: number,
  end: number,
): PersonalDataMatch {
  return { kind, start, end, text: text.slice(start, end) };
}

/** Sorts candidates and merges any that overlap into one match of the most sensitive kind. */
function mergeOverlapping(text: string, candidates: PersonalDataMatch[]): PersonalDataMatch[] {
  const sorted = [...candidates].sort(
    (left, right) => left.start - right.start || right.end - left.end,
  );
  const merged: PersonalDataMatch[] = [];
  for (const candidate of sorted) {
    const previous = merged.at(-1);
    if (!previous || candidate.start >= previous.end) {
      merged.push(candidate);
      continue;
    }
    const kind =
      sensitivity[candidate.kind] > sensitivity[previous.kind] ? candidate.kind : previous.kind;
    merged[merged.length - 1] = spanOf(
      kind,
      text,
      previous.start,
      Math.max(previous.end, candidate.end),
    );
  }
  return merged;
}

/**
 * Finds personal identity numbers, coordination numbers, phone numbers, e-mail addresses and
 * vehicle registrations in free text. Identity numbers count only when their date exists and
 * their check digit fits, so order numbers, sums and dates are left alone.
 *
 * @param referenceDate the day a 10-digit identity number's century is judged at; defaults to now.
 * @returns matches in text order, never overlapping.
 */
export function findPersonalData(
  text: string,
  referenceDate: Date = new Date(),
): PersonalDataMatch[] {
  return mergeOverlapping(text, [
    ...findIdentityNumbers(text, referenceDate),
    ...findEmailAddresses(text),
    ...findPhoneNumbers(text),
    ...findVehicleRegistrations(text),
  ]);
}

/**
 * Replaces each match by the mask of its kind and leaves everything else as it was. Matches must
 * be those of `findPersonalData(text)` (any subset): a match that does not fit the text, or that
 * overlaps another, throws, because masking the wrong span would store the data it should hide.
 */
export function maskPersonalData(text: string, matches: readonly PersonalDataMatch[]): string {
  const ordered = [...matches].sort((left, right) => left.start - right.start);
  let masked = '';
  let position = 0;
  for (const match of ordered) {
    const isMisplaced = match.start < position || match.end <= match.start;
    if (isMisplaced || text.slice(match.start, match.end) !== match.text) {
      throw new Error(
        `A personal data match at ${match.start}–${match.end} does not fit the text.`,
      );
    }
    masked += text.slice(position, match.start) + personalDataMasks[match.kind];
    position = match.end;
  }
  return masked + text.slice(position);
}
