import type { CaseFact } from './intervention-repository.js';
import type { Programme } from './programme.js';
import { suppressCount, suppressPartition, type SuppressedCount } from './suppressed-count.js';

/**
 * What anyone may know of a programme's cases (issue 14): counts of participants, open and
 * closed, with goals met, started per year; every count below 5 suppressed, and any count
 * that a difference would reveal. Teams have no participants: their aggregates are empty.
 */
export interface ProgrammeAggregates {
  programmeId: string;
  participants: SuppressedCount;
  open: SuppressedCount;
  closed: SuppressedCount;
  withGoalMet: SuppressedCount;
  startedByYear: Array<{ year: number; count: SuppressedCount }>;
}

export function aggregateProgramme(
  programme: Programme,
  facts: readonly CaseFact[],
): ProgrammeAggregates {
  const own = facts.filter((fact) => fact.programmeId === programme.id);
  const open = own.filter((fact) => fact.status === 'open').length;
  const status = suppressPartition(own.length, [open, own.length - open]);
  const byYear = new Map<number, number>();
  for (const fact of own) {
    const year = Number(fact.openedOn.slice(0, 4));
    byYear.set(year, (byYear.get(year) ?? 0) + 1);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const started = suppressPartition(
    own.length,
    years.map((year) => byYear.get(year) ?? 0),
  );
  // "With a goal met" is a part of the closed and open alike: shown alone, and hidden when the
  // rest (participants minus it) would be below 5, since that difference reveals a small count.
  const withGoalMet = own.filter((fact) => fact.hasGoalMet).length;
  const goalShown = suppressPartition(own.length, [withGoalMet, own.length - withGoalMet]);
  return {
    programmeId: programme.id,
    participants: status.total,
    open: status.parts[0]!,
    closed: status.parts[1]!,
    withGoalMet: goalShown.parts[0] ?? suppressCount(withGoalMet),
    startedByYear: years.map((year, index) => ({ year, count: started.parts[index]! })),
  };
}
