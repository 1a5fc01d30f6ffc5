/**
 * The port through which supplier vetting screens names against sanctions lists loaded from
 * FollowTheMoney entity files (the OpenSanctions format). The matcher lives in
 * src/analysis/sanctions; the loaded lists in storage, shared by every municipality of the
 * instance (they are public data). Every score is explained per feature.
 */

import type { MatchFeature, ScreeningSubject } from '../../analysis/sanctions/screening-subject.js';

export type { MatchFeature, ScreeningSubject };

export interface SanctionsMatch {
  subjectKey: string;
  /** The FtM entity id (NK-…, or the dataset's id). */
  entityId: string;
  caption: string;
  schema: string;
  datasets: string[];
  /** 0–1. */
  score: number;
  features: MatchFeature[];
}

export interface SanctionsScreening {
  /** Which lists were loaded, with their entity counts and when: shown with every result. */
  describeLists(): Promise<{ dataset: string; entities: number; loadedAt: string }[]>;
  /** Matches at or above `threshold` (default 0.7), best first. */
  screen(subjects: ScreeningSubject[], options?: { threshold?: number }): Promise<SanctionsMatch[]>;
}
