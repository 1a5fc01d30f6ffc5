import type PDFDocument from 'pdfkit';

type Document = InstanceType<typeof PDFDocument>;
import { toWinAnsi } from './win-ansi.js';

export interface TableColumn {
  header: string;
  /** A share of the table's width; the shares need not add up to 1. */
  share: number;
  align?: 'left' | 'right';
}

const rowPadding = 3;
const fontSize = 8.5;

/**
 * A table that flows over pages: the header repeats on every page it continues on, rows
 * are never split, and every other row is shaded so a long line can be followed by eye.
 */
export function drawTable(
  doc: Document,
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const totalShare = columns.reduce((sum, column) => sum + column.share, 0);
  const widths = columns.map((column) => (column.share / totalShare) * width);
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  const heightOf = (cells: readonly string[], font: string) => {
    doc.font(font).fontSize(fontSize);
    return (
      Math.max(
        ...cells.map((cell, index) =>
          doc.heightOfString(toWinAnsi(cell), { width: (widths[index] ?? 0) - 2 * rowPadding }),
        ),
      ) +
      2 * rowPadding
    );
  };
  const drawRow = (cells: readonly string[], font: string, shade: string | null) => {
    const height = heightOf(cells, font);
    const top = doc.y;
    if (shade) doc.save().rect(left, top, width, height).fill(shade).restore();
    let x = left;
    doc.font(font).fontSize(fontSize).fillColor('#1a1a1a');
    cells.forEach((cell, index) => {
      const cellWidth = widths[index] ?? 0;
      doc.text(toWinAnsi(cell), x + rowPadding, top + rowPadding, {
        width: cellWidth - 2 * rowPadding,
        align: columns[index]?.align ?? 'left',
      });
      x += cellWidth;
    });
    doc.y = top + height;
    doc.x = left;
  };
  const drawHeader = () => {
    drawRow(
      columns.map((column) => column.header),
      'Helvetica-Bold',
      '#dfe6ee',
    );
  };

  // The header never stands alone at the foot of a page.
  const first = rows[0];
  const headerHeight = heightOf(
    columns.map((column) => column.header),
    'Helvetica-Bold',
  );
  if (doc.y + headerHeight + (first ? heightOf(first, 'Helvetica') : 0) > bottom()) doc.addPage();
  drawHeader();
  rows.forEach((row, index) => {
    if (doc.y + heightOf(row, 'Helvetica') > bottom()) {
      doc.addPage();
      drawHeader();
    }
    drawRow(row, 'Helvetica', index % 2 === 1 ? '#f3f5f8' : null);
  });
  doc.moveDown(0.8);
}
