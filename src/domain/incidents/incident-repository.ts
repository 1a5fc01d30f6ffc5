import type { Point } from '../districts/district-index.js';
import type {
  Incident,
  IncidentFilter,
  IncidentReport,
  IncidentSource,
  LocationPrecision,
  StatusChange,
  StoredSourceRecord,
} from './incident.js';

export interface IncidentRepository {
  createReport(report: IncidentReport): Promise<void>;
  findReportByClientReference(
    reporterUserId: string,
    clientReference: string,
  ): Promise<IncidentReport | null>;
  /**
   * Retention: empties the description, archive reason and personal-data kinds of the
   * municipality's incidents reported before `reportedBefore` whose text is still there.
   * Returns how many.
   */
  removeTextReportedBefore(
    municipalityId: string,
    reportedBefore: string,
    removedAt: string,
    /** At most this many (a batch of the retention job, issue 21); all when absent. */
    limit?: number,
  ): Promise<number>;
  /**
   * After a bulk write: PostgreSQL's planner statistics of the incident tables refreshed
   * (ANALYZE), so the next join is not planned on an empty table's figures. Nothing on SQLite.
   */
  refreshStatistics(): Promise<void>;
  /** Writes incidents with their district assignments. */
  createMany(incidents: Incident[]): Promise<void>;
  findById(municipalityId: string, id: string): Promise<Incident | null>;
  listByReport(reportId: string): Promise<Incident[]>;
  /** What is stored of each of these source ids that exists already, to tell what changed. */
  findSourceVersions(
    municipalityId: string,
    source: IncidentSource,
    sourceIds: string[],
  ): Promise<Map<string, StoredSourceRecord>>;
  /** In time order, the latest occurrence first. */
  list(municipalityId: string, filter: IncidentFilter): Promise<Incident[]>;
  setStatus(id: string, change: StatusChange): Promise<void>;
  /** Incidents with a point, in id order, a page at a time (for re-assigning districts). */
  listPoints(
    municipalityId: string,
    afterId: string,
    limit: number,
  ): Promise<{ id: string; longitude: number; latitude: number }[]>;
  addDistrictAssignments(assignments: { incidentId: string; districtId: string }[]): Promise<void>;
  /** A source's incidents of the municipality in id order, a page at a time (for placing them again). */
  listBySource(
    municipalityId: string,
    source: IncidentSource,
    afterId: string,
    limit: number,
  ): Promise<Incident[]>;
  /** The earliest time any incident of the municipality occurred, or null. */
  earliestOccurrence(municipalityId: string): Promise<string | null>;
  /** Replaces what the source gave (time, place, category, text) and the district assignments; keeps review state. */
  updateFromSource(incident: Incident): Promise<void>;
  /**
   * Moves one incident placed from `placedFrom`: its point, location precision and district
   * assignments, nothing else (text, category, version and review state stay as stored); the
   * rollups follow. Districts that no longer exist are left out. Nothing moves, and false is
   * returned, when the stored text is no longer `placedFrom` (an import or retention changed it
   * meanwhile: its own write placed it).
   */
  updatePlacement(
    incidentId: string,
    placement: {
      point: Point | null;
      precision: LocationPrecision;
      districtIds: readonly string[];
      placedFrom: string;
    },
  ): Promise<boolean>;
}
