import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
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

/** A4 in twips with 2 cm margins: the width a table may use. */
const pageWidth = 11_906;
const margin = 1_134;
const contentWidth = pageWidth - 2 * margin;
/** The indicator charts are drawn on a grid of this many columns: a bar spans some of them. */
const chartSteps = 20;

const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};
const thin: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6' };
const thinBorders = {
  top: thin,
  bottom: thin,
  left: thin,
  right: thin,
  insideHorizontal: thin,
  insideVertical: thin,
};

const shade = (fill: string) => ({ type: ShadingType.CLEAR, color: 'auto', fill });

/** A paragraph from text written in the app: single line breaks kept. */
function textParagraph(text: string, options: { bold?: boolean; size?: number } = {}): Paragraph {
  const children: ParagraphChild[] = text
    .split('\n')
    .map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0, ...options }));
  return new Paragraph({ children, spacing: { after: 120 } });
}

function writtenText(text: string): Paragraph[] {
  const paragraphs = paragraphsOf(text);
  return paragraphs.length > 0
    ? paragraphs.map((paragraph) => textParagraph(paragraph))
    : [new Paragraph({ children: [new TextRun({ text: words.notWritten, italics: true })] })];
}

const heading = (text: string, level: 1 | 2 | 3 = 1) =>
  new Paragraph({
    text,
    heading:
      level === 1
        ? HeadingLevel.HEADING_1
        : level === 2
          ? HeadingLevel.HEADING_2
          : HeadingLevel.HEADING_3,
    keepNext: true,
  });

function cell(
  text: string,
  options: {
    width?: number;
    fill?: string;
    bold?: boolean;
    columnSpan?: number;
    alignRight?: boolean;
  } = {},
): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: options.alignRight ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: text.split('\n').map(
          (line, index) =>
            new TextRun({
              text: line,
              bold: options.bold ?? false,
              size: 18,
              break: index > 0 ? 1 : 0,
            }),
        ),
      }),
    ],
    ...(options.width === undefined ? {} : { width: { size: options.width, type: WidthType.DXA } }),
    ...(options.fill ? { shading: shade(options.fill) } : {}),
    ...(options.columnSpan ? { columnSpan: options.columnSpan } : {}),
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

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

/** An indicator as a bar chart made of a table: each bar spans cells of a 20-column grid, shaded. */
function indicatorChart(indicator: FollowUpReportIndicator): (Paragraph | Table)[] {
  const points = chartPoints(indicator);
  const title = new Paragraph({
    keepNext: true,
    spacing: { before: 120, after: 60 },
    children: [
      new TextRun({ text: indicator.name, bold: true }),
      ...(indicator.unit ? [new TextRun({ text: ` (${indicator.unit})` })] : []),
    ],
  });
  if (points.length === 0) return [title, textParagraph(words.noValues)];
  const largest = Math.max(...points.map((point) => Math.abs(point.value)), 0);
  const labelWidth = 2_800;
  const valueWidth = 1_238;
  const stepWidth = Math.floor((contentWidth - labelWidth - valueWidth) / chartSteps);
  const [labelHeader = '', valueHeader = '', chartHeader = ''] = words.indicatorColumns;
  const rows = points.map((point) => {
    const steps =
      largest === 0
        ? 0
        : Math.max(
            point.value === 0 ? 0 : 1,
            Math.round((Math.abs(point.value) / largest) * chartSteps),
          );
    return new TableRow({
      cantSplit: true,
      children: [
        cell(point.label, { width: labelWidth }),
        cell(formatFigure(point.value, ''), { width: valueWidth, alignRight: true }),
        ...(steps > 0
          ? [cell('', { width: stepWidth * steps, fill: barFill, columnSpan: steps })]
          : []),
        ...(steps < chartSteps
          ? [cell('', { width: stepWidth * (chartSteps - steps), columnSpan: chartSteps - steps })]
          : []),
      ],
    });
  });
  return [
    title,
    new Table({
      borders: { ...noBorders, bottom: thin, top: thin },
      layout: TableLayoutType.FIXED,
      width: { size: labelWidth + valueWidth + stepWidth * chartSteps, type: WidthType.DXA },
      columnWidths: [
        labelWidth,
        valueWidth,
        ...Array.from({ length: chartSteps }, () => stepWidth),
      ],
      rows: [
        new TableRow({
          tableHeader: true,
          children: [
            cell(labelHeader, { width: labelWidth, bold: true }),
            cell(valueHeader, { width: valueWidth, bold: true, alignRight: true }),
            cell(chartHeader, {
              width: stepWidth * chartSteps,
              bold: true,
              columnSpan: chartSteps,
            }),
          ],
        }),
        ...rows,
      ],
    }),
  ];
}

function measureGrid(measures: readonly FollowUpReportMeasure[]): Table {
  const widths = [2_300, 1_700, 1_700, 1_000, 1_538, 1_400];
  return new Table({
    borders: thinBorders,
    layout: TableLayoutType.FIXED,
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        children: words.measureColumns.map((header, index) =>
          cell(header, { width: widths[index] ?? 0, bold: true, fill: 'DFE6EE' }),
        ),
      }),
      ...measures.map(
        (measure) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell(measure.title, { width: widths[0] ?? 0 }),
              cell(measure.cause, { width: widths[1] ?? 0 }),
              cell(measure.operationalGoal, { width: widths[2] ?? 0 }),
              cell(measure.when, { width: widths[3] ?? 0 }),
              cell(measure.responsible, { width: widths[4] ?? 0 }),
              cell(colourWord(measure.colour), {
                width: widths[5] ?? 0,
                bold: true,
                fill: colourFills[measure.colour ?? 'none'],
              }),
            ],
          }),
      ),
    ],
  });
}

function measureReports(measures: readonly FollowUpReportMeasure[]): Table {
  const widths = [2_300, 2_446, 2_446, 2_446];
  return new Table({
    borders: thinBorders,
    layout: TableLayoutType.FIXED,
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        children: words.followUpColumns.map((header, index) =>
          cell(header, { width: widths[index] ?? 0, bold: true, fill: 'DFE6EE' }),
        ),
      }),
      ...measures.map(
        (measure) =>
          new TableRow({
            children: [
              cell(`${measure.title}\n${colourWord(measure.colour)}`, {
                width: widths[0] ?? 0,
                fill: colourFills[measure.colour ?? 'none'],
              }),
              cell(measure.delivery || '–', { width: widths[1] ?? 0 }),
              cell(measure.process || '–', { width: widths[2] ?? 0 }),
              cell(measure.effect || '–', { width: widths[3] ?? 0 }),
            ],
          }),
      ),
    ],
  });
}

function signatures(data: FollowUpReportData): Table | Paragraph {
  if (data.signatures.length === 0) return new Paragraph({});
  const width = Math.floor(contentWidth / data.signatures.length);
  return new Table({
    borders: noBorders,
    layout: TableLayoutType.FIXED,
    width: { size: width * data.signatures.length, type: WidthType.DXA },
    columnWidths: data.signatures.map(() => width),
    rows: [
      new TableRow({
        children: data.signatures.map((signature) =>
          cell(`\n\n${signature.name}\n${signature.title}`, { width }),
        ),
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
