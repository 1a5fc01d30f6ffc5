import { longSwedishDate as longDate } from '../../shared/time/calendar.js';
import type {
  FollowUpColour,
  FollowUpReportData,
} from '../../domain/follow-up/follow-up-report-data.js';

/**
 * The words of the follow-up report, shared by the DOCX and the PDF. A tjänsteutlåtande is
 * written in Swedish, so this catalog has Swedish only.
 */
export const reportWords = {
  date: 'Datum',
  caseNumber: 'Diarienummer',
  handler: 'Handläggare',
  draft: 'UTKAST',
  proposal: 'Förslag till beslut',
  summary: 'Sammanfattning',
  description: 'Beskrivning av ärendet',
  results: (label: string) => `Resultat: ${label}`,
  resultsIntro: (data: FollowUpReportData) =>
    `${data.plan.title} antogs av ${data.plan.adoptedBy} den ${longDate(data.plan.adoptedOn)}` +
    (data.plan.validTo ? ` och gällde till och med ${longDate(data.plan.validTo)}` : '') +
    `. Den ska följas upp ${intervalPhrase(data.plan.followUpIntervalMonths)}. ` +
    `Uppföljningen skulle redovisas senast ${longDate(data.round.dueOn)}; ` +
    `${data.round.reportedCount} av ${data.round.taskCount} åtgärder har rapporterats.`,
  perGoal: 'Resultat per mål',
  perMeasure: 'Resultat per åtgärd',
  noGoals: 'Planen har inga mål med indikatorer.',
  noMeasures: 'Planen har inga åtgärder.',
  noValues: 'Inga mätvärden.',
  indicatorColumns: ['Mätpunkt', 'Värde', 'Diagram'],
  baseline: 'Utgångsvärde',
  target: 'Målvärde',
  measureColumns: ['Åtgärd', 'Orsak', 'Operativa mål', 'När', 'Vem', 'Uppföljning'],
  followUpColumns: ['Åtgärd', 'Leverans', 'Process', 'Effekt'],
  goal: 'Mål',
  administrationView: 'Förvaltningens synpunkter',
  consequences: 'Ekonomiska och juridiska konsekvenser',
  attachments: 'Bilagor',
  noAttachments: 'Inga bilagor.',
  distribution: 'Beslutet delges',
  notWritten: '(Ej ifyllt.)',
  notReported: 'Ej rapporterad',
  colours: { green: 'Grön', yellow: 'Gul', red: 'Röd' } satisfies Record<FollowUpColour, string>,
  page: (page: number | string, pages: number | string) => `Sida ${page} av ${pages}`,
  /** The DOCX footer's words around its page fields: "Sida {page} av {pages}". */
  pageParts: ['Sida ', ' av '] as const,
};

/** Cell shading per colour, as six hex digits: light enough for black text on it. */
export const colourFills: Record<FollowUpColour | 'none', string> = {
  green: 'C6EFCE',
  yellow: 'FFEB9C',
  red: 'FFC7CE',
  none: 'E7E6E6',
};

/** The bars of the indicator charts. */
export const barFill = '4472C4';

export function colourWord(colour: FollowUpColour | null): string {
  return colour ? reportWords.colours[colour] : reportWords.notReported;
}

function intervalPhrase(months: number): string {
  if (months === 12) return 'varje år';
  if (months === 24) return 'vartannat år';
  if (months % 12 === 0) return `vart ${months / 12}:e år`;
  return `var ${months}:e månad`;
}

const numberFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

/** A figure in Swedish: "1 234,5", with its unit when it has one. */
export function formatFigure(value: number, unit: string): string {
  const figure = numberFormat.format(value).replace(/\u2212/g, '-');
  return unit ? `${figure} ${unit}` : figure;
}

/** Text written in the app as paragraphs: split at blank lines, empty ones dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

/** The values a chart shows: the baseline, then the measured values, then the target. */
export function chartPoints(indicator: FollowUpReportData['goals'][number]['indicators'][number]) {
  return [
    ...(indicator.baseline
      ? [
          {
            label: `${reportWords.baseline} ${indicator.baseline.label}`,
            value: indicator.baseline.value,
          },
        ]
      : []),
    ...indicator.values,
    ...(indicator.target
      ? [
          {
            label: `${reportWords.target} ${indicator.target.label}`,
            value: indicator.target.value,
          },
        ]
      : []),
  ];
}
