/** Swedish texts of what leaves Tryggve: exported incidents, the printable picture and its PDF. */
export const outputSv = {
  exports: {
    heading: 'Ladda ner händelserna',
    intro: 'Händelserna som matchar filtret, som fil. Högst 100 000 händelser.',
    formats: { csv: 'CSV', xlsx: 'Excel (XLSX)', geojson: 'GeoJSON' },
    download: (format: string) => `Ladda ner ${format}`,
    downloading: (format: string, size: string) => `Hämtar ${format}: ${size}`,
    downloadingPercent: (format: string, percent: number) => `Hämtar ${format}: ${percent} %`,
    done: (fileName: string, size: string) => `${fileName} är nedladdad (${size}).`,
    truncated:
      'Filen innehåller bara de första 100 000 händelserna. Smalna av filtret, till exempel med datum, för att få med resten.',
    kilobytes: (value: string) => `${value} kB`,
    megabytes: (value: string) => `${value} MB`,
  },
  print: {
    link: 'Utskriftsvy',
    pdf: 'Ladda ner PDF',
    pageTitle: 'Lägesbild för utskrift',
    title: (municipality: string, period: string) => `Lägesbild för ${municipality}: ${period}`,
    span: (from: string, to: string) => `${from} – ${to}`,
    madeAt: (when: string) => `Utskriven ${when} ur Tryggve.`,
    print: 'Skriv ut',
    back: 'Tillbaka till lägesbilden',
    actionsLabel: 'Utskrift',
    matrixHeading: 'Antal per område och kategori',
    matrixCaption: (layer: string) =>
      `Antal händelser som räknas (nya och granskade) per område i indelningen ${layer} och kategori.`,
    matrixEmpty: 'Inga händelser i perioden.',
    area: 'Område',
    total: 'Totalt',
    wholeHeading: 'Hela kommunen mot tidigare perioder',
    mapHeading: 'Karta',
    mapCaption: 'Antal händelser per område, alla kategorier. Samma siffror finns i tabellen.',
    mapLabel: (layer: string) =>
      `Karta över kommunens områden (${layer}) färgade efter antal händelser.`,
  },
};

export type OutputMessages = typeof outputSv;
