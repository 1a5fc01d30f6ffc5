import {
  findPersonalData,
  maskPersonalData,
  type PersonalDataKind,
} from '../incidents/personal-data-guard.js';

/** A free text as it is stored, and the kinds of personal data masked in it. */
interface MaskedText {
  text: string;
  maskedKinds: PersonalDataKind[];
}

/**
 * The personal-data guard of every free-text field outside incidents and signals: archive
 * reasons, flag notes, joint actions, agendas and minutes, supplier decisions, agreements and
 * plans. These texts reach partners, the calendar feed, mailed minutes and DOCX files, so they
 * are always masked as an incident report is (data protection), with no role that
 * may keep the data: `[personnummer]` stands where a personnummer was written, and the writer
 * sees it in what was saved. Pure.
 */
export function maskFreeText(text: string, now: Date): MaskedText {
  const matches = findPersonalData(text, now);
  return {
    text: matches.length === 0 ? text : maskPersonalData(text, matches),
    maskedKinds: [...new Set(matches.map((match) => match.kind))],
  };
}

/**
 * `input` with each named text field masked by {@link maskFreeText} (fields that are absent,
 * null or not text are left as they are), and every kind masked in any of them. Use cases call
 * it first, so nothing unmasked reaches storage, the audit log or a mail.
 */
export function maskFreeTextFields<Input extends object>(
  input: Input,
  fields: readonly (keyof Input)[],
  now: Date,
): { value: Input; maskedKinds: PersonalDataKind[] } {
  const value = { ...input };
  const kinds = new Set<PersonalDataKind>();
  for (const field of fields) {
    const text = value[field];
    if (typeof text !== 'string') continue;
    const masked = maskFreeText(text, now);
    masked.maskedKinds.forEach((kind) => kinds.add(kind));
    value[field] = masked.text as Input[typeof field];
  }
  return { value, maskedKinds: [...kinds] };
}
