import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { FollowUpReportData } from '../../domain/follow-up/follow-up-report-data.js';
import { reportWords as words } from './follow-up-report-words.js';
import {
  pageWidth,
  margin,
  contentWidth,
  noBorders,
  textParagraph,
  writtenText,
  heading,
  cell,
} from './follow-up-report-docx-blocks.js';
import {
  indicatorChart,
  measureGrid,
  measureReports,
  signatures,
} from './follow-up-report-docx-tables.js';

/** Datum, Diarienummer (and on the first page Handläggare), as the municipality's letterhead has them. */
function letterhead(data: FollowUpReportData, isFirstPage: boolean): Header {
  const fields: [string, string][] = [
    [words.date, data.date],
    [words.caseNumber, data.caseNumber],
    ...(isFirstPage
      ? ([[words.handler, `${data.handler.name}\n${data.handler.email}`]] as [string, string][])
      : []),
  ];
  const leftWidth = 3_600;
  const fieldWidth = Math.floor((contentWidth - leftWidth) / 3);
  const left = [
    data.municipalityName.toLocaleUpperCase('sv-SE'),
    ...(data.isDraft ? [words.draft] : []),
  ];
  return new Header({
    children: [
      new Table({
        borders: noBorders,
        layout: TableLayoutType.FIXED,
        width: { size: contentWidth, type: WidthType.DXA },
        columnWidths: [leftWidth, fieldWidth, fieldWidth, fieldWidth],
        rows: [
          new TableRow({
            children: [
              cell(left.join('\n'), { width: leftWidth, bold: true }),
              ...fields.map(([label, value]) => cell(`${label}\n${value}`, { width: fieldWidth })),
              ...(isFirstPage ? [] : [cell('', { width: fieldWidth })]),
            ],
          }),
        ],
      }),
    ],
  });
}

function pageFooter(data: FollowUpReportData): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: 16,
            children: [
              `${data.title} · `,
              words.pageParts[0],
              PageNumber.CURRENT,
              words.pageParts[1],
              PageNumber.TOTAL_PAGES,
            ],
          }),
        ],
      }),
    ],
  });
}

/**
 * The follow-up of an action plan as a tjänsteutlåtande in DOCX, the format the clerks edit
 * and file: the letterhead (Datum, Diarienummer, Handläggare), the written sections, the
 * results per goal (each indicator as a table and a bar chart) and per measure (BRÅ's grid
 * with its colours as shading and in words), signatures, Bilagor and Beslutet delges. Page
 * numbers in the footer; Swedish as the document's language.
 */
export async function renderFollowUpReportDocx(data: FollowUpReportData): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      children: [new TextRun({ text: data.addressee, bold: true })],
      spacing: { after: 240 },
    }),
    new Paragraph({ text: data.title, heading: HeadingLevel.TITLE }),
    ...(data.isDraft
      ? [
          new Paragraph({
            children: [new TextRun({ text: words.draft, bold: true, color: 'C00000' })],
          }),
        ]
      : []),
    heading(words.proposal),
    ...writtenText(data.texts.proposal),
    heading(words.summary),
    ...writtenText(data.texts.summary),
    heading(words.description),
    ...writtenText(data.texts.description),
    heading(words.results(data.round.label)),
    textParagraph(words.resultsIntro(data)),
    heading(words.perGoal, 2),
  ];
  if (data.goals.length === 0) children.push(textParagraph(words.noGoals));
  for (const goal of data.goals) {
    children.push(heading(goal.title, 3));
    if (goal.description) children.push(...writtenText(goal.description));
    for (const indicator of goal.indicators) children.push(...indicatorChart(indicator));
  }
  children.push(heading(words.perMeasure, 2));
  if (data.measures.length === 0) children.push(textParagraph(words.noMeasures));
  else {
    children.push(measureGrid(data.measures), new Paragraph({}), measureReports(data.measures));
  }
  children.push(
    heading(words.administrationView),
    ...writtenText(data.texts.administrationView),
    heading(words.consequences),
    ...writtenText(data.texts.consequences),
    signatures(data),
    heading(words.attachments),
    ...(data.attachments.length === 0
      ? [textParagraph(words.noAttachments)]
      : data.attachments.map((attachment, index) =>
          textParagraph(`Bilaga ${index + 1}. ${attachment}`),
        )),
    heading(words.distribution),
    ...data.distribution.map(
      (recipient) => new Paragraph({ text: recipient, spacing: { after: 0 } }),
    ),
  );

  const document = new Document({
    creator: 'Tryggve',
    title: data.title,
    description: `${data.caseNumber} ${data.round.label}`,
    styles: {
      default: {
        document: { run: { font: 'Liberation Sans', size: 22, language: { value: 'sv-SE' } } },
        title: { run: { font: 'Liberation Sans', size: 36, bold: true, color: '0B2A4A' } },
        heading1: {
          run: { font: 'Liberation Sans', size: 28, bold: true, color: '0B2A4A' },
          paragraph: { spacing: { before: 300, after: 120 } },
        },
        heading2: {
          run: { font: 'Liberation Sans', size: 24, bold: true, color: '0B2A4A' },
          paragraph: { spacing: { before: 240, after: 100 } },
        },
        heading3: {
          run: { font: 'Liberation Sans', size: 22, bold: true },
          paragraph: { spacing: { before: 200, after: 80 } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: pageWidth, height: 16_838 },
            margin: {
              top: 1_700,
              bottom: 1_134,
              left: margin,
              right: margin,
              header: 567,
              footer: 567,
            },
          },
        },
        headers: { first: letterhead(data, true), default: letterhead(data, false) },
        footers: { first: pageFooter(data), default: pageFooter(data) },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
