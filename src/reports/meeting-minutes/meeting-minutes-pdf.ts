import PDFDocument from 'pdfkit';
import { toWinAnsi } from '../pdf/win-ansi.js';
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

type Doc = InstanceType<typeof PDFDocument>;

const ink = '#1a1a1a';
const navy = '#0b2a4a';

const width = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function heading(doc: Doc, text: string, level: 1 | 2): void {
  ensureRoom(doc, 60);
  doc
    .moveDown(level === 1 ? 0.8 : 0.4)
    .font('Helvetica-Bold')
    .fontSize(level === 1 ? 13 : 11)
    .fillColor(level === 1 ? navy : ink)
    .text(toWinAnsi(text), doc.page.margins.left, doc.y, { width: width(doc) })
    .moveDown(0.2);
}

function paragraph(doc: Doc, text: string, options: { italic?: boolean } = {}): void {
  doc
    .font(options.italic ? 'Helvetica-Oblique' : 'Helvetica')
    .fontSize(10.5)
    .fillColor(ink)
    .text(toWinAnsi(text), doc.page.margins.left, doc.y, {
      width: width(doc),
      paragraphGap: 4,
      lineGap: 1.5,
    });
}

function labelled(doc: Doc, label: string, value: string): void {
  doc
    .font('Helvetica-Bold')
    .fontSize(10.5)
    .fillColor(ink)
    .text(toWinAnsi(`${label}: `), doc.page.margins.left, doc.y, {
      width: width(doc),
      continued: true,
    })
    .font('Helvetica')
    .text(toWinAnsi(value), { paragraphGap: 3 });
}

function actions(doc: Doc, list: readonly MeetingMinutesAction[]): void {
  if (list.length === 0) paragraph(doc, words.noActions, { italic: true });
  for (const action of list) {
    heading(doc, action.title, 2);
    if (action.description) paragraph(doc, action.description);
    for (const [label, value] of actionLines(action)) labelled(doc, label, value);
  }
}

const orNone = (values: string[]) => (values.length > 0 ? values.join(', ') : words.none);

/** The agenda's body: the points, and the joint actions to follow up. */
function agendaBody(doc: Doc, data: MeetingMinutesData): void {
  heading(doc, words.agendaItems, 1);
  data.agenda.forEach((item, index) => paragraph(doc, `${index + 1}. ${item.title}`));
  const list = [...data.actions, ...data.carriedActions];
  if (list.length > 0) {
    heading(doc, words.agendaActions, 1);
    actions(doc, list);
  }
}

/** The minutes' body: attendance, notes and decisions per item, the joint actions. */
function minutesBody(doc: Doc, data: MeetingMinutesData): void {
  labelled(doc, words.present, orNone(data.present));
  labelled(doc, words.absent, orNone(data.absent));
  const guests = guestLines(data.guests);
  if (guests.length > 0) {
    // One guest per line, as they were entered.
    doc.font('Helvetica-Bold').fontSize(10.5).fillColor(ink);
    doc.text(toWinAnsi(`${words.guests}:`), doc.page.margins.left, doc.y, { width: width(doc) });
    for (const guest of guests) paragraph(doc, guest);
  }
  if (data.generalNotes) {
    heading(doc, words.generalNotes, 1);
    paragraph(doc, data.generalNotes);
  }
  heading(doc, words.agenda, 1);
  data.agenda.forEach((item, index) => {
    heading(doc, `${index + 1}. ${item.title}`, 2);
    if (item.notes) labelled(doc, words.notes, item.notes);
    if (item.decisions) labelled(doc, words.decisions, item.decisions);
  });
  heading(doc, words.actions, 1);
  actions(doc, data.actions);
  heading(doc, words.carriedActions, 1);
  actions(doc, data.carriedActions);
  if (data.closedAt) {
    doc.moveDown(0.5);
    paragraph(doc, words.closed(data.closedAt), { italic: true });
  }
}

/**
 * The minutes (or the agenda) of an OSG meeting as a PDF (A4; pdfkit's standard fonts,
 * WinAnsi text).
 */
export function renderMeetingMinutesPdf(data: MeetingMinutesData): Promise<Buffer> {
  const isAgenda = data.document === 'agenda';
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    lang: 'sv-SE',
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: toWinAnsi(`${documentHeading(data)}: ${data.title}`),
      Subject: toWinAnsi(data.when),
      Creator: 'Tryggve',
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(11).fillColor(ink).text(toWinAnsi(data.municipalityName));
  doc.moveDown(0.5);
  doc
    .font('Helvetica-Bold')
    .fontSize(17)
    .fillColor(navy)
    .text(toWinAnsi(`${documentHeading(data)}: ${data.title}`));
  if (!data.isFinal && !isAgenda) {
    doc.font('Helvetica-Bold').fontSize(10).fillColor('#c00000').text(toWinAnsi(words.draft));
  }
  doc.moveDown(0.5);
  labelled(doc, words.when, data.when);
  labelled(doc, words.place, data.place || words.none);
  labelled(doc, words.organisations, orNone(data.organisations));
  if (isAgenda) agendaBody(doc, data);
  else minutesBody(doc, data);
  doc.end();
  return done;
}
