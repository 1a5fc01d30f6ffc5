import type PDFDocument from 'pdfkit';

type Document = InstanceType<typeof PDFDocument>;
import type { PolygonGeometry } from '../../domain/municipalities/municipality.js';
import { toWinAnsi } from './win-ansi.js';

export interface MapArea {
  name: string;
  geometry: PolygonGeometry;
  value: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Light to dark: colour-blind safe and readable in grey print (ColorBrewer "Blues"). */
const classColours = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
const zeroColour = '#f4f4f4';

const polygonsOf = (geometry: PolygonGeometry) =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

/** Upper bounds of up to five classes of equal width, from 1 to the largest value. */
export function classBreaks(values: readonly number[]): number[] {
  const largest = Math.max(0, ...values);
  if (largest === 0) return [];
  const count = Math.min(classColours.length, largest);
  return Array.from({ length: count }, (_, index) => Math.ceil((largest * (index + 1)) / count));
}

const colourOf = (value: number, breaks: readonly number[]) => {
  if (value <= 0) return zeroColour;
  const index = breaks.findIndex((upper) => value <= upper);
  return classColours[index === -1 ? classColours.length - 1 : index] ?? zeroColour;
};

/**
 * A choropleth drawn as vectors: the municipal boundary, each area shaded by its value with
 * its name and value written on it, and a legend. A local equirectangular projection scaled
 * by the cosine of the mean latitude keeps a municipality's shape true enough for a report.
 */
export function drawChoropleth(
  doc: Document,
  box: Box,
  boundary: PolygonGeometry | null,
  areas: readonly MapArea[],
  legendTitle: string,
): void {
  const rings = [
    ...(boundary ? polygonsOf(boundary) : []),
    ...areas.flatMap((area) => polygonsOf(area.geometry)),
  ]
    .flat()
    .flat();
  if (rings.length === 0) return;
  const longitudes = rings.map(([longitude]) => longitude ?? 0);
  const latitudes = rings.map(([, latitude]) => latitude ?? 0);
  const [west, east] = [Math.min(...longitudes), Math.max(...longitudes)];
  const [south, north] = [Math.min(...latitudes), Math.max(...latitudes)];
  const squeeze = Math.cos((((north + south) / 2) * Math.PI) / 180);
  const legendHeight = 22;
  const scale = Math.min(
    box.width / Math.max((east - west) * squeeze, 1e-9),
    (box.height - legendHeight) / Math.max(north - south, 1e-9),
  );
  const offsetX = box.x + (box.width - (east - west) * squeeze * scale) / 2;
  const project = ([longitude = 0, latitude = 0]: number[]): [number, number] => [
    offsetX + (longitude - west) * squeeze * scale,
    box.y + (north - latitude) * scale,
  ];
  const tracePolygons = (geometry: PolygonGeometry) => {
    for (const polygon of polygonsOf(geometry)) {
      for (const ring of polygon) {
        ring.forEach((point, index) => {
          const [x, y] = project(point);
          if (index === 0) doc.moveTo(x, y);
          else doc.lineTo(x, y);
        });
        doc.closePath();
      }
    }
  };

  const breaks = classBreaks(areas.map((area) => area.value));
  doc.save();
  if (boundary) {
    tracePolygons(boundary);
    doc.fillColor('#fbfbfb').strokeColor('#555555').lineWidth(1).fillAndStroke();
  }
  for (const area of areas) {
    tracePolygons(area.geometry);
    // Even-odd, so that holes in a district stay unshaded.
    doc
      .fillColor(colourOf(area.value, breaks))
      .strokeColor('#2b2b2b')
      .lineWidth(0.6)
      .fillAndStroke(colourOf(area.value, breaks), 'even-odd');
  }
  doc.font('Helvetica-Bold').fontSize(7.5).fillColor('#111111');
  for (const area of areas) {
    const points = polygonsOf(area.geometry).flat().flat().map(project);
    const x = points.reduce((sum, [px]) => sum + px, 0) / Math.max(points.length, 1);
    const y = points.reduce((sum, [, py]) => sum + py, 0) / Math.max(points.length, 1);
    const label = toWinAnsi(`${area.name}: ${area.value}`);
    const labelWidth = doc.widthOfString(label);
    doc
      .rect(x - labelWidth / 2 - 2, y - 5, labelWidth + 4, 10)
      .fillOpacity(0.85)
      .fill('#ffffff')
      .fillOpacity(1)
      .fillColor('#111111')
      .text(label, x - labelWidth / 2, y - 3.5, { lineBreak: false });
  }

  // The legend, under the map.
  let x = box.x;
  const legendY = box.y + box.height - legendHeight + 6;
  doc.font('Helvetica').fontSize(8).fillColor('#111111');
  doc.text(toWinAnsi(legendTitle), x, legendY + 2, { lineBreak: false });
  x += doc.widthOfString(toWinAnsi(legendTitle)) + 10;
  const classes = [
    { colour: zeroColour, label: '0' },
    ...breaks.map((upper, index) => ({
      colour: classColours[index] ?? zeroColour,
      label: `${index === 0 ? 1 : (breaks[index - 1] ?? 0) + 1}–${upper}`,
    })),
  ].filter((item, index, all) => index === 0 || item.label !== all[index - 1]?.label);
  for (const item of classes) {
    doc.rect(x, legendY, 12, 10).fillAndStroke(item.colour, '#777777');
    doc.fillColor('#111111').text(item.label.replace(/^(\d+)–\1$/, '$1'), x + 15, legendY + 2, {
      lineBreak: false,
    });
    x += 20 + doc.widthOfString(item.label) + 10;
  }
  doc.restore();
}
