import { defaultTaxonomy, type CategoryDefinition } from './default-taxonomy.js';

/** A category of one municipality's taxonomy. A retired one stays readable on old incidents. */
export interface Category extends CategoryDefinition {
  municipalityId: string;
  sortOrder: number;
  retiredAt: string | null;
}

/** The default set for a new municipality, in the order reporters see it. */
export function defaultCategoriesFor(municipalityId: string): Category[] {
  return defaultTaxonomy.map((definition, index) => ({
    ...definition,
    municipalityId,
    sortOrder: (index + 1) * 10,
    retiredAt: null,
  }));
}
