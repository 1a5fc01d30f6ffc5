/**
 * Computed situation pictures kept in memory, keyed by municipality, situation version,
 * period and language. The version (raised with every change to what the picture reads, in
 * the writer's transaction) makes an entry stale the moment the data changes, in this process
 * or any other on the same database. Least recently used entries go first.
 */
export class PictureCache<Picture> {
  private readonly entries = new Map<string, Picture>();

  constructor(private readonly capacity = 500) {}

  static key(parts: {
    municipalityId: string;
    version: number;
    periodKind: string;
    periodKey: string;
    locale: string;
  }): string {
    const { municipalityId, version, periodKind, periodKey, locale } = parts;
    return [municipalityId, version, periodKind, periodKey, locale].join('|');
  }

  get(key: string): Picture | undefined {
    const picture = this.entries.get(key);
    if (picture === undefined) return undefined;
    // Re-inserted, so the Map's order stays least recently used first.
    this.entries.delete(key);
    this.entries.set(key, picture);
    return picture;
  }

  set(key: string, picture: Picture): void {
    this.entries.delete(key);
    this.entries.set(key, picture);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
