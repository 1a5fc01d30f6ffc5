import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { CompanyRecord, CompanyStatus } from '../../domain/suppliers/company-registry.js';
import { countryCode, mostSevereProceeding } from './organisation-record.js';

/**
 * Bolagsverket's weekly bulk file ("bolagsverket_bulkfil.txt", Värdefulla datamängder): one
 * organisation a line, eleven fields separated by `;`, each in double quotes, a header first:
 *
 *   organisationsidentitet;namnskyddslopnummer;registreringsland;organisationsnamn;
 *   organisationsform;avregistreringsdatum;avregistreringsorsak;
 *   pagandeAvvecklingsEllerOmstruktureringsforfarande;registreringsdatum;
 *   verksamhetsbeskrivning;postadress
 *
 * Inside a field, `$` separates parts and `|` repeats: "5560000019$ORGNR-IDORG",
 * "Namn AB$FORETAGSNAMN-ORGNAM$2001-02-03|Name Ltd$ANNATSPRAK-ORGNAM$2005-01-01", "AB-ORGFO",
 * "KK-…$2026-01-02" and the address "street$c/o$city$postcode$country".
 */

export const bulkFileColumns = [
  'organisationsidentitet',
  'namnskyddslopnummer',
  'registreringsland',
  'organisationsnamn',
  'organisationsform',
  'avregistreringsdatum',
  'avregistreringsorsak',
  'pagandeAvvecklingsEllerOmstruktureringsforfarande',
  'registreringsdatum',
  'verksamhetsbeskrivning',
  'postadress',
] as const;

type BulkFileLine =
  | { kind: 'record'; line: number; record: CompanyRecord; raw: string }
  | { kind: 'rejected'; line: number; identity: string | null; reason: string };

/**
 * Splits a line into its fields. The real file has quotes inside quoted fields that are not
 * doubled (`"… 24" skärmar"`), which a strict CSV parser refuses; the separator `";"` is
 * unambiguous, so a quoted line is split on it. An unquoted line is split on `;`.
 */
export function splitBulkLine(line: string): string[] {
  const text = line.replace(/\r$/, '');
  if (text.startsWith('"') && text.endsWith('"') && text.length >= 2) {
    return text
      .slice(1, -1)
      .split('";"')
      .map((field) => field.replaceAll('""', '"'));
  }
  return text.split(';');
}

const isoDate = (value: string | undefined) =>
  value && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : null;

/** Reads one data line (the header excluded); never throws. */
export function parseBulkLine(line: string, lineNumber: number): BulkFileLine {
  const fields = splitBulkLine(line);
  const identity = fields[0]?.split('$')[0]?.trim() || null;
  const reject = (reason: string): BulkFileLine => ({
    kind: 'rejected',
    line: lineNumber,
    identity,
    reason,
  });
  if (fields.length !== bulkFileColumns.length) {
    return reject(`expected ${bulkFileColumns.length} fields, found ${fields.length}`);
  }
  const [, , , names, form, deregisteredOn, , proceedings, registeredOn, description, address] =
    fields as string[] & { length: 11 };
  if (!identity || !/^\d{10}(\d{2})?$/.test(identity)) {
    // The field itself is not repeated: it may be a sole trader's personnummer.
    return reject('organisationsidentitet is not 10 or 12 digits');
  }
  const nameParts = names!.split('|').map((entry) => entry.split('$'));
  const legalName = nameParts.find((parts) => parts[1]?.startsWith('FORETAGSNAMN')) ?? nameParts[0];
  const name = legalName?.[0]?.trim();
  if (!name) return reject('organisationsnamn is empty');
  const registered = isoDate(registeredOn);
  const proceeding = mostSevereProceeding(
    proceedings!.split('|').flatMap((entry) => {
      const [code, date] = entry.split('$');
      return code?.trim() ? [{ code: code.trim(), date: isoDate(date) }] : [];
    }),
  );
  const status: { status: CompanyStatus; since: string | null } = isoDate(deregisteredOn)
    ? { status: 'deregistered', since: isoDate(deregisteredOn) }
    : (proceeding ?? { status: 'active', since: null });
  const [street, careOf, city, postalCode, country] = address!
    .split('$')
    .map((part) => part.trim());
  // Only the company name counts: a secondary trading name (SARSKILT_FORETAGSNAMN) added later
  // is no change of name.
  const recentChanges = nameParts.flatMap((parts) => {
    const date = isoDate(parts[2]);
    const isCompanyName = parts[1]?.startsWith('FORETAGSNAMN') === true;
    return isCompanyName && date && date !== registered ? [{ date, kind: 'name' }] : [];
  });
  return {
    kind: 'record',
    line: lineNumber,
    raw: line,
    record: {
      organisationNumber: identity,
      name,
      legalForm: form!.split('-')[0]?.trim() || null,
      registeredOn: registered,
      status: status.status,
      statusSince: status.since,
      address: address!.trim()
        ? {
            careOf: careOf || null,
            street: street || null,
            postalCode: postalCode?.replace(/\s+/g, '') || null,
            city: city || null,
            country: countryCode(country),
          }
        : null,
      businessDescription: description!.trim() || null,
      officers: null,
      isFTaxRegistered: null,
      isVatRegistered: null,
      isEmployerRegistered: null,
      recentChanges: recentChanges.length > 0 ? recentChanges : null,
      documents: null,
    },
  };
}

/** UTF-8 unless the file's start is not valid UTF-8; then Latin-1, as older deliveries were. */
async function encodingOf(path: string): Promise<'utf8' | 'latin1'> {
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(65_536), 0, 65_536, 0);
    new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, bytesRead), {
      stream: true,
    });
    return 'utf8';
  } catch {
    return 'latin1';
  } finally {
    await file.close();
  }
}

/**
 * Streams the bulk file line by line, checking the header first.
 * @throws Error when the header is not the documented one.
 */
export async function* readBulkFile(path: string): AsyncGenerator<BulkFileLine> {
  const input = createReadStream(path, { encoding: await encodingOf(path) });
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    let lineNumber = 0;
    for await (const line of lines) {
      lineNumber += 1;
      if (lineNumber === 1) {
        const header = splitBulkLine(line.replace(/^\uFEFF/, '')).map((field) => field.trim());
        if (header.join(';') !== bulkFileColumns.join(';')) {
          throw new Error(
            `${path} does not start with Bolagsverket's header: ${bulkFileColumns.join(';')}`,
          );
        }
        continue;
      }
      if (line.trim() === '') continue;
      yield parseBulkLine(line, lineNumber);
    }
  } finally {
    // Also when the reader stops early or the header is refused: the file is closed at once.
    lines.close();
    input.destroy();
  }
}
