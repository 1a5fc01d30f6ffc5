import type { OutputMessages } from './output-sv';

/** English texts of exports, the printable picture and its PDF. Typed from the Swedish catalog. */
export const outputEn: OutputMessages = {
  exports: {
    heading: 'Download the incidents',
    intro: 'The incidents that match the filter, as a file. At most 100,000 incidents.',
    formats: { csv: 'CSV', xlsx: 'Excel (XLSX)', geojson: 'GeoJSON' },
    download: (format: string) => `Download ${format}`,
    downloading: (format: string, size: string) => `Fetching ${format}: ${size}`,
    downloadingPercent: (format: string, percent: number) => `Fetching ${format}: ${percent} %`,
    done: (fileName: string, size: string) => `${fileName} is downloaded (${size}).`,
    truncated:
      'The file holds only the first 100,000 incidents. Narrow the filter, by dates for example, to get the rest.',
    kilobytes: (value: string) => `${value} kB`,
    megabytes: (value: string) => `${value} MB`,
  },
  print: {
    link: 'Print view',
    pdf: 'Download PDF',
    pageTitle: 'Situation picture for printing',
    title: (municipality: string, period: string) =>
      `Situation picture of ${municipality}: ${period}`,
    span: (from: string, to: string) => `${from} – ${to}`,
    madeAt: (when: string) => `Printed ${when} from Tryggve.`,
    print: 'Print',
    back: 'Back to the situation picture',
    actionsLabel: 'Printing',
    matrixHeading: 'Counts per area and category',
    matrixCaption: (layer: string) =>
      `Counted incidents (new and reviewed) per area of the division ${layer} and category.`,
    matrixEmpty: 'No incidents in the period.',
    area: 'Area',
    total: 'Total',
    wholeHeading: 'The whole municipality against earlier periods',
    mapHeading: 'Map',
    mapCaption: 'Incidents per area, all categories. The table has the same numbers.',
    mapLabel: (layer: string) =>
      `Map of the municipality's areas (${layer}) shaded by the number of incidents.`,
  },
};
