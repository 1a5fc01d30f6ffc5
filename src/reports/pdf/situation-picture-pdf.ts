import PDFDocument from 'pdfkit';
import type { Period } from '../../analysis/periods.js';
import type { PolygonGeometry, District } from '../../domain/municipalities/municipality.js';
import type { SituationPicture } from '../../domain/situation/situation-picture.js';
import { addDays, stockholmLocalParts, type LocalDate } from '../../shared/time/stockholm-time.js';
import { drawChoropleth } from './pdf-map.js';
import { drawTable } from './pdf-table.js';
import { toWinAnsi } from './win-ansi.js';

export interface SituationPicturePdfInput {
  municipalityName: string;
  picture: SituationPicture;
  categoryNames: ReadonlyMap<string, string>;
  /** Every district the picture's rows may name, with its geometry for the map. */
  districts: readonly District[];
  boundary: PolygonGeometry | null;
  locale: 'sv' | 'en';
  createdAt: Date;
}

const words = {
  sv: {
    title: (municipality: string) => `Lägesbild: ${municipality}`,
    kinds: { week: 'Vecka', month: 'Månad', tertial: 'Tertial', year: 'År', custom: 'Period' },
    comparedWith: (periods: number, hasLastYear: boolean) =>
      `Jämförs med föregående period, medelvärdet av de ${periods} perioderna före och ${hasLastYear ? 'samma period förra året' : 'inget år tidigare (data saknas)'}.`,
    created: (time: string) =>
      `Skapad ${time} i Tryggve. Bara antal: inga beskrivningar eller personer.`,
    changes: 'Största förändringar',
    noChanges: 'Inga förändringar att lyfta fram den här perioden.',
    map: 'Händelser per område',
    mapLegend: 'Antal händelser',
    whole: 'Hela kommunen',
    perDistrict: 'Per område',
    columns: ['Kategori', 'Antal', 'Föreg.', 'Medel', 'Förra året', 'Mot medel'],
    district: 'Område',
    weekdayHour: 'Veckodag och timme (händelser med exakt tid)',
    weekdays: ['Mån', 'Tis', 'Ons', 'Tor', 'Fre', 'Lör', 'Sön'],
    page: (page: number, pages: number) => `Sida ${page} av ${pages}`,
    none: 'Inga händelser.',
    smallCounts:
      '"–": antal under 3, eller tal som skulle avslöja ett sådant, döljs så att ingen enskild händelse kan pekas ut.',
  },
  en: {
    title: (municipality: string) => `Situation picture: ${municipality}`,
    kinds: { week: 'Week', month: 'Month', tertial: 'Tertial', year: 'Year', custom: 'Period' },
    comparedWith: (periods: number, hasLastYear: boolean) =>
      `Compared with the previous period, the mean of the ${periods} periods before it, and ${hasLastYear ? 'the same period last year' : 'no earlier year (no data)'}.`,
    created: (time: string) => `Made ${time} in Tryggve. Counts only: no descriptions or people.`,
    changes: 'Largest changes',
    noChanges: 'No changes to point out this period.',
    map: 'Incidents by district',
    mapLegend: 'Incidents',
    whole: 'The whole municipality',
    perDistrict: 'By district',
    columns: ['Category', 'Count', 'Previous', 'Mean', 'Last year', 'Against mean'],
    district: 'District',
    weekdayHour: 'Weekday and hour (incidents with an exact time)',
    weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
    none: 'No incidents.',
    smallCounts:
      '"–": counts under 3, and figures that would reveal one, are hidden so that no single incident can be singled out.',
  },
} as const;

const languageTag = { sv: 'sv-SE', en: 'en-GB' } as const;

function formatDay(day: LocalDate, locale: 'sv' | 'en') {
  return new Intl.DateTimeFormat(languageTag[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(day.year, day.month - 1, day.day)));
}

/** A period's name as the web app writes it: "Vecka 48, 2026" (one form everywhere), else its key. */
function periodName(period: Period, locale: 'sv' | 'en'): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(period.key);
  if (period.kind === 'week' && week) {
    return `${words[locale].kinds.week} ${Number(week[2])}, ${week[1]}`;
  }
  return `${words[locale].kinds[period.kind]} ${period.key}`;
}

/** "Vecka 48, 2026: 23 november 2026 – 29 november 2026". */
export function describePeriod(period: Period, locale: 'sv' | 'en'): string {
  const lastDay = addDays(period.endDay, -1);
  return `${periodName(period, locale)}: ${formatDay(period.firstDay, locale)} – ${formatDay(lastDay, locale)}`;
}

/**
 * The situation picture of a period as a PDF for the meeting's papers and the archive: the
 * largest changes in words, a map of the districts, the counts against the previous period,
 * the baseline and last year, and the weekday × hour table. Aggregates only, like the
 * picture itself. Returns the document as a stream; it ends when the PDF is complete.
 */
export function renderSituationPicturePdf(input: SituationPicturePdfInput): PDFKit.PDFDocument {
  const { picture, locale } = input;
  const text = words[locale];
  const number = new Intl.NumberFormat(languageTag[locale], { maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(languageTag[locale], {
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const title = text.title(input.municipalityName);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 48, bottom: 56, left: 48, right: 48 },
    bufferPages: true,
    lang: languageTag[locale],
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: toWinAnsi(`${title} – ${picture.period.key}`),
      Author: 'Tryggve',
      Creator: 'Tryggve',
      CreationDate: input.createdAt,
    },
  });
  const heading = (value: string, keep = 80) => {
    // A heading keeps at least `keep` points of what it heads on its page.
    if (doc.y + keep > doc.page.height - doc.page.margins.bottom) doc.addPage();
    return doc
      .moveDown(0.4)
      .font('Helvetica-Bold')
      .fontSize(13)
      .fillColor('#0b2a4a')
      .text(toWinAnsi(value))
      .moveDown(0.3);
  };

  const created = stockholmLocalParts(input.createdAt);
  const pad = (value: number) => String(value).padStart(2, '0');
  doc.font('Helvetica-Bold').fontSize(20).fillColor('#0b2a4a').text(toWinAnsi(title));
  doc
    .font('Helvetica')
    .fontSize(11)
    .fillColor('#1a1a1a')
    .text(toWinAnsi(describePeriod(picture.period, locale)));
  doc
    .fontSize(8.5)
    .fillColor('#444444')
    .text(toWinAnsi(text.comparedWith(picture.baselinePeriods, picture.lastYearPeriod !== null)))
    .text(
      toWinAnsi(
        text.created(
          `${created.year}-${pad(created.month)}-${pad(created.day)} ${pad(created.hour)}:${pad(created.minute)}`,
        ),
      ),
    );
  if (picture.hasSmallCountsHidden) doc.text(toWinAnsi(text.smallCounts));

  heading(text.changes);
  doc.font('Helvetica').fontSize(10).fillColor('#1a1a1a');
  if (picture.largestChanges.length === 0) doc.text(toWinAnsi(text.noChanges));
  for (const change of picture.largestChanges) {
    doc.text(toWinAnsi(`•  ${change.sentence}`), { indent: 0, paragraphGap: 2 });
  }

  // The map: every district with incidents this period or in its baseline, by this period's count.
  const totals = new Map<string, number>();
  for (const row of picture.rows) {
    if (row.districtId !== null)
      totals.set(row.districtId, (totals.get(row.districtId) ?? 0) + (row.count ?? 0));
  }
  // One layer on the map, the finest (the most districts): two layers overlaid read as one.
  const layerSizes = new Map<string, number>();
  for (const district of input.districts) {
    layerSizes.set(district.layerId, (layerSizes.get(district.layerId) ?? 0) + 1);
  }
  const [mapLayer] = [...layerSizes].sort(
    ([a, sizeA], [b, sizeB]) => sizeB - sizeA || a.localeCompare(b),
  );
  const mapped = input.districts.filter(
    (district) => district.layerId === mapLayer?.[0] && totals.has(district.id),
  );
  if (input.boundary || mapped.length > 0) {
    heading(text.map);
    const height = 260;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const top = doc.y;
    drawChoropleth(
      doc,
      {
        x: doc.page.margins.left,
        y: top,
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
        height,
      },
      input.boundary,
      mapped.map((district) => ({
        name: district.name,
        geometry: district.geometry,
        value: totals.get(district.id) ?? 0,
      })),
      text.mapLegend,
    );
    doc.x = doc.page.margins.left;
    doc.y = top + height + 6;
  }

  // A count hidden by the small-count rule, or hidden so that one cannot be worked out, reads "–".
  const count = (value: number | null) => (value === null ? '–' : String(value));
  const cells = (row: SituationPicture['rows'][number]) => [
    input.categoryNames.get(row.categoryCode) ?? row.categoryCode,
    count(row.count),
    count(row.previousCount),
    row.baselineMean === null ? '–' : number.format(row.baselineMean),
    row.lastYearCount === null ? '–' : String(row.lastYearCount),
    row.changeFromBaseline === null ? '–' : signed.format(row.changeFromBaseline),
  ];
  const columns = text.columns.map((header, index) => ({
    header,
    share: index === 0 ? 3 : 1,
    align: index === 0 ? ('left' as const) : ('right' as const),
  }));
  const isShown = (row: SituationPicture['rows'][number]) =>
    row.count !== 0 || row.previousCount !== 0 || (row.baselineMean ?? 0) > 0;

  heading(text.whole);
  const whole = picture.rows.filter((row) => row.districtId === null && isShown(row));
  if (whole.length === 0) doc.font('Helvetica').fontSize(10).text(toWinAnsi(text.none));
  else drawTable(doc, columns, whole.map(cells));

  const districtNames = new Map(input.districts.map((district) => [district.id, district.name]));
  const byDistrict = picture.rows
    .filter((row) => row.districtId !== null && isShown(row))
    .map((row) => ({ name: districtNames.get(row.districtId ?? '') ?? '', row }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv') || (b.row.count ?? 1) - (a.row.count ?? 1));
  if (byDistrict.length > 0) {
    heading(text.perDistrict);
    drawTable(
      doc,
      [{ header: text.district, share: 2.2, align: 'left' }, ...columns],
      byDistrict.map(({ name, row }) => [name, ...cells(row)]),
    );
  }

  heading(text.weekdayHour, 170);
  drawTable(
    doc,
    [
      { header: '', share: 1.6, align: 'left' },
      ...Array.from({ length: 24 }, (_, hour) => ({
        header: pad(hour),
        share: 1,
        align: 'right' as const,
      })),
    ],
    picture.weekdayHour.map((hours, index) => [
      text.weekdays[index] ?? '',
      ...hours.map((value) => (value === 0 ? '·' : count(value))),
    ]),
  );

  // Footers, now that the number of pages is known.
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#555555')
      .text(
        toWinAnsi(`${title} · ${picture.period.key} · ${text.page(index + 1, range.count)}`),
        doc.page.margins.left,
        doc.page.height - 34,
        {
          width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
          align: 'center',
          lineBreak: false,
        },
      );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return doc;
}
