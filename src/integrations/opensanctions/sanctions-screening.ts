import { matchEntity } from '../../analysis/sanctions/match-entity.js';
import { identifierKeys, nameIndexKeys } from '../../analysis/sanctions/normalise-name.js';
import type { SanctionsListRepository } from '../../analysis/sanctions/sanctions-list.js';
import type {
  SanctionsMatch,
  SanctionsScreening,
} from '../../domain/suppliers/sanctions-screening.js';
import type { TaskRunner } from '../../jobs/worker-tasks.js';

/** Candidates read per subject: the entities sharing the most name tokens, and identifiers. */
const candidatesPerSubject = 100;

/**
 * Screening over the loaded lists: for each subject, the candidates that share a name token or
 * an identifier are read from storage (an index, never the whole list) and scored by the
 * matcher (src/analysis/sanctions). An entity found in several lists is one match, with every
 * dataset named. With a task runner (the server's worker pool) the scoring runs in a worker
 * thread, so a hostile entry (a name of 200,000 characters) never holds the event loop.
 */
export function createSanctionsScreening(
  lists: SanctionsListRepository,
  tasks?: TaskRunner,
): SanctionsScreening {
  return {
    async describeLists() {
      const summaries = await lists.listLists();
      return summaries.map(({ dataset, entities, loadedAt }) => ({ dataset, entities, loadedAt }));
    },

    async screen(subjects, options) {
      const threshold = options?.threshold ?? 0.7;
      const matches: SanctionsMatch[] = [];
      for (const subject of subjects) {
        const candidates = await lists.findCandidates({
          nameTokens: nameIndexKeys(subject.name, subject.kind),
          identifierKeys: [...new Set(subject.identifiers.flatMap(identifierKeys))],
          limit: candidatesPerSubject,
        });
        const byEntity = new Map<string, SanctionsMatch>();
        const scored = tasks
          ? await tasks.run('match-sanctions-candidates', { subject, candidates })
          : candidates.map((candidate) => matchEntity(subject, candidate));
        for (const [index, candidate] of candidates.entries()) {
          const { score, features } = scored[index] ?? { score: 0, features: [] };
          if (score < threshold) continue;
          const earlier = byEntity.get(candidate.id);
          const datasets = [
            ...new Set([...(earlier?.datasets ?? []), ...candidate.datasets, candidate.dataset]),
          ];
          if (earlier && earlier.score >= score) {
            earlier.datasets = datasets;
            continue;
          }
          byEntity.set(candidate.id, {
            subjectKey: subject.key,
            entityId: candidate.id,
            caption: candidate.caption,
            schema: candidate.schema,
            datasets,
            score,
            features,
          });
        }
        matches.push(...byEntity.values());
      }
      return matches.sort(
        (a, b) =>
          b.score - a.score ||
          a.subjectKey.localeCompare(b.subjectKey) ||
          a.entityId.localeCompare(b.entityId),
      );
    },
  };
}
