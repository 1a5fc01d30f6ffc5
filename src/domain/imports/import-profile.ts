/**
 * How to read one kind of CSV file: which column holds what, and what the file's own
 * category names mean in the taxonomy. Saved per municipality and reused for every file of
 * that kind (the monthly export of a security firm, a housing company's fault reports).
 */
export interface ImportProfile {
  name: string;
  columns: {
    /** The row's own id in the source system; without it a row is known by its content. */
    id?: string | undefined;
    occurredAt: string;
    occurredUntil?: string | undefined;
    longitude?: string | undefined;
    latitude?: string | undefined;
    address?: string | undefined;
    district?: string | undefined;
    category: string;
    description?: string | undefined;
    peopleCount?: string | undefined;
  };
  /** The file's category values (case-insensitive) → taxonomy codes; codes and labels also work. */
  categoryValues: Record<string, string>;
}

export interface SavedImportProfile extends ImportProfile {
  id: string;
  municipalityId: string;
  createdAt: string;
  updatedAt: string;
}
