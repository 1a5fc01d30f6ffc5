import { Paragraph, Table, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
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
  reportWords as words,
} from './follow-up-report-words.js';
import {
  contentWidth,
  chartSteps,
  noBorders,
  thin,
  thinBorders,
  textParagraph,
  cell,
} from './follow-up-report-docx-blocks.js';

/** The DOCX report's tables: indicator charts, the measure grid and reports, signatures. */

/** An indicator as a bar chart made of a table: each bar spans cells of a 20-column grid, shaded. */
export function indicatorChart(indicator: FollowUpReportIndicator): (Paragraph | Table)[] {
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

export function measureGrid(measures: readonly FollowUpReportMeasure[]): Table {
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

export function measureReports(measures: readonly FollowUpReportMeasure[]): Table {
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

export function signatures(data: FollowUpReportData): Table | Paragraph {
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
