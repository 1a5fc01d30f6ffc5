import type { SanctionsEntity } from './match-entity.js';

/**
 * The port to the loaded sanctions lists (storage implements it in
 * src/storage/sanctions-list-repository.ts). Lists are public data, shared by the whole instance.
 */

/** An entity as stored, with the keys it is found by (computed by the loader). */
export interface SanctionsEntityToStore extends SanctionsEntity {
  /** Every name's index keys (nameIndexKeys): tokens and sound-alike keys. */
  nameTokens: string[];
  /** Every identifier's compared forms (identifierKeys). */
  identifierKeys: string[];
}

/** What a list's replacement may do while it runs, inside its transaction. */
export interface SanctionsListWriter {
  /**
   * Writes the entities with their index keys; an id the list has already is left as it was.
   * Gives the ids written.
   */
  insert(entities: SanctionsEntityToStore[]): Promise<string[]>;
}

interface SanctionsListSummary {
  dataset: string;
  sourceFile: string;
  entities: number;
  loadedAt: string;
}

export interface SanctionsListRepository {
  /**
   * Replaces the list `dataset` with what `write` inserts, in one transaction: readers see
   * the old list or the new one, never a mix; if `write` throws, the old list stays.
   */
  replaceList(
    list: { dataset: string; sourceFile: string; loadedAt: string },
    write: (writer: SanctionsListWriter) => Promise<number>,
  ): Promise<void>;
  listLists(): Promise<SanctionsListSummary[]>;
  /**
   * Entities sharing an identifier with the query, and those sharing name keys, the rarest
   * shared keys first (each key weighs 1 / the number of entities having it), `limit` of each.
   */
  findCandidates(query: {
    nameTokens: string[];
    identifierKeys: string[];
    limit: number;
  }): Promise<(SanctionsEntity & { dataset: string })[]>;
}
