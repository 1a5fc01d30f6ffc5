/**
 * The port through which supplier vetting reads a company registry. Each source (Bolagsverket's
 * API, its bulk file, manual entry) implements it in src/integrations; the domain never knows
 * which one answered, only its `source` id, stored with every check.
 */

type RegistrySourceId = 'bolagsverket_api' | 'bolagsverket_bulk_file';

export type CompanyStatus =
  | 'active'
  | 'bankruptcy'
  | 'liquidation'
  | 'reconstruction'
  | 'merger'
  | 'deregistered'
  | 'unknown';

export interface CompanyAddress {
  /** "c/o …" kept apart, as a care-of address is itself a red flag. */
  careOf: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
}

interface CompanyOfficer {
  name: string;
  /** 'board_member', 'deputy', 'chair', 'ceo', 'signatory', 'auditor', … as the source names it. */
  role: string;
  /** ISO date the person took the role, when the source tells. */
  since: string | null;
}

export interface CompanyDocument {
  id: string;
  kind: string;
  /** ISO date (annual report period end, say). */
  date: string | null;
}

/** What a registry told about one organisation number. Fields a source lacks are null. */
export interface CompanyRecord {
  organisationNumber: string;
  name: string;
  /** The registry's own legal-form code or name, as given ("AB", "Aktiebolag"). */
  legalForm: string | null;
  /** ISO date of registration. */
  registeredOn: string | null;
  status: CompanyStatus;
  /** ISO date the status took effect, when known. */
  statusSince: string | null;
  address: CompanyAddress | null;
  businessDescription: string | null;
  officers: CompanyOfficer[] | null;
  /** Registrations with Skatteverket, where the source carries them. */
  isFTaxRegistered: boolean | null;
  isVatRegistered: boolean | null;
  isEmployerRegistered: boolean | null;
  /** Changes of name, board, signatories, address: ISO date and a short kind. */
  recentChanges: { date: string; kind: string }[] | null;
  documents: CompanyDocument[] | null;
}

export type RegistryLookup =
  | { outcome: 'found'; record: CompanyRecord; /** the stored response, as evidence */ raw: string }
  | { outcome: 'not_found' }
  /**
   * The source could not answer: `reason` is a stable code (REGISTRY_UNAVAILABLE,
   * REGISTRY_RATE_LIMITED, REGISTRY_TIMEOUT, REGISTRY_UNAUTHORISED, REGISTRY_BAD_RESPONSE).
   */
  | { outcome: 'failed'; reason: string; retryAfterSeconds: number | null };

export interface CompanyRegistry {
  source: RegistrySourceId;
  lookUp(organisationNumber: string): Promise<RegistryLookup>;
  /** The documents of an organisation (annual reports), and one document's bytes. */
  listDocuments?(organisationNumber: string): Promise<CompanyDocument[]>;
  fetchDocument?(documentId: string): Promise<{ contentType: string; bytes: Uint8Array }>;
}
