/**
 * A municipality's own category for a police event type, where it differs from the default
 * mapping (src/integrations/polisen/event-type-mapping.ts). A null category: events of the
 * type are not incidents in that municipality.
 */
export interface PoliceTypeMapping {
  policeType: string;
  categoryCode: string | null;
  updatedAt: string;
}

/** A police type as it is keyed: NFC, single spaces, trimmed (the feed's own case is kept). */
export const policeTypeKey = (type: string) => type.normalize('NFC').trim().replace(/\s+/g, ' ');
