import PDFDocument from 'pdfkit';
import { drawTable } from '../pdf/pdf-table.js';
import { toWinAnsi } from '../pdf/win-ansi.js';
import type {
  FollowUpReportData,
  FollowUpReportIndicator,
  FollowUpReportMeasure,
} from '../../domain/follow-up/follow-up-report-data.js';
import {
  barFill,
  chartPoints,
  colourFills,
  colourWord,
  formatFigure,
  paragraphsOf,
  reportWords as words,
} from './follow-up-report-words.js';

type Doc = InstanceType<typeof PDFDocument>;

const ink = '#1a1a1a';
const navy = '#0b2a4a';
const topMargin = 96;

function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function heading(doc: Doc, text: string, level: 1 | 2 | 3 = 1): void {
  ensureRoom(doc, 80);
  const size = level === 1 ? 14 : level === 2 ? 12 : 10.5;
  doc
    .moveDown(level === 1 ? 0.8 : 0.5)
    .font('Helvetica-Bold')
    .fontSize(size)
    .fillColor(level === 3 ? ink : navy)
    .text(toWinAnsi(text), doc.page.margins.left, doc.y, { width: contentWidth(doc) })
    .moveDown(0.3);
}

function paragraph(doc: Doc, text: string, options: { italic?: boolean } = {}): void {
  doc
    .font(options.italic ? 'Helvetica-Oblique' : 'Helvetica')
    .fontSize(10.5)
    .fillColor(ink)
    .text(toWinAnsi(text), doc.page.margins.left, doc.y, {
      width: contentWidth(doc),
      paragraphGap: 6,
      lineGap: 1.5,
    });
}

function writtenText(doc: Doc, text: string): void {
  const paragraphs = paragraphsOf(text);
  if (paragraphs.length === 0) paragraph(doc, words.notWritten, { italic: true });
  for (const part of paragraphs) paragraph(doc, part);
}

/** An indicator as horizontal bars: the label, the figure, and a bar scaled to the largest value. */
function indicatorChart(doc: Doc, indicator: FollowUpReportIndicator): void {
  const points = chartPoints(indicator);
  ensureRoom(doc, 40 + 16 * Math.min(points.length, 6));
  doc
    .font('Helvetica-Bold')
    .fontSize(10)
    .fillColor(ink)
    .text(toWinAnsi(indicator.unit ? `${indicator.name} (${indicator.unit})` : indicator.name), {
      width: contentWidth(doc),
    })
    .moveDown(0.2);
  if (points.length === 0) {
    paragraph(doc, words.noValues, { italic: true });
    return;
  }
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const labelWidth = width * 0.3;
  const valueWidth = width * 0.12;
  const barWidth = width - labelWidth - valueWidth - 8;
  const largest = Math.max(...points.map((point) => Math.abs(point.value)), 0);
  const rowHeight = 15;
  const [labelHeader = '', valueHeader = '', chartHeader = ''] = words.indicatorColumns;
  const row = (label: string, value: string, bar: number | null, isHeader: boolean) => {
    ensureRoom(doc, rowHeight);
    const top = doc.y;
    doc
      .font(isHeader ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(8.5)
      .fillColor(ink);
    doc.text(toWinAnsi(label), left, top + 3, {
      width: labelWidth - 4,
      lineBreak: false,
      ellipsis: true,
    });
    doc.text(toWinAnsi(value), left + labelWidth, top + 3, {
      width: valueWidth - 4,
      align: 'right',
      lineBreak: false,
    });
    if (isHeader) {
      doc.text(toWinAnsi(chartHeader), left + labelWidth + valueWidth + 8, top + 3, {
        width: barWidth,
        lineBreak: false,
      });
    } else if (bar !== null && bar > 0) {
      doc
        .save()
        .rect(
          left + labelWidth + valueWidth + 8,
          top + 3,
          Math.max(1.5, bar * barWidth),
          rowHeight - 6,
        )
        .fill(`#${barFill}`)
        .restore();
    }
    doc
      .save()
      .moveTo(left, top + rowHeight)
      .lineTo(left + width, top + rowHeight)
      .lineWidth(0.3)
      .stroke('#c8c8c8')
      .restore();
    doc.x = left;
    doc.y = top + rowHeight;
  };
  row(labelHeader, valueHeader, null, true);
  for (const point of points) {
    row(
      point.label,
      formatFigure(point.value, ''),
      largest === 0 ? 0 : Math.abs(point.value) / largest,
      false,
    );
  }
  doc.moveDown(0.6);
}

/** BRÅ's grid, its last column shaded green, yellow or red and saying so in words. */
function measureGrid(doc: Doc, measures: readonly FollowUpReportMeasure[]): void {
  const left = doc.page.margins.left;
  const shares = [2.3, 1.7, 1.7, 1, 1.5, 1.1];
  const total = shares.reduce((sum, share) => sum + share, 0);
  const widths = shares.map((share) => (share / total) * contentWidth(doc));
  const padding = 3;
  const drawRow = (
    cells: readonly string[],
    fills: readonly (string | null)[],
    isBold: boolean,
  ): void => {
    doc.font(isBold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
    const height =
      Math.max(
        ...cells.map((text, index) =>
          doc.heightOfString(toWinAnsi(text), { width: (widths[index] ?? 0) - 2 * padding }),
        ),
      ) +
      2 * padding;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      // The header again at the top of the page the grid continues on.
      if (!isBold) header();
    }
    const top = doc.y;
    let x = left;
    cells.forEach((text, index) => {
      const width = widths[index] ?? 0;
      const fill = fills[index];
      if (fill) doc.save().rect(x, top, width, height).fill(fill).restore();
      doc.save().rect(x, top, width, height).lineWidth(0.4).stroke('#a6a6a6').restore();
      doc
        .font(isBold || index === cells.length - 1 ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(8.5)
        .fillColor(ink)
        .text(toWinAnsi(text), x + padding, top + padding, { width: width - 2 * padding });
      x += width;
    });
    doc.x = left;
    doc.y = top + height;
  };
  function header(): void {
    drawRow(
      words.measureColumns,
      words.measureColumns.map(() => '#dfe6ee'),
      true,
    );
  }
  header();
  for (const measure of measures) {
    const fills = [null, null, null, null, null, `#${colourFills[measure.colour ?? 'none']}`];
    drawRow(
      [
        measure.title,
        measure.cause,
        measure.operationalGoal,
        measure.when,
        measure.responsible,
        colourWord(measure.colour),
      ],
      fills,
      false,
    );
  }
  doc.moveDown(0.8);
}

/**
 * The same tjänsteutlåtande as the DOCX, as a PDF for reading and the archive: letterhead on
 * every page (Datum, Diarienummer; Handläggare on the first), the written sections, indicator
 * charts, BRÅ's grid with colours, signatures, Bilagor and Beslutet delges, "Sida x av y".
 */
export function renderFollowUpReportPdf(data: FollowUpReportData): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: topMargin, bottom: 60, left: 56, right: 56 },
    bufferPages: true,
    lang: 'sv-SE',
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: toWinAnsi(data.title),
      Subject: toWinAnsi(`${data.caseNumber} ${data.round.label}`),
      Author: toWinAnsi(data.handler.name),
      Creator: 'Tryggve',
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(11).fillColor(ink).text(toWinAnsi(data.addressee));
  doc.moveDown(0.8);
  doc.font('Helvetica-Bold').fontSize(17).fillColor(navy).text(toWinAnsi(data.title));
  if (data.isDraft) {
    doc.font('Helvetica-Bold').fontSize(10).fillColor('#c00000').text(toWinAnsi(words.draft));
  }

  heading(doc, words.proposal);
  writtenText(doc, data.texts.proposal);
  heading(doc, words.summary);
  writtenText(doc, data.texts.summary);
  heading(doc, words.description);
  writtenText(doc, data.texts.description);

  heading(doc, words.results(data.round.label));
  paragraph(doc, words.resultsIntro(data));
  heading(doc, words.perGoal, 2);
  if (data.goals.length === 0) paragraph(doc, words.noGoals);
  for (const goal of data.goals) {
    heading(doc, goal.title, 3);
    if (goal.description) writtenText(doc, goal.description);
    for (const indicator of goal.indicators) indicatorChart(doc, indicator);
  }
  heading(doc, words.perMeasure, 2);
  if (data.measures.length === 0) paragraph(doc, words.noMeasures);
  else {
    measureGrid(doc, data.measures);
    drawTable(
      doc,
      words.followUpColumns.map((header, index) => ({ header, share: index === 0 ? 1.2 : 1 })),
      data.measures.map((measure) => [
        `${measure.title} (${colourWord(measure.colour)})`,
        measure.delivery || '–',
        measure.process || '–',
        measure.effect || '–',
      ]),
    );
  }

  heading(doc, words.administrationView);
  writtenText(doc, data.texts.administrationView);
  heading(doc, words.consequences);
  writtenText(doc, data.texts.consequences);

  if (data.signatures.length > 0) {
    ensureRoom(doc, 90);
    doc.moveDown(2.5);
    const top = doc.y;
    const width = contentWidth(doc) / data.signatures.length;
    data.signatures.forEach((signature, index) => {
      doc
        .font('Helvetica')
        .fontSize(10.5)
        .fillColor(ink)
        .text(
          toWinAnsi(`${signature.name}\n${signature.title}`),
          doc.page.margins.left + index * width,
          top,
          {
            width: width - 8,
          },
        );
    });
    doc.x = doc.page.margins.left;
    doc.y = top + 34;
  }

  heading(doc, words.attachments);
  if (data.attachments.length === 0) paragraph(doc, words.noAttachments);
  data.attachments.forEach((attachment, index) =>
    paragraph(doc, `Bilaga ${index + 1}. ${attachment}`),
  );
  heading(doc, words.distribution);
  doc.font('Helvetica').fontSize(10.5).fillColor(ink);
  for (const recipient of data.distribution) doc.text(toWinAnsi(recipient), doc.page.margins.left);

  // The letterhead and the footer on every page, now that the number of pages is known.
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const { left, right, bottom } = doc.page.margins;
    doc.page.margins.bottom = 0;
    const width = doc.page.width - left - right;
    const isFirst = index === range.start;
    doc
      .font('Helvetica-Bold')
      .fontSize(9)
      .fillColor(navy)
      .text(toWinAnsi(data.municipalityName.toLocaleUpperCase('sv-SE')), left, 36, {
        width: width * 0.35,
        lineBreak: false,
      });
    if (data.isDraft) {
      doc.fillColor('#c00000').text(toWinAnsi(words.draft), left, 48, { lineBreak: false });
    }
    const fields: [string, string][] = [
      [words.date, data.date],
      [words.caseNumber, data.caseNumber],
      ...(isFirst
        ? ([[words.handler, `${data.handler.name}\n${data.handler.email}`]] as [string, string][])
        : []),
    ];
    const fieldWidth = (width * 0.65) / 3;
    fields.forEach(([label, value], position) => {
      const x = left + width * 0.35 + position * fieldWidth;
      doc
        .font('Helvetica')
        .fontSize(7.5)
        .fillColor('#555555')
        .text(toWinAnsi(label), x, 36, {
          width: fieldWidth - 6,
        });
      doc
        .font('Helvetica')
        .fontSize(9)
        .fillColor(ink)
        .text(toWinAnsi(value), x, 46, { width: fieldWidth - 6 });
    });
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#555555')
      .text(
        toWinAnsi(`${data.title} · ${words.page(index + 1, range.count)}`),
        left,
        doc.page.height - 36,
        { width, align: 'center', lineBreak: false },
      );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
