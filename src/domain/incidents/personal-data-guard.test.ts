import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  luhnCheckDigit,
  validatePersonalIdentityNumber,
} from '../identity/personal-identity-number.js';
import {
  findPersonalData,
  maskPersonalData,
  personalDataMasks,
  type PersonalDataKind,
  type PersonalDataMatch,
} from './personal-data-guard.js';

const referenceDate = new Date('2026-11-27T12:00:00Z');
const find = (text: string) => findPersonalData(text, referenceDate);
/** The kind and text of each match, which is what a reader of a failure wants to see. */
const found = (text: string) => find(text).map(({ kind, text: matched }) => [kind, matched]);

describe('findPersonalData finds', () => {
  const positives: [string, PersonalDataKind, string][] = [
    [
      'Anmälaren uppgav personnummer 850709-1232 till väktaren.',
      'personal_identity_number',
      '850709-1232',
    ],
    [
      'Pojken (19850709-1232) sågs vid Skogås centrum.',
      'personal_identity_number',
      '19850709-1232',
    ],
    ['pnr:198507091232 enligt vakten', 'personal_identity_number', '198507091232'],
    ['Han sa att hans nummer är 8507091232.', 'personal_identity_number', '8507091232'],
    ['Mannen, 850709 1232, uppgav sig bo i Vårby.', 'personal_identity_number', '850709 1232'],
    [
      'Den äldre kvinnan har 261127+1236 som personnummer.',
      'personal_identity_number',
      '261127+1236',
    ],
    ['Interimsnummer 000101-T220 stod på lappen.', 'personal_identity_number', '000101-T220'],
    ['Samordningsnummer 850769-1239 lämnades till polisen.', 'coordination_number', '850769-1239'],
    ['Ring mig på 070-123 45 67 om något händer.', 'phone_number', '070-123 45 67'],
    ['Tel 0701234567, fråga efter Kim', 'phone_number', '0701234567'],
    ['Mobil: 073-1234567', 'phone_number', '073-1234567'],
    ['Nås på 070 12 34 567 dagtid', 'phone_number', '070 12 34 567'],
    ['Växeln nås på 08-123 456 78.', 'phone_number', '08-123 456 78'],
    ['Fastighetsjouren 08-12 34 56 svarar dygnet runt', 'phone_number', '08-12 34 56'],
    ['Kontakta 031-12 34 56 efter kl 17.', 'phone_number', '031-12 34 56'],
    ['Bovärden i Gnesta har 0158-123 45.', 'phone_number', '0158-123 45'],
    ['Ring +46 70 123 45 67 vid frågor', 'phone_number', '+46 70 123 45 67'],
    ['Nummer: +46701234567', 'phone_number', '+46701234567'],
    ['Ring 0046 70-123 45 67', 'phone_number', '0046 70-123 45 67'],
    ['Vakthavande +46 (0)8-123 456 78', 'phone_number', '+46 (0)8-123 456 78'],
    ['Den norske vakten har +47 912 34 567.', 'phone_number', '+47 912 34 567'],
    ['Mejla anna.andersson@huddinge.se.', 'email_address', 'anna.andersson@huddinge.se'],
    ['Kontakt: kalle_87@hotmail.com (förälder)', 'email_address', 'kalle_87@hotmail.com'],
    ['Skriv till förvaltare@bostäder.se', 'email_address', 'förvaltare@bostäder.se'],
    ['Svar till ...kim.berg@polisen.se snarast', 'email_address', 'kim.berg@polisen.se'],
    ['En vit Volvo ABC 123 stod parkerad vid skolan.', 'vehicle_registration', 'ABC 123'],
    ['Mopeden, ABC12D, saknade skylt.', 'vehicle_registration', 'ABC12D'],
    ['Bilen XYZ 98A körde mot rött.', 'vehicle_registration', 'XYZ 98A'],
    ['bilen abc123 stod kvar hela natten', 'vehicle_registration', 'abc123'],
    ['En bil med reg.nr abc 123 körde iväg.', 'vehicle_registration', 'abc 123'],
    ['Registreringsnummer: mlb 55c', 'vehicle_registration', 'mlb 55c'],
    // Identity numbers as people write them by hand (issue 13, point 6).
    ['Han uppgav 410612–9895 till vakten.', 'personal_identity_number', '410612–9895'],
    ['Han uppgav 410612 - 9895 till vakten.', 'personal_identity_number', '410612 - 9895'],
    ['Han uppgav 410612-98 95 till vakten.', 'personal_identity_number', '410612-98 95'],
    ['Han uppgav 1941 06 12-9895 till vakten.', 'personal_identity_number', '1941 06 12-9895'],
    ['Han uppgav 19410612 – 9895 till vakten.', 'personal_identity_number', '19410612 – 9895'],
    ['Vittnet såg regnr MED 150 på bilen.', 'vehicle_registration', 'MED 150'],
  ];

  it.each(positives)('in "%s" a %s', (text, kind, matched) => {
    expect(found(text)).toEqual([[kind, matched]]);
  });
});

describe('findPersonalData leaves alone', () => {
  const negatives = [
    'Ungdomar samlades vid Skogås centrum kl 22',
    'ca 15 personer, de flesta i 15–17-årsåldern',
    'Det har pågått sedan år 2024 och ökade under 2025.',
    'Stenkastning mot buss 172 vid Vårby gård.',
    'Linje 865 och 172 stannade inte vid hållplatsen.',
    'Skadegörelsen kostade 1 500 kr att åtgärda.',
    'Kostnaden blev 12 500 kronor, 2 000 kr mer än väntat.',
    'Ordernummer 5560160680 gäller fakturan från leverantören.',
    'Personnumret 19850709-1233 var felskrivet.',
    'Händelsen inträffade 2024-03-15 kl 21.30 vid Flemingsbergs station.',
    'Händelsen inträffade 05-03-2024 på kvällen.',
    'Klockan 08.30-09.15 var det lugnt vid skolan.',
    'Larmet gick 08:15 och 09:40.',
    'Vi var 150 personer med 150 kr var och tog 300 affischer.',
    'Arrangemanget samlade 300 besökare och 120 ordningsvakter.',
    'MED 150 PERSONER PÅ TORGET OCH 200 I PARKEN',
    'Det kostade SEK 500 att laga dörren.',
    'Väktaren ringde SOS 112 direkt.',
    'Två bilar har kolliderat på E18 i höjd med TPL 148 Bro i norrgående riktning.',
    'Adressen är Sjödalsvägen 10, 141 46 Huddinge.',
    'Ärendet har dnr KS-2017/581.173 och gäller Lag (2023:196).',
    'Vägarbete på väg 226 vid Länna, 3 av 10 lampor trasiga.',
    'Det var mellan 1000-2000 personer i området, ca 0,5 promille.',
    'OCR-nummer 12345678901234 på inbetalningen.',
    'Lägenhet lgh 1102 på plan 3, port 2B.',
    'Hyresgästen i lgh 102 klagade på oväsen.',
    'Rapporten skickades 2026-11-27 22:15 via appen.',
    'Ring 112 vid akut fara, annars 114 14.',
    'Portkoden 0123456 fungerade inte.',
    'Kvittot har löpnummer 08123456789.',
    'Mätarställning +1 500 mot förra veckan.',
    // Case numbers, municipality codes, hours and dates are not phone numbers (issue 13, point 6).
    'Ärendenummer 0126-2024-000123',
    'Dnr 0126-2019/123',
    'Kommunkoder 0126 0180 0181',
    'Öppet 08 00-17 00',
    'Datum 01 12 2023',
  ];

  it.each(negatives)('"%s"', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('findPersonalData', () => {
  const report =
    'Kim, 850709-1232, ringde från 070-123 45 67 och mejlade kim@example.se om bilen ABC 123.';

  it('returns every match in text order with its offsets', () => {
    const matches = find(report);
    expect(matches.map(({ kind }) => kind)).toEqual([
      'personal_identity_number',
      'phone_number',
      'email_address',
      'vehicle_registration',
    ]);
    for (const match of matches) {
      expect(report.slice(match.start, match.end)).toBe(match.text);
    }
    expect(matches[0]).toEqual({
      kind: 'personal_identity_number',
      start: 5,
      end: 16,
      text: '850709-1232',
    });
  });

  it('counts offsets in UTF-16 code units, as JavaScript strings do', () => {
    const text = '🚨 Ring 070-123 45 67';
    expect(find(text)).toEqual([
      { kind: 'phone_number', start: 8, end: 21, text: '070-123 45 67' },
    ]);
  });

  it('merges overlapping finds into one match of the most sensitive kind', () => {
    const text = 'Skriv till anna.850709-1232@example.se i dag';
    expect(found(text)).toEqual([['personal_identity_number', 'anna.850709-1232@example.se']]);
  });

  it('reads a 10-digit century at the reference date, so 29 February must exist then', () => {
    // In 2026, "000229-" is 2000 (a leap year) and "000229+" is 1900 (not one).
    expect(found('Nummer 000229-1235 lämnades')).toEqual([
      ['personal_identity_number', '000229-1235'],
    ]);
    expect(found('Nummer 000229+1235 lämnades')).toEqual([]);
  });

  it('cuts a phone number where its digits are complete, leaving later numbers out', () => {
    expect(found('Ring 070-123 45 67 15 personer')).toEqual([['phone_number', '070-123 45 67']]);
  });

  it('finds phone numbers that follow each other or a stray number with only a space between', () => {
    expect(found('Ring 070-123 45 67 070-765 43 21 i första hand')).toEqual([
      ['phone_number', '070-123 45 67'],
      ['phone_number', '070-765 43 21'],
    ]);
    expect(found('Kod 05 0701234567')).toEqual([['phone_number', '0701234567']]);
  });

  it('does not flag an identity number inside a longer run of digits', () => {
    expect(found('Referens 1198507091232 och 85070912321')).toEqual([]);
  });
});

describe('maskPersonalData', () => {
  it('replaces each match by the Swedish mask of its kind and keeps the rest', () => {
    const text =
      'Kim, 850709-1232 / 850769-1239, ringde från 070-123 45 67, kim@example.se, bil ABC 123.';
    expect(maskPersonalData(text, find(text))).toBe(
      'Kim, [personnummer] / [samordningsnummer], ringde från [telefonnummer], ' +
        '[e-postadress], bil [registreringsnummer].',
    );
  });

  it('leaves a text without matches as it was', () => {
    const text = 'Ungdomar samlades vid Skogås centrum kl 22';
    expect(maskPersonalData(text, [])).toBe(text);
  });

  it('masks only the matches it is given, in any order', () => {
    const text = 'Ring 070-123 45 67 eller mejla kim@example.se';
    const [phone, email] = find(text);
    if (!phone || !email) throw new Error('both matches are expected');
    expect(maskPersonalData(text, [email])).toBe('Ring 070-123 45 67 eller mejla [e-postadress]');
    expect(maskPersonalData(text, [email, phone])).toBe(
      'Ring [telefonnummer] eller mejla [e-postadress]',
    );
  });

  it('refuses a match that does not fit the text, rather than mask the wrong span', () => {
    const text = 'Ring 070-123 45 67';
    const [phone] = find(text);
    if (!phone) throw new Error('a match is expected');
    const stale: PersonalDataMatch = { ...phone, start: phone.start + 1, end: phone.end + 1 };
    expect(() => maskPersonalData(text, [stale])).toThrow(/does not fit/);
    expect(() => maskPersonalData(text, [phone, phone])).toThrow(/does not fit/);
  });

  it('uses masks without digits', () => {
    expect(Object.values(personalDataMasks).join('')).not.toMatch(/\d/);
  });
});

describe('masking free text (property)', () => {
  const fixture = (name: string) =>
    JSON.parse(
      readFileSync(
        new URL(`../../../test/fixtures/identity/personnummer/${name}`, import.meta.url),
        'utf8',
      ),
    ) as string[];
  // Every 37th official test number the validator accepts (some listed samordningsnummer have
  // impossible dates): a spread of centuries, 29 Februaries and coordination numbers.
  const officialNumbers = [
    ...fixture('skatteverket_testpersonnummer.json'),
    ...fixture('skatteverket_testsamordningsnummer.json'),
  ].filter(
    (number, index) =>
      index % 37 === 0 && validatePersonalIdentityNumber(number, referenceDate).isValid,
  );

  /** A valid identity number in one of the ways people write it. */
  const identityNumber = fc
    .tuple(fc.constantFrom(...officialNumbers), fc.nat(3))
    .map(([number, form]) => {
      const turnedHundred =
        `${Number(number.slice(0, 4)) + 100}${number.slice(4, 8)}` <= '20261127';
      const tail = number.slice(8);
      return [
        number,
        `${number.slice(0, 8)}-${tail}`,
        `${number.slice(2, 8)}${turnedHundred ? '+' : '-'}${tail}`,
        `${number.slice(2, 8)} ${tail}`,
      ][form] as string;
    });
  const otherFragment = fc.oneof(
    fc.constantFrom('Ungdomar', 'samlades', 'vid', 'Skogås', 'centrum', 'kl', 'ca', 'personer'),
    fc.constantFrom('070-123 45 67', '08-123 456 78', '+46 70 123 45 67', 'kim@example.se'),
    fc.constantFrom('ABC 123', 'abc123', 'MED 150', 'år', '2024', '1 500 kr', 'buss 172'),
    fc.stringMatching(/^\d{1,14}$/),
    fc.string({ maxLength: 12 }),
  );
  const separator = fc.constantFrom(' ', ', ', '\n', '. ', ' (', ') ', ': ');
  const text = fc
    .array(fc.tuple(fc.oneof(identityNumber, otherFragment), fc.constantFrom('', ' ', '-', '.')))
    .map((parts) => parts.map(([fragment, glue]) => fragment + glue).join(''));

  it('returns ordered, non-overlapping matches that are exact slices of the text', () => {
    fc.assert(
      fc.property(text, (input) => {
        let previousEnd = 0;
        for (const match of find(input)) {
          expect(match.start).toBeGreaterThanOrEqual(previousEnd);
          expect(match.end).toBeGreaterThan(match.start);
          expect(input.slice(match.start, match.end)).toBe(match.text);
          previousEnd = match.end;
        }
      }),
    );
  });

  it('never changes text outside the matches', () => {
    const anyMask =
      /\[(?:personnummer|samordningsnummer|telefonnummer|e-postadress|registreringsnummer)\]/;
    fc.assert(
      fc.property(text, (input) => {
        const matches = find(input);
        const gaps = [...matches, null].map((match, index) =>
          input.slice(matches[index - 1]?.end ?? 0, match?.start ?? input.length),
        );
        expect(maskPersonalData(input, matches).split(anyMask)).toEqual(gaps);
      }),
    );
  });

  it('never leaves a valid identity number in the masked text', () => {
    fc.assert(
      fc.property(text, (input) => {
        const masked = maskPersonalData(input, find(input));
        const left = find(masked).filter(({ kind }) =>
          ['personal_identity_number', 'coordination_number'].includes(kind),
        );
        expect(left).toEqual([]);
      }),
    );
  });

  it('finds every valid identity number set apart by spaces or punctuation', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(identityNumber, otherFragment), separator), { minLength: 1 }),
        fc.nat(),
        identityNumber,
        (parts, position, number) => {
          const before = parts.slice(0, position % parts.length).map((part) => part.join(''));
          const after = parts.slice(position % parts.length).map((part) => part.join(''));
          const prefix = `${before.join('')} `;
          const input = `${prefix}${number} ${after.join('')}`;
          const start = prefix.length;
          const covering = find(input).find(
            (match) => match.start <= start && match.end >= start + number.length,
          );
          expect(covering?.kind).toMatch(/^(personal_identity_number|coordination_number)$/);
        },
      ),
    );
  });
});

describe('identity numbers written by hand (property)', () => {
  const pad = (value: number) => String(value).padStart(2, '0');
  /** A valid personnummer or samordningsnummer of someone born 1930–2025, by the Luhn helper. */
  const validNumber = fc
    .record({
      year: fc.integer({ min: 1930, max: 2025 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      serial: fc.integer({ min: 1, max: 999 }),
      isCoordination: fc.boolean(),
    })
    .map(({ year, month, day, serial, isCoordination }) => {
      const date = `${year}${pad(month)}${pad(day + (isCoordination ? 60 : 0))}`;
      const serialDigits = String(serial).padStart(3, '0');
      const check = luhnCheckDigit(date.slice(2) + serialDigits);
      return { date, tail: `${serialDigits}${check}` };
    });
  const written = fc.tuple(validNumber, fc.nat(9)).map(([{ date, tail }, form]) => {
    const short = date.slice(2);
    const [yy, mm, dd] = [short.slice(0, 2), short.slice(2, 4), short.slice(4, 6)];
    return [
      `${short}-${tail}`,
      `${short}–${tail}`,
      `${short} - ${tail}`,
      `${short} – ${tail}`,
      `${short}-${tail.slice(0, 2)} ${tail.slice(2)}`,
      `${date.slice(0, 4)} ${mm} ${dd}-${tail}`,
      `${yy} ${mm} ${dd}-${tail}`,
      `${date} - ${tail}`,
      `${short} ${tail.slice(0, 2)} ${tail.slice(2)}`,
      `${date}${tail}`,
    ][form] as string;
  });
  const words = fc.array(
    fc.oneof(
      fc.constantFrom('Mannen', 'uppgav', 'vid', 'Skogås', 'kl', '22', 'Dnr 0126-2019/123'),
      fc.constantFrom('070-123 45 67', '08 00-17 00', 'Kommunkoder 0126 0180', 'år 2024'),
      fc.stringMatching(/^\d{1,6}$/),
    ),
    { maxLength: 6 },
  );

  it('never lets a valid personnummer or samordningsnummer through, in any written form', () => {
    fc.assert(
      fc.property(words, written, words, (before, number, after) => {
        const prefix = `${before.join(' ')} `;
        const input = `${prefix}${number}, ${after.join(' ')}`;
        const covering = find(input).find(
          (match) => match.start <= prefix.length && match.end >= prefix.length + number.length,
        );
        expect(covering?.kind).toMatch(/^(personal_identity_number|coordination_number)$/);
        expect(maskPersonalData(input, find(input))).not.toContain(number);
      }),
      { numRuns: 500 },
    );
  });
});
