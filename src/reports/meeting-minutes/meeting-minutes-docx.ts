import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type {
  MeetingMinutesAction,
  MeetingMinutesData,
} from '../../domain/meetings/meeting-minutes-data.js';
import {
  actionLines,
  documentHeading,
  guestLines,
  minutesWords as words,
} from './meeting-minutes-words.js';

/** A paragraph from text written in the app: single line breaks kept. */
function textParagraph(text: string, options: { bold?: boolean; italics?: boolean } = {}) {
  return new Paragraph({
    spacing: { after: 100 },
    children: text
      .split('\n')
      .map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0, ...options })),
  });
}

const labelled = (label: string, value: string) =>
  new Paragraph({
    spacing: { after: 60 },
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun({ text: value })],
  });

const heading = (text: string, level: 1 | 2) =>
  new Paragraph({
    text,
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    keepNext: true,
  });

function actionParagraphs(actions: readonly MeetingMinutesAction[]): Paragraph[] {
  if (actions.length === 0) return [textParagraph(words.noActions, { italics: true })];
  return actions.flatMap((action) => [
    heading(action.title, 2),
    ...(action.description ? [textParagraph(action.description)] : []),
    ...actionLines(action).map(([label, value]) => labelled(label, value)),
  ]);
}

const orNone = (values: string[]) => (values.length > 0 ? values.join(', ') : words.none);

/** The agenda's body: the points, and the joint actions to follow up. */
function agendaParagraphs(data: MeetingMinutesData): Paragraph[] {
  const actions = [...data.actions, ...data.carriedActions];
  return [
    heading(words.agendaItems, 1),
    ...data.agenda.map((item, index) => textParagraph(`${index + 1}. ${item.title}`)),
    ...(actions.length > 0 ? [heading(words.agendaActions, 1), ...actionParagraphs(actions)] : []),
  ];
}

/** The minutes' body: attendance, notes and decisions per item, the joint actions. */
function minutesParagraphs(data: MeetingMinutesData): Paragraph[] {
  const guests = guestLines(data.guests);
  return [
    labelled(words.present, orNone(data.present)),
    labelled(words.absent, orNone(data.absent)),
    // One guest per line, as they were entered.
    ...(guests.length > 0
      ? [
          new Paragraph({
            spacing: { after: 60 },
            children: [
              new TextRun({ text: `${words.guests}:`, bold: true }),
              ...guests.map((guest) => new TextRun({ text: guest, break: 1 })),
            ],
          }),
        ]
      : []),
    ...(data.generalNotes
      ? [heading(words.generalNotes, 1), textParagraph(data.generalNotes)]
      : []),
    heading(words.agenda, 1),
    ...data.agenda.flatMap((item, index) => [
      heading(`${index + 1}. ${item.title}`, 2),
      ...(item.notes ? [labelled(words.notes, item.notes)] : []),
      ...(item.decisions ? [labelled(words.decisions, item.decisions)] : []),
    ]),
    heading(words.actions, 1),
    ...actionParagraphs(data.actions),
    heading(words.carriedActions, 1),
    ...actionParagraphs(data.carriedActions),
    ...(data.closedAt ? [textParagraph(words.closed(data.closedAt), { italics: true })] : []),
  ];
}

/** The minutes (or the agenda) of an OSG meeting as a Word document (A4, Swedish). */
export async function renderMeetingMinutesDocx(data: MeetingMinutesData): Promise<Buffer> {
  const isAgenda = data.document === 'agenda';
  const children: Paragraph[] = [
    new Paragraph({ children: [new TextRun({ text: data.municipalityName, bold: true })] }),
    new Paragraph({ text: `${documentHeading(data)}: ${data.title}`, heading: HeadingLevel.TITLE }),
    ...(data.isFinal || isAgenda ? [] : [textParagraph(words.draft, { bold: true })]),
    labelled(words.when, data.when),
    labelled(words.place, data.place || words.none),
    labelled(words.organisations, orNone(data.organisations)),
    ...(isAgenda ? agendaParagraphs(data) : minutesParagraphs(data)),
  ];
  const document = new Document({
    creator: 'Tryggve',
    title: `${documentHeading(data)}: ${data.title}`,
    description: data.when,
    styles: {
      default: {
        document: { run: { font: 'Liberation Sans', size: 22, language: { value: 'sv-SE' } } },
        title: { run: { font: 'Liberation Sans', size: 36, bold: true, color: '0B2A4A' } },
        heading1: {
          run: { font: 'Liberation Sans', size: 28, bold: true, color: '0B2A4A' },
          paragraph: { spacing: { before: 300, after: 120 } },
        },
        heading2: {
          run: { font: 'Liberation Sans', size: 23, bold: true },
          paragraph: { spacing: { before: 200, after: 80 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11_906, height: 16_838 },
            margin: { top: 1_134, bottom: 1_134, left: 1_134, right: 1_134 },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
