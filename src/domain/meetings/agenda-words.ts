/**
 * The words of the agenda items the picture builds. They are stored as the items' titles
 * (the minutes are a document in the municipality's language), so they are made in Swedish.
 */
export const agendaWords = {
  signals: (week: string, total: number | string, parts: string) =>
    `Nya signaler ${week}: ${total}${parts ? ` (${parts})` : ''}`,
  change: (week: string, sentence: string) => `${week}: ${sentence}`,
  alarm: (
    week: string,
    sentence: string,
    decision: { decision: 'acknowledged' | 'dismissed'; comment: string } | null,
  ) => {
    const decided =
      decision === null
        ? 'inte hanterat än'
        : `${decision.decision === 'acknowledged' ? 'kvitterat' : 'avfärdat'}${decision.comment.trim() ? `: ”${decision.comment.trim()}”` : ''}`;
    return `Larm ${week}: ${sentence} (${decided})`;
  },
  flaggedIncident: (category: string, day: string, note: string) =>
    `Händelse inför mötet: ${category}, ${day}${note ? ` – ${note}` : ''}`,
  jointAction: (title: string, status: string, dueOn: string | null, isOverdue: boolean) =>
    `Gemensam insats: ${title} (${status}${dueOn ? `, ${isOverdue ? 'försenad, skulle vara klar' : 'klar senast'} ${dueOn}` : ''})`,
  statuses: {
    planned: 'planerad',
    ongoing: 'pågår',
    done: 'klar',
    cancelled: 'inställd',
  },
} as const;
