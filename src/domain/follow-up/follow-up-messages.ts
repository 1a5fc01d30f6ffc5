import type { Locale } from '../accounts/user.js';
import type { NotificationKind } from './follow-up.js';

interface NoticeFacts {
  planTitle: string;
  measureTitle: string;
  dueOn: string;
  /** Days left (reminder) or days late (escalation). */
  days: number;
  assigneeName: string | null;
}

/** The texts of the follow-up's notices and mails, per language: the server's message catalog. */
const catalog: Record<
  Locale,
  {
    notice: Record<NotificationKind, (facts: NoticeFacts) => string>;
    mail: (input: {
      displayName: string;
      notices: readonly string[];
      isEscalation: boolean;
      link: string;
    }) => { subject: string; text: string };
  }
> = {
  sv: {
    notice: {
      reminder: (facts) =>
        `Rapportera uppföljningen av åtgärden "${facts.measureTitle}" i ${facts.planTitle} senast ${facts.dueOn} (${facts.days === 0 ? 'i dag' : `${facts.days} dagar kvar`}).`,
      escalation: (facts) =>
        `Försenad: uppföljningen av åtgärden "${facts.measureTitle}" i ${facts.planTitle} skulle ha rapporterats ${facts.dueOn} och är ${facts.days} dagar sen` +
        (facts.assigneeName ? ` (ansvarig: ${facts.assigneeName}).` : ' (ingen ansvarig).'),
    },
    mail: ({ displayName, notices, isEscalation, link }) => ({
      subject: isEscalation
        ? 'Försenad uppföljning av handlingsplan i Tryggve'
        : 'Påminnelse: uppföljning att rapportera i Tryggve',
      text: [
        `Hej ${displayName}!`,
        '',
        ...notices.map((notice) => `• ${notice}`),
        '',
        'Rapportera eller följ upp i Tryggve:',
        link,
      ].join('\n'),
    }),
  },
  en: {
    notice: {
      reminder: (facts) =>
        `Report the follow-up of the measure "${facts.measureTitle}" in ${facts.planTitle} by ${facts.dueOn} (${facts.days === 0 ? 'today' : `${facts.days} days left`}).`,
      escalation: (facts) =>
        `Overdue: the follow-up of the measure "${facts.measureTitle}" in ${facts.planTitle} was due ${facts.dueOn} and is ${facts.days} days late` +
        (facts.assigneeName ? ` (owner: ${facts.assigneeName}).` : ' (no owner).'),
    },
    mail: ({ displayName, notices, isEscalation, link }) => ({
      subject: isEscalation
        ? 'Overdue follow-up of an action plan in Tryggve'
        : 'Reminder: a follow-up to report in Tryggve',
      text: [
        `Hello ${displayName},`,
        '',
        ...notices.map((notice) => `• ${notice}`),
        '',
        'Report or follow up in Tryggve:',
        link,
      ].join('\n'),
    }),
  },
};

export const followUpMessages = (locale: Locale) => catalog[locale];
