import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  TableCell,
  TextRun,
  WidthType,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import { paragraphsOf, reportWords as words } from './follow-up-report-words.js';

/** The DOCX report's building blocks: page geometry, borders, paragraphs and cells. */

/** A4 in twips with 2 cm margins: the width a table may use. */
export const pageWidth = 11_906;
export const margin = 1_134;
export const contentWidth = pageWidth - 2 * margin;
/** The indicator charts are drawn on a grid of this many columns: a bar spans some of them. */
export const chartSteps = 20;

export const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};
export const thin: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6' };
export const thinBorders = {
  top: thin,
  bottom: thin,
  left: thin,
  right: thin,
  insideHorizontal: thin,
  insideVertical: thin,
};

const shade = (fill: string) => ({ type: ShadingType.CLEAR, color: 'auto', fill });

/** A paragraph from text written in the app: single line breaks kept. */
export function textParagraph(
  text: string,
  options: { bold?: boolean; size?: number } = {},
): Paragraph {
  const children: ParagraphChild[] = text
    .split('\n')
    .map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0, ...options }));
  return new Paragraph({ children, spacing: { after: 120 } });
}

export function writtenText(text: string): Paragraph[] {
  const paragraphs = paragraphsOf(text);
  return paragraphs.length > 0
    ? paragraphs.map((paragraph) => textParagraph(paragraph))
    : [new Paragraph({ children: [new TextRun({ text: words.notWritten, italics: true })] })];
}

export const heading = (text: string, level: 1 | 2 | 3 = 1) =>
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

export function cell(
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
