import type { Category } from './taxonomy.js';

export interface TaxonomyRepository {
  createMany(categories: Category[]): Promise<void>;
  list(municipalityId: string): Promise<Category[]>;
  find(municipalityId: string, code: string): Promise<Category | null>;
  update(category: Category): Promise<void>;
}
