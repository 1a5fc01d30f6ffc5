import { z } from 'zod';
import type {
  CompanyAddress,
  CompanyDocument,
  CompanyRecord,
  CompanyStatus,
} from '../../domain/suppliers/company-registry.js';

/**
 * Bolagsverket's "Värdefulla datamängder" answers, as documented in its OpenAPI description
 * (VärdefullaDatamängder v1): `POST /organisationer` gives `{ organisationer: [Organisation] }`,
 * `POST /dokumentlista` gives `{ dokument: [Dokument] }`. Every information object may carry
 * `fel` (an error for that object alone) instead of data, and may be null. The schemas are
 * loose on purpose: an unknown field or a missing object must not fail a lookup.
 */

const Fel = z.object({ typ: z.string().nullish(), felBeskrivning: z.string().nullish() }).nullish();
const KodKlartext = z
  .object({ kod: z.string().nullish(), klartext: z.string().nullish(), fel: Fel })
  .nullish();

const Forfarande = z.object({
  kod: z.string().nullish(),
  klartext: z.string().nullish(),
  fromDatum: z.string().nullish(),
});
const ForfarandeObjekt = z
  .object({
    pagaendeAvvecklingsEllerOmstruktureringsforfarandeLista: z.array(Forfarande).nullish(),
    fel: Fel,
  })
  .nullish();

const Organisation = z.object({
  organisationsidentitet: z.object({ identitetsbeteckning: z.string() }),
  organisationsnamn: z
    .object({
      organisationsnamnLista: z
        .array(
          z.object({
            namn: z.string(),
            registreringsdatum: z.string().nullish(),
            organisationsnamntyp: KodKlartext,
          }),
        )
        .nullish(),
      fel: Fel,
    })
    .nullish(),
  organisationsform: KodKlartext,
  juridiskForm: KodKlartext,
  verksamOrganisation: KodKlartext,
  organisationsdatum: z.object({ registreringsdatum: z.string().nullish(), fel: Fel }).nullish(),
  avregistreradOrganisation: z
    .object({ avregistreringsdatum: z.string().nullish(), fel: Fel })
    .nullish(),
  avregistreringsorsak: KodKlartext,
  // The OpenAPI description spells it with "pagaende"; some deliveries use "pagande".
  pagaendeAvvecklingsEllerOmstruktureringsforfarande: ForfarandeObjekt,
  pagandeAvvecklingsEllerOmstruktureringsforfarande: ForfarandeObjekt,
  verksamhetsbeskrivning: z.object({ beskrivning: z.string().nullish(), fel: Fel }).nullish(),
  postadressOrganisation: z
    .object({
      postadress: z
        .object({
          utdelningsadress: z.string().nullish(),
          coAdress: z.string().nullish(),
          postnummer: z.string().nullish(),
          postort: z.string().nullish(),
          land: z.string().nullish(),
        })
        .nullish(),
      fel: Fel,
    })
    .nullish(),
});
type Organisation = z.infer<typeof Organisation>;

const OrganisationerSvar = z.object({ organisationer: z.array(Organisation) });

const DokumentlistaSvar = z.object({
  dokument: z.array(
    z.object({
      dokumentId: z.string(),
      filformat: z.string().nullish(),
      rapporteringsperiodTom: z.string().nullish(),
      registreringstidpunkt: z.string().nullish(),
    }),
  ),
});

type ParsedOrganisation =
  | { outcome: 'found'; record: CompanyRecord }
  | { outcome: 'not_found' }
  | { outcome: 'invalid'; problem: string };

/** The ISO date of a Bolagsverket date or date-time ("2023-05-05T00:00:00.000+00:00"). */
function isoDate(value: string | null | undefined): string | null {
  const match = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  return match?.[1] ?? null;
}

/** Bolagsverket's codes for ongoing proceedings: KK konkurs, LI likvidation, FR rekonstruktion. */
function proceedingStatus(code: string): CompanyStatus {
  const upper = code.toUpperCase();
  if (upper.startsWith('KK')) return 'bankruptcy';
  if (upper.startsWith('LI')) return 'liquidation';
  if (upper.startsWith('FR') || upper.startsWith('RES')) return 'reconstruction';
  if (upper.startsWith('FU') || upper.startsWith('DE')) return 'merger';
  return 'unknown';
}

/** Proceedings, most severe first: a company both in liquidation and bankrupt is bankrupt. */
const proceedingSeverity: CompanyStatus[] = [
  'bankruptcy',
  'liquidation',
  'reconstruction',
  'merger',
  'unknown',
];

/** The most severe of several ongoing proceedings, with its date; null when there is none. */
export function mostSevereProceeding(
  proceedings: { code: string; date: string | null }[],
): { status: CompanyStatus; since: string | null } | null {
  let worst: { status: CompanyStatus; since: string | null } | null = null;
  for (const { code, date } of proceedings) {
    const status = proceedingStatus(code);
    if (!worst || proceedingSeverity.indexOf(status) < proceedingSeverity.indexOf(worst.status)) {
      worst = { status, since: date };
    }
  }
  return worst;
}

/** A country as an ISO 3166 code where Bolagsverket writes Sweden's name ("Sverige", "SE-LAND"). */
export function countryCode(country: string | null | undefined): string | null {
  const text = country?.trim().replace(/-LAND$/i, '') ?? '';
  if (text === '') return null;
  return /^sverige$/i.test(text) ? 'SE' : text;
}

function statusOf(organisation: Organisation): { status: CompanyStatus; since: string | null } {
  const deregisteredOn = isoDate(organisation.avregistreradOrganisation?.avregistreringsdatum);
  if (deregisteredOn) return { status: 'deregistered', since: deregisteredOn };
  const proceedings =
    (
      organisation.pagaendeAvvecklingsEllerOmstruktureringsforfarande ??
      organisation.pagandeAvvecklingsEllerOmstruktureringsforfarande
    )?.pagaendeAvvecklingsEllerOmstruktureringsforfarandeLista ?? [];
  const worst = mostSevereProceeding(
    proceedings.flatMap((proceeding) =>
      proceeding.kod ? [{ code: proceeding.kod, date: isoDate(proceeding.fromDatum) }] : [],
    ),
  );
  if (worst) return worst;
  if (organisation.verksamOrganisation?.kod === 'NEJ') return { status: 'unknown', since: null };
  return { status: 'active', since: null };
}

/** A c/o line is kept apart from the street, as a care-of address is a red flag of its own. */
function addressOf(organisation: Organisation): CompanyAddress | null {
  const address = organisation.postadressOrganisation?.postadress;
  if (!address) return null;
  const careOf = address.coAdress?.trim() || null;
  return {
    careOf,
    street: address.utdelningsadress?.trim() || null,
    postalCode: address.postnummer?.replace(/\s+/g, '') || null,
    city: address.postort?.trim() || null,
    country: countryCode(address.land),
  };
}

function isNotFound(organisation: Organisation): boolean {
  const errors = [
    organisation.organisationsnamn?.fel,
    organisation.organisationsform?.fel,
    organisation.organisationsdatum?.fel,
  ];
  return errors.some((error) => error?.typ === 'ORGANISATION_FINNS_EJ');
}

function recordOf(organisation: Organisation): CompanyRecord {
  const names = organisation.organisationsnamn?.organisationsnamnLista ?? [];
  const legalName =
    names.find((name) => name.organisationsnamntyp?.kod === 'FORETAGSNAMN') ?? names[0];
  const { status, since } = statusOf(organisation);
  const form = organisation.organisationsform;
  const registeredOn = isoDate(organisation.organisationsdatum?.registreringsdatum);
  // A company name (not a secondary trading name) registered after the organisation itself
  // is a change of name.
  const recentChanges = names.flatMap((name) => {
    const date = isoDate(name.registreringsdatum);
    const isCompanyName = name.organisationsnamntyp?.kod === 'FORETAGSNAMN';
    return isCompanyName && date && date !== registeredOn ? [{ date, kind: 'name' }] : [];
  });
  return {
    organisationNumber: organisation.organisationsidentitet.identitetsbeteckning,
    name: legalName?.namn ?? organisation.organisationsidentitet.identitetsbeteckning,
    legalForm: form?.kod ?? form?.klartext ?? null,
    registeredOn,
    status,
    statusSince: since,
    address: addressOf(organisation),
    businessDescription: organisation.verksamhetsbeskrivning?.beskrivning?.trim() || null,
    // Board, signatories and Skatteverket's registrations are not in this free dataset.
    officers: null,
    isFTaxRegistered: null,
    isVatRegistered: null,
    isEmployerRegistered: null,
    recentChanges: recentChanges.length > 0 ? recentChanges : null,
    documents: null,
  };
}

/** Maps an `/organisationer` answer to the port's record, or says why it cannot. */
export function parseOrganisationerResponse(json: unknown): ParsedOrganisation {
  const parsed = OrganisationerSvar.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      outcome: 'invalid',
      problem: `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'unexpected'}`,
    };
  }
  const organisation = parsed.data.organisationer[0];
  if (!organisation || isNotFound(organisation)) return { outcome: 'not_found' };
  return { outcome: 'found', record: recordOf(organisation) };
}

/** Maps a `/dokumentlista` answer to the port's documents, newest period first. */
export function parseDokumentlistaResponse(json: unknown): CompanyDocument[] | null {
  const parsed = DokumentlistaSvar.safeParse(json);
  if (!parsed.success) return null;
  return parsed.data.dokument
    .map((document) => ({
      id: document.dokumentId,
      kind: 'annual_report',
      date: isoDate(document.rapporteringsperiodTom),
    }))
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}
