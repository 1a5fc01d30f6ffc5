const decimal = (value: number, digits = 1) => value.toFixed(digits).replace('.', ',');

/** Swedish texts of the near-repeat page. */
export const nearRepeatSv = {
  title: 'Nära upprepning',
  intro:
    'Blir nya händelser vanligare nära en händelse och strax efter den än slumpen ger? Tabellen jämför antalet par av händelser inom varje avstånd och tid med vad som väntas om dagarna blandas slumpvis mellan händelserna (Knox test och Near Repeat Calculator).',
  category: 'Kategori',
  distanceBand: 'Avståndsband (meter)',
  dayBand: 'Tidsband (dagar)',
  seed: 'Slumpfrö',
  seedHelp: 'Samma frö ger samma resultat. Lämna tomt för ett nytt.',
  run: 'Analysera',
  loading: 'Analyserar …',
  tableCaption: (category: string) =>
    `Observerat antal par av ${category} per avstånd och tid, jämfört med det väntade`,
  distanceHeader: 'Avstånd',
  withinMetres: (from: number, to: number) => `${from}–${to} m`,
  beyondMetres: (from: number) => `mer än ${from} m`,
  withinDays: (from: number, to: number) => `${from}–${to} dagar`,
  beyondDays: (from: number) => `mer än ${from} dagar`,
  cell: (observed: number, ratio: number | null, p: number | null) =>
    `${observed} par, ${ratio === null ? 'inget väntat' : `${decimal(ratio)} gånger det väntade`}${p === null ? '' : `, p = ${decimal(p, 3)}`}`,
  significant: 'fler än slumpen ger (p ≤ 0,05)',
  /** The sentence, for the closest distance and time band. */
  sentence: (input: {
    category: string;
    metres: number;
    days: number;
    ratio: number | null;
    p: number | null;
  }) => {
    const category = input.category.toLocaleLowerCase('sv');
    if (input.ratio === null) {
      return `Inga par av ${category} inom ${input.metres} m och ${input.days} dagar väntas av slumpen, så risken kan inte jämföras.`;
    }
    const base = `Efter en ${category} är risken för en ny ${category} inom ${input.metres} m de följande ${input.days} dagarna ${decimal(input.ratio)} gånger den väntade`;
    return input.p !== null && input.p <= 0.05
      ? `${base} (p = ${decimal(input.p, 3)}).`
      : `${base}, men skillnaden kan vara slumpens verk (p = ${decimal(input.p ?? 1, 3)}).`;
  },
  tooFew: 'Det behövs minst tre händelser med exakt plats under perioden för en analys.',
  used: (count: number) => `${count} händelser med exakt plats ingår.`,
  leftOut: (count: number) =>
    count === 0
      ? 'Inga händelser lämnades utanför.'
      : `${count} händelser lämnades utanför eftersom de saknar exakt plats:`,
  precisions: {
    place_name: 'placerade efter ett ortnamn',
    district: 'placerade i ett område',
    municipality: 'placerade i kommunens mitt',
    county: 'placerade i länets mitt',
    point: 'utan koordinater',
    address: 'utan koordinater',
  } as Record<string, string>,
  reproduce: (seed: number, permutations: number) =>
    `Slumpfrö ${seed}, ${permutations} slumpningar: samma frö ger samma resultat.`,
  knox: (observed: number, expected: number, p: number) =>
    `Knox test: ${observed} par nära i både rum och tid, ${decimal(expected)} väntade, p = ${decimal(p, 3)}.`,
};

export type NearRepeatMessages = typeof nearRepeatSv;
