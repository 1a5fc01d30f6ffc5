import type {
  CompanyDocument,
  CompanyRegistry,
  RegistryLookup,
} from '../../domain/suppliers/company-registry.js';
import {
  createBolagsverketTransport,
  type BolagsverketSettings,
  type FailureReason,
} from './api-transport.js';
import { parseDokumentlistaResponse, parseOrganisationerResponse } from './organisation-record.js';

/** Thrown by `listDocuments` and `fetchDocument`, carrying the port's stable reason. */
export class RegistryRequestError extends Error {
  override name = 'RegistryRequestError';
  constructor(
    readonly reason: FailureReason | 'REGISTRY_NOT_FOUND',
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(reason);
  }
}

/**
 * The identity number as Bolagsverket wants it: digits only, 10 for organisations, 12 for
 * people; the "16" century prefix some systems put before an organisation number is dropped.
 */
export function identityNumberForBolagsverket(organisationNumber: string): string {
  const digits = organisationNumber.replace(/\D/g, '');
  return digits.length === 12 && digits.startsWith('16') ? digits.slice(2) : digits;
}

function decodeJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

/** Bolagsverket's free API (Värdefulla datamängder) as a company registry. */
export function createBolagsverketApiRegistry(settings: BolagsverketSettings): CompanyRegistry {
  const transport = createBolagsverketTransport(settings);

  return {
    source: 'bolagsverket_api',

    async lookUp(organisationNumber: string): Promise<RegistryLookup> {
      const identitetsbeteckning = identityNumberForBolagsverket(organisationNumber);
      const result = await transport.request('POST', '/organisationer', { identitetsbeteckning });
      if (result.outcome !== 'ok') return result;
      const raw = new TextDecoder().decode(result.bytes);
      const parsed = parseOrganisationerResponse(decodeJson(result.bytes));
      if (parsed.outcome === 'invalid') {
        return { outcome: 'failed', reason: 'REGISTRY_BAD_RESPONSE', retryAfterSeconds: null };
      }
      if (parsed.outcome === 'not_found') return parsed;
      return { outcome: 'found', record: parsed.record, raw };
    },

    async listDocuments(organisationNumber: string): Promise<CompanyDocument[]> {
      const identitetsbeteckning = identityNumberForBolagsverket(organisationNumber);
      const result = await transport.request('POST', '/dokumentlista', { identitetsbeteckning });
      if (result.outcome === 'not_found') return [];
      if (result.outcome === 'failed') {
        throw new RegistryRequestError(result.reason, result.retryAfterSeconds);
      }
      const documents = parseDokumentlistaResponse(decodeJson(result.bytes));
      if (!documents) throw new RegistryRequestError('REGISTRY_BAD_RESPONSE');
      return documents;
    },

    async fetchDocument(documentId: string) {
      const result = await transport.request('GET', `/dokument/${encodeURIComponent(documentId)}`);
      if (result.outcome === 'not_found') throw new RegistryRequestError('REGISTRY_NOT_FOUND');
      if (result.outcome === 'failed') {
        throw new RegistryRequestError(result.reason, result.retryAfterSeconds);
      }
      return { contentType: result.contentType, bytes: result.bytes };
    },
  };
}
